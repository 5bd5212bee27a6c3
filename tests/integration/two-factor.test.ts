import { Secret, TOTP } from 'otpauth';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppCore } from '../../src-main/app-core.ts';
import type { Logger } from '../../src-main/logging/logger.ts';
import type { MockTwoFactorCode, RecoveryCodes, TwoFactorSetup } from '../../src-preload/contract.ts';
import { seedCredentials, seedTwoFactor } from '../../mocks/index.ts';
import { FakeSecretStore } from '../unit/fake-secret-store.ts';
import { startTestCore } from './core-with-browser.ts';

const erin = seedCredentials.erin;
const erinRecoveryCodes = seedTwoFactor.erin.recoveryCodes;
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Started {
  core: AppCore;
  store: FakeSecretStore;
  /** Every log line and event as given, before any redaction. */
  logged: string[];
}

async function startCore(): Promise<Started> {
  const logged: string[] = [];
  const record = (message: string, details?: Record<string, unknown>) => void logged.push(JSON.stringify([message, details]));
  const log: Logger = { info: record, warn: record, error: record };
  const store = new FakeSecretStore();
  const emit = (event: string, payload: unknown) => void logged.push(JSON.stringify([event, payload]));
  const core = await startTestCore(cleanups, { store, log, emit });
  return { core, store, logged };
}

async function erinsCurrentCode(core: AppCore): Promise<string> {
  const codes = await core.router.dispatch('mock.twoFactorCodes', undefined);
  expect(codes.ok).toBe(true);
  const value = (codes as { ok: true; value: MockTwoFactorCode[] }).value;
  const code = value.find((item) => item.login === erin.email)?.code;
  if (!code) throw new Error("No code for Erin in the mock's list");
  return code;
}

const signInErin = (core: AppCore) => core.router.dispatch('session.signIn', { login: erin.email, password: erin.password });

