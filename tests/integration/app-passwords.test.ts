/** Application passwords and single-session sign-out through the app core's router, against the embedded mock. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppCore } from '../../src-main/app-core.ts';
import type { Logger } from '../../src-main/logging/logger.ts';
import type { AppPassword, DeviceSession, NewAppPassword, Result } from '../../src-preload/contract.ts';
import { seedBrowserSessions, seedCredentials } from '../../mocks/index.ts';
import { FakeSecretStore } from '../unit/fake-secret-store.ts';
import { startTestCore } from './core-with-browser.ts';

const alice = seedCredentials.alice;
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Every log line, message and details, as text: the new password must never be in it. */
function recordingLogger(lines: string[]): Logger {
  const record = (message: string, details?: Record<string, unknown>) => void lines.push(`${message} ${JSON.stringify(details ?? {})}`);
  return { info: record, warn: record, error: record };
}

const startCore = (options: { dataDir: string; store: FakeSecretStore; logLines?: string[] }): Promise<AppCore> =>
  startTestCore(cleanups, { dataDir: options.dataDir, store: options.store, log: recordingLogger(options.logLines ?? []) });

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bitrix-id-app-passwords-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The router answers untyped; each call site names what its channel resolves to (contract.ts). */
function valueOf<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`failed: ${result.error.code}`);
  return result.value as T;
}

describe('application passwords through the router', () => {
  it('creates one, signs in with it as a limited session (kept across a restart) that cannot change the account, and revokes it', async () => {
    const dataDir = tempDir();
    const store = new FakeSecretStore();
    const logLines: string[] = [];
    const core = await startCore({ dataDir, store, logLines });
    expect(await core.router.dispatch('session.signIn', { login: alice.email, password: alice.password })).toMatchObject({
      ok: true,
      value: { status: 'signed_in' },
    });
    expect(valueOf(await core.router.dispatch('session.get', undefined))).not.toHaveProperty('limited');
    const made = valueOf<NewAppPassword>(await core.router.dispatch('appPasswords.create', { name: 'Thunderbird' }));
    expect(made).toEqual({
      appPassword: { id: expect.any(String), name: 'Thunderbird', createdAt: expect.any(String), lastUsedAt: null },
      password: expect.stringMatching(/^[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}$/),
    });
    expect(valueOf(await core.router.dispatch('appPasswords.list', undefined))).toEqual([made.appPassword]);

    await core.router.dispatch('session.signOut', undefined);
    expect(await core.router.dispatch('session.signIn', { login: alice.email, password: made.password })).toMatchObject({
      ok: true,
      value: { status: 'signed_in', limited: true },
    });
    expect(await core.router.dispatch('account.changePassword', { currentPassword: alice.password, newPassword: 'Another-Passw0rd' })).toMatchObject({
      ok: false,
      error: { code: 'limited_session' },
    });
    expect(await core.router.dispatch('appPasswords.list', undefined)).toMatchObject({ ok: false, error: { code: 'limited_session' } });
    expect(await core.router.dispatch('profile.get', undefined)).toMatchObject({ ok: true, value: { email: alice.email } });
    await core.dispose();

    // Restored from the keychain: the refresh's scope says again that it is limited.
    const restarted = await startCore({ dataDir, store, logLines });
    expect(await restarted.router.dispatch('session.get', undefined)).toMatchObject({
      ok: true,
      value: { status: 'signed_in', limited: true },
    });
    await restarted.router.dispatch('session.signOut', undefined);
    await restarted.router.dispatch('session.signIn', { login: alice.email, password: alice.password });
    expect(valueOf(await restarted.router.dispatch('session.get', undefined))).not.toHaveProperty('limited');
    const [listed] = valueOf<AppPassword[]>(await restarted.router.dispatch('appPasswords.list', undefined));
    expect(listed?.lastUsedAt).not.toBeNull();
    expect(await restarted.router.dispatch('appPasswords.revoke', { id: made.appPassword.id })).toEqual({ ok: true, value: [] });
    expect(await restarted.router.dispatch('appPasswords.revoke', { id: made.appPassword.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });

    const secret = made.password.replaceAll(' ', '');
    expect(logLines.join('\n')).not.toContain(made.password);
    expect(logLines.join('\n')).not.toContain(secret);
  });

  it('refuses the 21st with app_password_limit_reached and a bad name with its field', async () => {
    const core = await startCore({ dataDir: tempDir(), store: new FakeSecretStore() });
    await core.router.dispatch('session.signIn', { login: alice.email, password: alice.password });
    for (let index = 0; index < 20; index++) valueOf(await core.router.dispatch('appPasswords.create', { name: `App ${index}` }));
    expect(await core.router.dispatch('appPasswords.create', { name: 'One more' })).toMatchObject({
      ok: false,
      error: { code: 'app_password_limit_reached' },
    });
    expect(await core.router.dispatch('appPasswords.create', { name: 'Mail\u0007' })).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { name: 'invalid' } },
    });
  });
});

describe('signing one session out through the router', () => {
  it('ends another session and answers with the sessions left; its own is refused', async () => {
    const core = await startCore({ dataDir: tempDir(), store: new FakeSecretStore() });
    await core.router.dispatch('session.signIn', { login: alice.email, password: alice.password });
    const left = valueOf<DeviceSession[]>(await core.router.dispatch('account.signOutSession', { id: seedBrowserSessions[0].id }));
    expect(left.map((session) => session.current)).toEqual([true]);
    const own = left[0];
    if (!own) throw new Error('no session');
    expect(await core.router.dispatch('account.signOutSession', { id: own.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await core.router.dispatch('account.signOutSession', { id: seedBrowserSessions[0].id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
