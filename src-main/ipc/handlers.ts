import { ok, type AppInfo } from '../../src-preload/contract.ts';
import type { BackendConnection } from '../backend/backend-connection.ts';
import type { LinkInbox } from '../links/link-inbox.ts';
import type { ServerService } from '../services/server-service.ts';
import type { UpdateService } from '../updates/update-service.ts';
import type { Handlers } from './router.ts';

export interface HandlerDeps {
  appInfo(): AppInfo;
  /** The connection to the backend in use now; it changes when the person switches servers. */
  connection(): BackendConnection;
  server: ServerService;
  links: LinkInbox;
  updates: UpdateService;
}

/** Maps each contract channel to the service method that answers it; requests arrive validated. */
export function createChannelHandlers({ appInfo, connection, server, links, updates }: HandlerDeps): Handlers {
  return {
    'app.info': async () => ok(appInfo()),
    'app.updateStatus': async () => ok(updates.status()),
    'app.checkForUpdates': async () => ok(await updates.check()),
    'app.restartToUpdate': async () => ok(updates.restartToUpdate()),
    'session.get': () => connection().session.get(),
    'session.signIn': ({ login, password }) => connection().session.signIn(login, password),
    'session.signOut': () => connection().session.signOut(),
    'profile.get': () => connection().profile.get(),
    'portals.list': () => connection().portals.list(),
    'portals.reload': () => connection().portals.reload(),
    'portals.linkedNotice': () => connection().portals.linkedNotice(),
    'portals.open': ({ portalId }) => connection().portalSwitch.open(portalId),
    'portals.layout': ({ bounds }) => connection().portalSwitch.layout(bounds),
    'portals.signOut': ({ portalId }) => connection().portalSwitch.signOut(portalId),
    'portals.setHidden': ({ portalId, hidden }) => connection().portals.setHidden(portalId, hidden),
    'portals.zones': () => connection().portalCreation.zones(),
    'portals.suggestName': ({ zone }) => connection().portalCreation.suggestName(zone),
    'portals.checkName': ({ name, zone }) => connection().portalCreation.checkName(name, zone),
    'portals.create': ({ name, zone }) => connection().portalCreation.create(name, zone),
    'account.sessions': () => connection().account.sessions(),
    'account.changeLogin': (request) => connection().account.changeLogin(request),
    'account.confirmLoginChange': ({ confirmation }) => connection().account.confirmLoginChange(confirmation),
    'account.resendLoginChange': () => connection().account.resendLoginChange(),
    'account.cancelLoginChange': () => connection().account.cancelLoginChange(),
    'account.passwordPolicy': () => connection().account.passwordPolicy(),
    'account.changePassword': ({ currentPassword, newPassword }) =>
      connection().account.changePassword(currentPassword, newPassword),
    'account.logOutEverywhere': () => connection().account.logOutEverywhere(),
    'recovery.request': ({ login }) => connection().recovery.request(login),
    'recovery.complete': (request) => connection().recovery.complete(request),
    'links.pending': async () => ok(links.pending()),
    'links.confirmLogin': () => links.confirmLogin(),
    'links.completeRecovery': ({ newPassword }) => links.completeRecovery(newPassword),
    'links.dismiss': async () => ok(links.dismiss()),
    'mock.inbox': async ({ to }) => connection().mockTools.inbox(to),
    'mock.scenarios': async () => connection().mockTools.scenarios(),
    'mock.setScenario': async ({ name }) => connection().mockTools.setScenario(name),
    'mock.reset': () => connection().mockTools.reset(),
    'server.test': ({ url }) => server.test(url),
    'server.set': ({ url }) => server.set(url),
    'backend.status': async () => ok(connection().connectivity.status),
    'social.providers': () => connection().social.providers(),
    'social.signIn': ({ provider }) => connection().social.signIn(provider),
    'social.connect': ({ provider }) => connection().social.connect(provider),
    'social.disconnect': ({ provider }) => connection().social.disconnect(provider),
    'social.cancel': async () => ok(connection().social.cancel()),
  };
}