describe('two-step sign-in through the router', () => {
  it('asks Erin for a code, keeps the challenge through a wrong one, signs her in with the right one, and never lets the mfa token out', async () => {
    const { core, store, logged } = await startCore();

    const first = await signInErin(core);
    expect(first).toEqual({ ok: false, error: { code: 'two_factor_required' } });
    expect(await core.router.dispatch('session.get', undefined)).toMatchObject({ ok: true, value: { status: 'signed_out' } });

    const wrong = await core.router.dispatch('session.verifyTwoFactor', { code: '000000' });
    expect(wrong).toEqual({ ok: false, error: { code: 'invalid_code', attemptsLeft: 4 } });

    const right = await core.router.dispatch('session.verifyTwoFactor', { code: await erinsCurrentCode(core) });
    expect(right).toMatchObject({ ok: true, value: { status: 'signed_in', user: { email: erin.email } } });
    const issued = core.mockBackend?.issuedSecrets();
    const refreshToken = issued?.refreshTokens.at(-1);
    expect([...store.entries.values()]).toContain(refreshToken);

    // The challenge is used up with the sign-in.
    expect(await core.router.dispatch('session.verifyTwoFactor', { code: '123456' })).toEqual({
      ok: false,
      error: { code: 'sign_in_expired' },
    });

    const mfaTokens = (issued?.codes ?? []).filter((code) => code.startsWith('mt_'));
    expect(mfaTokens.length).toBe(1);
    expect(logged.length).toBeGreaterThan(0);
    for (const line of logged) for (const token of mfaTokens) expect(line).not.toContain(token);
  });

  it('signs Erin in with a recovery code, once', async () => {
    const { core } = await startCore();
    expect(await signInErin(core)).toMatchObject({ ok: false, error: { code: 'two_factor_required' } });
    const [code] = erinRecoveryCodes;
    expect(await core.router.dispatch('session.verifyTwoFactor', { code })).toMatchObject({ ok: true, value: { status: 'signed_in' } });
    expect(await core.router.dispatch('profile.get', undefined)).toMatchObject({
      ok: true,
      value: { twoFactor: { enabled: true, recoveryCodesLeft: 9 } },
    });

    await core.router.dispatch('session.signOut', undefined);
    expect(await signInErin(core)).toMatchObject({ ok: false, error: { code: 'two_factor_required' } });
    expect(await core.router.dispatch('session.verifyTwoFactor', { code })).toEqual({
      ok: false,
      error: { code: 'invalid_code', attemptsLeft: 4 },
    });
  });

  it('ends the challenge after 5 wrong codes with sign_in_expired, and drops it on cancel, sign-out or another sign-in', async () => {
    const { core } = await startCore();
    await signInErin(core);
    const answers = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      answers.push(await core.router.dispatch('session.verifyTwoFactor', { code: '000000' }));
    }
    expect(answers).toEqual([
      { ok: false, error: { code: 'invalid_code', attemptsLeft: 4 } },
      { ok: false, error: { code: 'invalid_code', attemptsLeft: 3 } },
      { ok: false, error: { code: 'invalid_code', attemptsLeft: 2 } },
      { ok: false, error: { code: 'invalid_code', attemptsLeft: 1 } },
      { ok: false, error: { code: 'sign_in_expired' } },
    ]);
    expect(await core.router.dispatch('session.verifyTwoFactor', { code: await erinsCurrentCode(core) })).toEqual({
      ok: false,
      error: { code: 'sign_in_expired' },
    });

    await signInErin(core);
    expect(await core.router.dispatch('session.cancelTwoFactor', undefined)).toEqual({ ok: true, value: { cancelled: true } });
    expect(await core.router.dispatch('session.verifyTwoFactor', { code: await erinsCurrentCode(core) })).toEqual({
      ok: false,
      error: { code: 'sign_in_expired' },
    });
    expect(await core.router.dispatch('session.cancelTwoFactor', undefined)).toEqual({ ok: true, value: { cancelled: false } });

    // Signing out, or another sign-in, drops the waiting second step too.
    await signInErin(core);
    await core.router.dispatch('session.signOut', undefined);
    expect(await core.router.dispatch('session.cancelTwoFactor', undefined)).toEqual({ ok: true, value: { cancelled: false } });
    await signInErin(core);
    await core.router.dispatch('session.signIn', { login: seedCredentials.alice.email, password: 'not-her-password' });
    expect(await core.router.dispatch('session.verifyTwoFactor', { code: await erinsCurrentCode(core) })).toEqual({
      ok: false,
      error: { code: 'sign_in_expired' },
    });
  });

  it('turns two-step off and on again, with new recovery codes', async () => {
    const { core } = await startCore();
    await signInErin(core);
    await core.router.dispatch('session.verifyTwoFactor', { code: erinRecoveryCodes[0] });

    expect(await core.router.dispatch('twoFactor.enable', { code: '123456' })).toEqual({ ok: false, error: { code: 'code_expired' } });
    expect(
      await core.router.dispatch('twoFactor.disable', { currentPassword: 'wrong', code: erinRecoveryCodes[1] }),
    ).toEqual({ ok: false, error: { code: 'wrong_password' } });
    const off = await core.router.dispatch('twoFactor.disable', { currentPassword: erin.password, code: erinRecoveryCodes[1] });
    expect(off).toMatchObject({ ok: true, value: { twoFactor: { enabled: false, recoveryCodesLeft: 0 } } });

    const setup = await core.router.dispatch('twoFactor.beginSetup', { currentPassword: erin.password });
    expect(setup.ok).toBe(true);
    const { secret, otpauthUri } = (setup as { ok: true; value: TwoFactorSetup }).value;
    expect(otpauthUri).toContain(`secret=${secret}`);
    expect(await core.router.dispatch('twoFactor.enable', { code: '000000' })).toEqual({
      ok: false,
      error: { code: 'invalid_code', attemptsLeft: 4 },
    });
    // The person's authenticator app, given the secret.
    const appCode = new TOTP({ secret: Secret.fromBase32(secret) }).generate();
    const enabled = await core.router.dispatch('twoFactor.enable', { code: appCode });
    expect(enabled.ok).toBe(true);
    const codes = (enabled as { ok: true; value: RecoveryCodes }).value.codes;
    expect(codes).toHaveLength(10);

    const renewed = await core.router.dispatch('twoFactor.newRecoveryCodes', { currentPassword: erin.password, code: codes[0] ?? '' });
    expect(renewed.ok).toBe(true);
    const newCodes = (renewed as { ok: true; value: RecoveryCodes }).value.codes;
    expect(newCodes).toHaveLength(10);
    expect(await core.router.dispatch('profile.get', undefined)).toMatchObject({
      ok: true,
      value: { twoFactor: { enabled: true, recoveryCodesLeft: 10 } },
    });

    // The old set is gone: an unused code of it no longer signs Erin in.
    await core.router.dispatch('session.signOut', undefined);
    expect(await signInErin(core)).toMatchObject({ ok: false, error: { code: 'two_factor_required' } });
    expect(await core.router.dispatch('session.verifyTwoFactor', { code: codes[1] ?? '' })).toEqual({
      ok: false,
      error: { code: 'invalid_code', attemptsLeft: 4 },
    });
    expect(await core.router.dispatch('session.verifyTwoFactor', { code: newCodes[1] ?? '' })).toMatchObject({
      ok: true,
      value: { status: 'signed_in' },
    });
  });
});
