import type { ChannelName, EventName } from './contract.ts';

// The names alone, without zod, so the sandboxed preload stays a few kilobytes. The Record types
// make the compiler reject a name missing from, or not in, the contract.
const channelSet: Record<ChannelName, true> = {
  'app.info': true,
  'session.get': true,
  'session.signIn': true,
  'session.signOut': true,
  'profile.get': true,
  'portals.list': true,
  'portals.reload': true,
  'portals.linkedNotice': true,
  'portals.open': true,
  'portals.layout': true,
  'portals.signOut': true,
  'portals.setHidden': true,
  'portals.zones': true,
  'portals.suggestName': true,
  'portals.checkName': true,
  'portals.create': true,
  'account.sessions': true,
  'account.changeLogin': true,
  'account.confirmLoginChange': true,
  'account.resendLoginChange': true,
  'account.cancelLoginChange': true,
  'account.passwordPolicy': true,
  'account.changePassword': true,
  'account.logOutEverywhere': true,
  'recovery.request': true,
  'recovery.complete': true,
  'links.pending': true,
  'links.completeRecovery': true,
  'links.dismiss': true,
  'mock.inbox': true,
  'mock.scenarios': true,
  'mock.setScenario': true,
  'mock.reset': true,
  'server.test': true,
  'server.set': true,
  'backend.status': true,
  'social.providers': true,
  'social.signIn': true,
  'social.connect': true,
  'social.disconnect': true,
  'social.cancel': true,
};
const eventSet: Record<EventName, true> = {
  'session.changed': true,
  'backend.status': true,
  'app.changed': true,
  'portals.page': true,
  'portals.views': true,
  'portals.shortcut': true,
  'link.opened': true,
};

export const channelNames = Object.keys(channelSet) as ChannelName[];
export const eventNames = Object.keys(eventSet) as EventName[];
