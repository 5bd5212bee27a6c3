/**
 * Two-step sign-in's account rules: checking a second-step code (TOTP or recovery code), turning
 * two-step on, off, and renewing the recovery codes. The routes that change it need the current
 * password and, when two-step is on, a current code; wrong codes there are counted with the wrong
 * passwords, so 5 of either within 15 minutes shut these routes for the account.
 */
import type { BackendContext } from './backend-context.ts';
import { checkCurrentPassword, countedAnswer, type CurrentPasswordFailure } from './current-password.ts';
import { newRecoveryCodes, normaliseRecoveryCode, recoveryCodeHash } from './recovery-codes.ts';
import type { TwoFactorRecord, UserRecord } from './state-schema.ts';
import { acceptedTotpStep, otpauthUri } from './totp.ts';
import type { TwoFactorSetups } from './two-factor-setups.ts';

/**
 * Uses the code up if it is right: a TOTP code moves `lastUsedStep` (no replay), a recovery code is
 * struck off. Synchronous, so two requests with the same code cannot both pass.
 */
export function useSecondFactorCode(twoFactor: TwoFactorRecord, code: string, now: number): boolean {
  const trimmed = code.trim();
  const step = acceptedTotpStep(twoFactor.secret, trimmed, now, twoFactor.lastUsedStep);
  if (step !== null) {
    twoFactor.lastUsedStep = step;
    return true;
  }
  if (normaliseRecoveryCode(trimmed) === '') return false;
  const hash = recoveryCodeHash(trimmed);
  const index = twoFactor.recoveryCodeHashes.indexOf(hash);
  if (index === -1) return false;
  twoFactor.recoveryCodeHashes.splice(index, 1);
  return true;
}

/** Ten new codes for the person, shown once; only their hashes are kept. */
function issueRecoveryCodes(context: BackendContext): { codes: string[]; hashes: string[] } {
  const codes = newRecoveryCodes();
  for (const code of codes) context.rememberCode(code);
  return { codes, hashes: codes.map(recoveryCodeHash) };
}

type WrongCode = { ok: false; error: 'invalid_code' };
type PasswordNotSet = { ok: false; error: 'password_not_set' };
export type TwoFactorGateFailure = CurrentPasswordFailure | WrongCode | PasswordNotSet;

/**
 * The current password, then (when two-step is on, or `code` is required) a current code. Each check
 * is counted before it runs and given back when right, as `checkCurrentPassword` does.
 */
async function passGate(
  context: BackendContext,
  user: UserRecord,
  request: { currentPassword: string; code?: string | undefined },
): Promise<{ ok: true } | TwoFactorGateFailure> {
  if (user.passwordHash === null) return { ok: false, error: 'password_not_set' };
  const password = await checkCurrentPassword(context, user, request.currentPassword);
  if (!password.ok) return password;
  if (user.twoFactor === null) return { ok: true };
  // No code given where one is needed: refused, but not counted as a guess.
  if (request.code === undefined) return { ok: false, error: 'invalid_code' };
  const { twoFactor } = user;
  const { code } = request;
  const answer = await countedAnswer(context, user, () => useSecondFactorCode(twoFactor, code, context.now()));
  return answer.ok || answer.error === 'rate_limited' ? answer : { ok: false, error: 'invalid_code' };
}

export type TwoFactorSetupOutcome =
  | { ok: true; setupId: string; secret: string; otpauthUri: string; expiresAt: number }
  | TwoFactorGateFailure;

/** Starts turning two-step on, or setting it up again on a new phone (then `code` proves the old one). */
export async function beginTwoFactorSetup(
  context: BackendContext,
  setups: TwoFactorSetups,
  user: UserRecord,
  request: { currentPassword: string; code?: string | undefined },
): Promise<TwoFactorSetupOutcome> {
  const gate = await passGate(context, user, request);
  if (!gate.ok) return gate;
  const { setupId, record } = setups.open(user.id);
  const login = user.email ?? user.phone ?? user.id;
  return { ok: true, setupId, secret: record.secret, otpauthUri: otpauthUri(login, record.secret), expiresAt: record.expiresAt };
}

export type TwoFactorEnableOutcome =
  | { ok: true; recoveryCodes: string[] }
  | { ok: false; error: 'setup_expired' }
  | { ok: false; error: 'invalid_code'; attemptsLeft: number };

/** The first code from the new secret proves the app has it: two-step is on with it, with ten new recovery codes. */
export function enableTwoFactor(
  context: BackendContext,
  setups: TwoFactorSetups,
  user: UserRecord,
  request: { setupId: string; code: string },
): TwoFactorEnableOutcome {
  const setup = setups.begin(user.id, request.setupId);
  if (!setup) return { ok: false, error: 'setup_expired' };
  const now = context.now();
  const step = acceptedTotpStep(setup.secret, request.code.trim(), now, 0);
  if (step === null) {
    // The last wrong code ends the setup, as the next request would find.
    if (setup.attemptsLeft > 0) return { ok: false, error: 'invalid_code', attemptsLeft: setup.attemptsLeft };
    setups.end(request.setupId);
    return { ok: false, error: 'setup_expired' };
  }
  setups.end(request.setupId);
  const { codes, hashes } = issueRecoveryCodes(context);
  user.twoFactor = { secret: setup.secret, enabledAt: now, lastUsedStep: step, recoveryCodeHashes: hashes };
  context.changed();
  return { ok: true, recoveryCodes: codes };
}

/** Two-step off, its secret and recovery codes gone. Already off: nothing to do once the password is right. */
export async function disableTwoFactor(
  context: BackendContext,
  user: UserRecord,
  request: { currentPassword: string; code: string },
): Promise<{ ok: true } | TwoFactorGateFailure> {
  const gate = await passGate(context, user, request);
  if (!gate.ok) return gate;
  user.twoFactor = null;
  context.changed();
  return { ok: true };
}

/** Ten new recovery codes; the old ones stop working. With two-step off no code is right. */
export async function renewRecoveryCodes(
  context: BackendContext,
  user: UserRecord,
  request: { currentPassword: string; code: string },
): Promise<{ ok: true; recoveryCodes: string[] } | TwoFactorGateFailure> {
  const gate = await passGate(context, user, request);
  if (!gate.ok) return gate;
  if (user.twoFactor === null) return { ok: false, error: 'invalid_code' };
  const { codes, hashes } = issueRecoveryCodes(context);
  user.twoFactor.recoveryCodeHashes = hashes;
  context.changed();
  return { ok: true, recoveryCodes: codes };
}
