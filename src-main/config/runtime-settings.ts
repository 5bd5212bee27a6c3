import { DEFAULT_KEYCHAIN_SERVICE } from '../vault/secret-store.ts';

export interface RuntimeSettings {
  /** Tests give each run its own keychain service so parallel runs never share entries. */
  keychainService: string;
  mockAccessTokenTtlMs?: number;
  mockScenario?: string;
}

/** Settings shared by the Electron entry and the browser harness, read from the environment. */
export function readRuntimeSettings(env: NodeJS.ProcessEnv): RuntimeSettings {
  const ttl = Number(env['BITRIX_ID_MOCK_ACCESS_TTL_MS']);
  return {
    keychainService: env['BITRIX_ID_KEYCHAIN_SERVICE'] || DEFAULT_KEYCHAIN_SERVICE,
    ...(Number.isInteger(ttl) && ttl > 0 ? { mockAccessTokenTtlMs: ttl } : {}),
    ...(env['BITRIX_ID_MOCK_SCENARIO'] ? { mockScenario: env['BITRIX_ID_MOCK_SCENARIO'] } : {}),
  };
}
