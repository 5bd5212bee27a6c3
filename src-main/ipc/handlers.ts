import { ok, type AppInfo } from '../../src-preload/contract.ts';
import type { PortalsService } from '../services/portals-service.ts';
import type { ProfileService } from '../services/profile-service.ts';
import type { SessionService } from '../services/session-service.ts';
import type { Handlers } from './router.ts';

export interface Services {
  appInfo: AppInfo;
  session: SessionService;
  profile: ProfileService;
  portals: PortalsService;
}

/** Maps each contract channel to the service method that answers it; requests arrive validated. */
export function createHandlers(services: Services): Handlers {
  const { session, profile, portals } = services;
  return {
    'app.info': async () => ok(services.appInfo),
    'session.get': () => session.get(),
    'session.signIn': ({ login, password }) => session.signIn(login, password),
    'session.signOut': () => session.signOut(),
    'profile.get': () => profile.get(),
    'portals.list': () => portals.list(),
  };
}
