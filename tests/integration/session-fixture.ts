import { setupServer } from 'msw/node';
import type { EventName, Events } from '../../src-preload/contract.ts';
import { ApiClient } from '../../src-main/api/api-client.ts';
import { silentLogger } from '../../src-main/logging/logger.ts';
import { SessionService } from '../../src-main/services/session-service.ts';
import { TokenVault } from '../../src-main/vault/token-vault.ts';
import { createMockApiHandlers, MockBackend } from '../../mocks/index.ts';
import { FakeSecretStore } from '../unit/fake-secret-store.ts';

export const BASE_URL = 'https://id.test.invalid/api';
export const KEYCHAIN_SERVICE = 'Bitrix ID Desktop test';

/** A clock the tests move by hand, shared by the mock server. */
export class TestClock {
  time = Date.UTC(2026, 0, 1);
  now = () => this.time;
  advance(ms: number) {
    this.time += ms;
  }
}

/** The mock backend over MSW (the caller starts it), plus a log of the requests the client makes. */
export function startMockApi(clock: TestClock) {
  const backend = new MockBackend({ now: clock.now, accessTokenTtlMs: 60_000 });
  const server = setupServer(...createMockApiHandlers(backend, BASE_URL));
  const requests: Array<{ method: string; path: string; grant?: string }> = [];
  server.events.on('request:start', async ({ request }) => {
    const path = new URL(request.url).pathname.replace('/api', '');
    let grant: string | undefined;
    // The app sends token requests form-encoded (RFC 6749).
    if (path === '/auth/token') grant = new URLSearchParams(await request.clone().text()).get('grant_type') ?? undefined;
    requests.push({ method: request.method, path, ...(grant ? { grant } : {}) });
  });
  return { backend, server, requests };
}

/** One app instance's session stack: what main builds, minus Electron and the router. */
export function createSessionStack(store: FakeSecretStore = new FakeSecretStore()) {
  const events: Array<Events[EventName]> = [];
  const api = new ApiClient({ baseUrl: BASE_URL, timeoutMs: 2000 });
  const vault = new TokenVault(store, KEYCHAIN_SERVICE, silentLogger);
  const session = new SessionService({
    api,
    vault,
    emit: (_event, payload) => events.push(payload),
    log: silentLogger,
    deviceName: 'test device',
  });
  api.useTokens(session);
  return { api, vault, session, store, events };
}
