import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src-main/logging/logger.ts';
import { TokenVault } from '../../src-main/vault/token-vault.ts';
import { FakeSecretStore } from './fake-secret-store.ts';

describe('TokenVault', () => {
  it('keys tokens by server and user, so two servers never share one', async () => {
    const store = new FakeSecretStore();
    const vault = new TokenVault(store, 'svc', silentLogger);
    await vault.save('https://one.example', 'u1', 'rt-one');
    await vault.save('https://two.example', 'u1', 'rt-two');
    expect(await vault.load('https://one.example')).toEqual({ userId: 'u1', refreshToken: 'rt-one' });
    expect(await vault.load('https://two.example')).toEqual({ userId: 'u1', refreshToken: 'rt-two' });
    expect(await vault.load('https://three.example')).toBeNull();
  });

  it('removes only the entry it is asked to', async () => {
    const store = new FakeSecretStore();
    const vault = new TokenVault(store, 'svc', silentLogger);
    await vault.save('https://one.example', 'u1', 'rt-one');
    await vault.save('https://two.example', 'u1', 'rt-two');
    await vault.remove('https://one.example', 'u1');
    expect(await vault.load('https://one.example')).toBeNull();
    expect(await vault.load('https://two.example')).not.toBeNull();
  });

  it('reports memory-only when the keychain refuses, and stops using it', async () => {
    const store = new FakeSecretStore();
    store.refuse = true;
    const vault = new TokenVault(store, 'svc', silentLogger);
    expect(vault.persistence).toBe('keychain');
    expect(await vault.save('https://one.example', 'u1', 'rt')).toBe('memory');
    expect(vault.persistence).toBe('memory');
    store.refuse = false;
    expect(await vault.save('https://one.example', 'u1', 'rt')).toBe('memory');
    expect(store.entries.size).toBe(0);
  });

  it('is memory-only from the start when there is no keychain at all', async () => {
    const vault = new TokenVault(null, 'svc', silentLogger);
    expect(vault.persistence).toBe('memory');
    expect(await vault.save('https://one.example', 'u1', 'rt')).toBe('memory');
    expect(await vault.load('https://one.example')).toBeNull();
  });
});
