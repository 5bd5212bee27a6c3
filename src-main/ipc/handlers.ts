import { ok, type AppInfo } from '../../src-preload/contract.ts';
import type { AccountService } from '../services/account-service.ts';
import type { MockToolsService } from '../services/mock-tools-service.ts';
import type { PortalsService } from '../services/portals-service.ts';
import type { ProfileService } from '../services/profile-service.ts';
import type { RecoveryService } from '../services/recovery-service.ts';
import type { SessionService } from '../services/session-service.ts';
import type { Handlers } from './router.ts';

export interface Services {
  appInfo: AppInfo;
  session: SessionService;
  profile: ProfileService;
  portals: PortalsService;
  account: AccountService;
  recovery: RecoveryService;
  mockTools: MockToolsService;
}

/** Maps each contract channel to the service method that answers it; requests arrive validated. */
export function createHandlers(services: Services): Handlers {
  const { session, profile, portals, account, recovery, mockTools } = services;
  return {
    'app.info': async () => ok(services.appInfo),
    'session.get': () => session.get(),
    'session.signIn': ({ login, password }) => session.signIn(login, password),
    'session.signOut': () => session.signOut(),
    'profile.get': () => profile.get(),
    'portals.list': () => portals.list(),
    'account.sessions': () => account.sessions(),
    'account.changeLogin': (request) => account.changeLogin(request),
    'account.confirmLoginChange': ({ confirmation }) => account.confirmLoginChange(confirmation),
    'account.resendLoginChange': () => account.resendLoginChange(),
    'account.cancelLoginChange': () => account.cancelLoginChange(),
    'account.passwordPolicy': () => account.passwordPolicy(),
    'account.changePassword': ({ currentPassword, newPassword }) => account.changePassword(currentPassword, newPassword),
    'account.logOutEverywhere': () => account.logOutEverywhere(),
    'recovery.request': ({ login }) => recovery.request(login),
    'recovery.complete': (request) => recovery.complete(request),
    'mock.inbox': async ({ to }) => mockTools.inbox(to),
  };
}
