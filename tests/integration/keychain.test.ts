import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src-main/logging/logger.ts';
import { loadKeytarStore } from '../../src-main/vault/keytar-store.ts';
import type { SecretStore } from '../../src-main/vault/secret-store.ts';
import { TokenVault } from '../../src-main/vault/token-vault.ts';

const service = `Bitrix ID Desktop test ${randomUUID()}`;

/** Finds a working Secret Service (or Keychain / Credential Manager); says why when there is none. */
async function probeKeychain(): Promise<{ store: SecretStore } | { reason: string }> {
  const store = await loadKeytarStore();
  if (!store) return { reason: 'the keytar native module could not be loaded' };
  if (process.platform === 'linux' && !process.env['DBUS_SESSION_BUS_ADDRESS']) {
    return { reason: 'no D-Bus session bus, so no Secret Service (run npm test, which starts one)' };
  }
  try {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), 5000));
    await Promise.race([store.setPassword(service, 'probe', 'probe'), timeout]);
    await store.deletePassword(service, 'probe');
    return { store };
  } catch (error) {
    return { reason: `the keychain refused a test entry (${error instanceof Error ? error.message : String(error)})` };
  }
}

const probe = await probeKeychain();
if ('reason' in probe) {
  // npm test starts a Secret Service itself; there, a missing keychain is a failure, not a skip.
  if (process.env['BITRIX_ID_REQUIRE_KEYCHAIN'] === '1') throw new Error(`The OS keychain is required here: ${probe.reason}.`);
  console.warn(`Skipping the OS keychain integration test: ${probe.reason}.`);
}

describe.skipIf('reason' in probe)('TokenVault against the real OS keychain', () => {
  const store = 'store' in probe ? probe.store : (null as unknown as SecretStore);

  afterAll(async () => {
    for (const { account } of await store.findCredentials(service)) await store.deletePassword(service, account);
  });

  it('saves, finds and deletes a refresh token keyed by server and user', async () => {
    const vault = new TokenVault(store, service, silentLogger);
    expect(await vault.save('https://id.example.com', 'u-alice', 'rt_real_keychain')).toBe('keychain');
    expect(await store.getPassword(service, 'https://id.example.com#u-alice')).toBe('rt_real_keychain');

    const reopened = new TokenVault(store, service, silentLogger);
    expect(await reopened.load('https://id.example.com')).toEqual({ userId: 'u-alice', refreshToken: 'rt_real_keychain' });
    expect(await reopened.load('https://other.example.com')).toBeNull();

    await reopened.remove('https://id.example.com', 'u-alice');
    expect(await reopened.load('https://id.example.com')).toBeNull();
  });

  it('overwrites the entry when the refresh token rotates', async () => {
    const vault = new TokenVault(store, service, silentLogger);
    await vault.save('https://id.example.com', 'u-bob', 'rt_first');
    await vault.save('https://id.example.com', 'u-bob', 'rt_second');
    const entries = (await store.findCredentials(service)).filter((c) => c.account.endsWith('#u-bob'));
    expect(entries).toEqual([{ account: 'https://id.example.com#u-bob', password: 'rt_second' }]);
  });
});
