import { DEFAULT_KEYCHAIN_SERVICE } from '../vault/secret-store.ts';
import { maxLivePortalViews } from './settings-store.ts';

export interface RuntimeSettings {
  /** Tests give each run its own keychain service so parallel runs never share entries. */
  keychainService: string;
  mockAccessTokenTtlMs?: number;
  mockScenario?: string;
  /** `BITRIX_ID_MAX_LIVE_PORTALS`: wins over the saved setting (1–50). */
  maxLivePortalViews?: number;
  /** `BITRIX_ID_UPDATE_FEED_URL`: wins over the saved setting; checked by resolveUpdateFeed. */
  updateFeedUrl?: string;
}

/** Settings shared by the Electron entry and the browser harness, read from the environment. */
export function readRuntimeSettings(env: NodeJS.ProcessEnv): RuntimeSettings {
  const ttl = Number(env['BITRIX_ID_MOCK_ACCESS_TTL_MS']);
  const maxLive = maxLivePortalViews.safeParse(Number(env['BITRIX_ID_MAX_LIVE_PORTALS']));
  return {
    keychainService: env['BITRIX_ID_KEYCHAIN_SERVICE'] || DEFAULT_KEYCHAIN_SERVICE,
    ...(Number.isInteger(ttl) && ttl > 0 ? { mockAccessTokenTtlMs: ttl } : {}),
    ...(env['BITRIX_ID_MOCK_SCENARIO'] ? { mockScenario: env['BITRIX_ID_MOCK_SCENARIO'] } : {}),
    ...(maxLive.success ? { maxLivePortalViews: maxLive.data } : {}),
    ...(env['BITRIX_ID_UPDATE_FEED_URL'] ? { updateFeedUrl: env['BITRIX_ID_UPDATE_FEED_URL'] } : {}),
  };
}
