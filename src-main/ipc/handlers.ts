import { ok, type AppInfo, type Result } from '../../src-preload/contract.ts';
import { failWith } from '../api/public-error.ts';
import type { ApiConnection, BackendConnection } from '../backend/backend-connection.ts';
import type { Bitrix24Connection } from '../bitrix24/bitrix24-connection.ts';
import type { LinkInbox } from '../links/link-inbox.ts';
import { proxyTestTarget, type ProxyService } from '../services/proxy-service.ts';
import type { ServerService } from '../services/server-service.ts';
import type { SettingsService } from '../services/settings-service.ts';
import type { UpdateService } from '../updates/update-service.ts';
import type { Handlers } from './router.ts';

export interface HandlerDeps {
  appInfo(): AppInfo;
  /** The connection to the backend in use now; it changes when the person switches servers. */
  connection(): BackendConnection;
  server: ServerService;
  settings: SettingsService;
  proxy: ProxyService;
  links: LinkInbox;
  updates: UpdateService;
}

/** Maps each contract channel to the service method that answers it; requests arrive validated. */
export function createChannelHandlers({ appInfo, connection, server, settings, proxy, links, updates }: HandlerDeps): Handlers {
  // A channel one kind of backend cannot answer says so with a closed code; it never throws.
  const withApi = async <T>(call: (api: ApiConnection) => Promise<Result<T>> | Result<T>): Promise<Result<T>> => {
    const current = connection();
    return current.kind === 'api' ? call(current) : failWith('unsupported');
  };
  const withWeb = async <T>(call: (web: Bitrix24Connection) => Promise<Result<T>>): Promise<Result<T>> => {
    const current = connection();
    return current.kind === 'bitrix24' ? call(current) : failWith('unsupported');
  };

  return {
    'app.info': async () => ok(appInfo()),
    'app.updateStatus': async () => ok(updates.status()),
    'app.checkForUpdates': async () => ok(await updates.check()),
    'app.restartToUpdate': async () => ok(updates.restartToUpdate()),
    'session.get': () => connection().session.get(),
    'session.signIn': ({ login, password }) => withApi((api) => api.session.signIn(login, password)),
    'session.signOut': () => withApi((api) => api.session.signOut()),
    'session.verifyTwoFactor': ({ code }) => withApi((api) => api.session.verifyTwoFactor(code)),
    'session.cancelTwoFactor': () => withApi((api) => ok(api.session.cancelTwoFactor())),
    'qrSignIn.start': () => withApi((api) => api.qrSignIn.start()),
    'qrSignIn.wait': () => withApi((api) => api.qrSignIn.wait()),
    'qrSignIn.cancel': () => withApi((api) => ok(api.qrSignIn.cancel())),
    'profile.get': () => withApi((api) => api.profile.get()),
    'portals.list': () => connection().portals.list(),
    'portals.reload': () => connection().portals.reload(),
    'portals.linkedNotice': () => connection().portals.linkedNotice(),
    'portals.open': ({ portalId }) => connection().portalSwitch.open(portalId),
    'portals.layout': ({ bounds }) => connection().portalSwitch.layout(bounds),
    'portals.signOut': ({ portalId }) => connection().portalSwitch.signOut(portalId),
    'portals.setHidden': ({ portalId, hidden }) => connection().portals.setHidden(portalId, hidden),
    'portals.zones': () => withApi((api) => api.portalCreation.zones()),
    'portals.suggestName': ({ zone }) => withApi((api) => api.portalCreation.suggestName(zone)),
    'portals.checkName': ({ name, zone }) => withApi((api) => api.portalCreation.checkName(name, zone)),
    'portals.creationQuota': () => withApi((api) => api.portalCreation.creationQuota()),
    'portals.create': ({ name, zone, title }) => withApi((api) => api.portalCreation.create(name, zone, title ?? '')),
    'portals.add': ({ address }) => withWeb((web) => web.portals.add(address)),
    'portals.remove': ({ portalId }) => withWeb((web) => web.portals.remove(portalId)),
    'portals.import': ({ text }) => withWeb((web) => web.portals.importAddresses(text)),
    'portals.export': () => withWeb((web) => web.portals.exportAddresses()),
    'portals.unread': () => withWeb((web) => web.portals.unread()),
    'network.open': ({ page }) => withWeb((web) => web.network.open(page)),
    'profiles.list': () => withWeb((web) => web.profiles.list()),
    'profiles.add': ({ name }) => withWeb((web) => web.profiles.add(name)),
    'profiles.rename': ({ id, name }) => withWeb((web) => web.profiles.rename(id, name)),
    'profiles.remove': ({ id }) => withWeb((web) => web.profiles.remove(id)),
    'profiles.switch': ({ id }) => withWeb((web) => web.profiles.switchTo(id)),
    'profiles.signOut': () => withWeb((web) => web.profiles.signOut()),
    'account.sessions': () => withApi((api) => api.account.sessions()),
    'account.changeLogin': (request) => withApi((api) => api.account.changeLogin(request)),
    'account.confirmLoginChange': ({ confirmation }) => withApi((api) => api.account.confirmLoginChange(confirmation)),
    'account.resendLoginChange': () => withApi((api) => api.account.resendLoginChange()),
    'account.cancelLoginChange': () => withApi((api) => api.account.cancelLoginChange()),
    'account.passwordPolicy': () => withApi((api) => api.account.passwordPolicy()),
    'account.changePassword': ({ currentPassword, newPassword }) =>
      withApi((api) => api.account.changePassword(currentPassword, newPassword)),
    'account.logOutEverywhere': () => withApi((api) => api.account.logOutEverywhere()),
    'account.signOutSession': ({ id }) => withApi((api) => api.account.signOutSession(id)),
    'account.sendProofCode': ({ channel }) => withApi((api) => api.proofs.sendProofCode(channel)),
    'account.proveWithCode': ({ code }) => withApi((api) => api.proofs.proveWithCode(code)),
    'account.proveWithSocial': ({ provider }) => withApi((api) => api.proofs.proveWithSocial(provider)),
    'account.setPassword': ({ newPassword }) => withApi((api) => api.account.setPassword(newPassword)),
    'account.approveQrSignIn': ({ link }) => withApi((api) => api.qrSignIn.approve(link)),
    'twoFactor.beginSetup': ({ currentPassword, code }) => withApi((api) => api.twoFactor.beginSetup(currentPassword, code)),
    'twoFactor.enable': ({ code }) => withApi((api) => api.twoFactor.enable(code)),
    'twoFactor.disable': ({ currentPassword, code }) => withApi((api) => api.twoFactor.disable(currentPassword, code)),
    'twoFactor.newRecoveryCodes': ({ currentPassword, code }) =>
      withApi((api) => api.twoFactor.newRecoveryCodes(currentPassword, code)),
    'appPasswords.list': () => withApi((api) => api.appPasswords.list()),
    'appPasswords.create': ({ name }) => withApi((api) => api.appPasswords.create(name)),
    'appPasswords.revoke': ({ id }) => withApi((api) => api.appPasswords.revoke(id)),
    'recovery.request': ({ login }) => withApi((api) => api.recovery.request(login)),
    'recovery.complete': (request) => withApi((api) => api.recovery.complete(request)),
    'links.pending': async () => ok(links.pending()),
    'links.confirmLogin': () => links.confirmLogin(),
    'links.completeRecovery': ({ newPassword }) => links.completeRecovery(newPassword),
    'links.dismiss': async () => ok(links.dismiss()),
    'mock.inbox': ({ to }) => withApi((api) => api.mockTools.inbox(to)),
    'mock.scenarios': () => withApi((api) => api.mockTools.scenarios()),
    'mock.setScenario': ({ name }) => withApi((api) => api.mockTools.setScenario(name)),
    'mock.reset': () => withApi((api) => api.mockTools.reset()),
    'mock.twoFactorCodes': () => withApi((api) => api.mockTools.twoFactorCodes()),
    'mock.approveQrSignIn': () => withApi((api) => api.mockTools.approveQrSignIn()),
    'server.test': ({ url }) => server.test(url),
    'server.set': ({ url }) => server.set(url),
    'server.useBitrix24': () => server.useBitrix24(),
    'backend.status': async () => ok(connection().connectivity.status),
    'settings.get': async () => ok(settings.current()),
    'settings.update': (change) => settings.update(change),
    'proxy.get': async () => ok(proxy.get()),
    'proxy.set': (request) => proxy.set(request),
    'proxy.test': () => proxy.test(proxyTestTarget(connection().backend)),
    'social.providers': () => withApi((api) => api.social.providers()),
    'social.signIn': ({ provider }) => withApi((api) => api.social.signIn(provider)),
    'social.connect': ({ provider }) => withApi((api) => api.social.connect(provider)),
    'social.disconnect': ({ provider }) => withApi((api) => api.social.disconnect(provider)),
    'social.cancel': () => withApi((api) => ok(api.social.cancel())),
  };
}
