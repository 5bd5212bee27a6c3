/**
 * Proving it is the person, for an account without a password: a 6-digit code sent to the
 * account's own e-mail or phone, or a social sign-in again with a service linked to the account.
 * Either earns a proof token that stands in for the current password in one change.
 */
import { displayNameOf } from './account-views.ts';
import type { AuthorizationStore } from './authorization-store.ts';
import {
  ACCOUNT_GONE,
  SMS_UNAVAILABLE,
  type AccountGone,
  type BackendContext,
  type InvalidFields,
  type SmsUnavailable,
} from './backend-context.ts';
import { checkCurrentPassword, type CurrentPasswordFailure } from './current-password.ts';
import { proofCodeMessage } from './message-templates.ts';
import { MAX_PROOF_CODE_ATTEMPTS, PROOF_CODE_TTL_MS, PROOF_TOKEN_TTL_MS, type ProofStore } from './proof-store.ts';
import { newProofToken, newSmsCode, sha256Hex } from './secrets.ts';
import type { SocialCodeExchange } from './social-accounts.ts';
import type { LoginChannel, UserRecord } from './state-schema.ts';

export interface ProofCodeSent {
  channel: LoginChannel;
  sentTo: string;
  /** ISO times. */
  resendAvailableAt: string;
  expiresAt: string;
}

export type ProofCodeSendOutcome =
  | { ok: true; sent: ProofCodeSent }
  | InvalidFields
  | { ok: false; error: 'rate_limited'; retryAfterSeconds: number }
  | SmsUnavailable
  | PasswordSet
  | AccountGone;

/** An account with a password proves it with the password: a proof code could never be used. */
export type PasswordSet = { ok: false; error: 'password_set' };

interface ProofIssued {
  proofToken: string;
  expiresInSeconds: number;
}

export type ProofOutcome =
  | { ok: true; proof: ProofIssued }
  | { ok: false; error: 'invalid_code'; attemptsLeft: number }
  | { ok: false; error: 'code_expired' }
  | { ok: false; error: 'invalid_grant' }
  | AccountGone;

export type ProofRequired = { ok: false; error: 'proof_required' };
export const PROOF_REQUIRED: ProofRequired = Object.freeze({ ok: false, error: 'proof_required' });

function ownLogin(user: UserRecord, channel: LoginChannel): string | null {
  return channel === 'email' ? user.email : user.phone;
}

export function sendProofCode(
  context: BackendContext,
  proofs: ProofStore,
  user: UserRecord | undefined,
  channel: LoginChannel,
): ProofCodeSendOutcome {
  if (!user) return ACCOUNT_GONE;
  if (user.passwordHash !== null) return { ok: false, error: 'password_set' };
  const sentTo = ownLogin(user, channel);
  if (sentTo === null) return { ok: false, error: 'invalid_request', fields: { channel: 'invalid' } };
  const waitSeconds = proofs.sendWaitSeconds(user.id);
  if (waitSeconds !== null) return { ok: false, error: 'rate_limited', retryAfterSeconds: waitSeconds };
  // Nothing is sent and nothing counted: the earlier code, if any, keeps working.
  if (channel === 'phone' && !context.smsAvailable()) return SMS_UNAVAILABLE;

  const code = newSmsCode();
  const message = proofCodeMessage(channel, { displayName: displayNameOf(user), code, validMinutes: PROOF_CODE_TTL_MS / 60_000 });
  context.outbox.send(sentTo, message, context.now());
  const pending = proofs.recordCode(user.id, { channel, sentTo, codeHash: context.rememberCode(code) });
  return {
    ok: true,
    sent: {
      channel,
      sentTo,
      resendAvailableAt: new Date(pending.resendAvailableAt).toISOString(),
      expiresAt: new Date(pending.expiresAt).toISOString(),
    },
  };
}

function issueProof(context: BackendContext, proofs: ProofStore, user: UserRecord): ProofOutcome {
  const proofToken = newProofToken();
  proofs.holdToken(context.rememberCode(proofToken), user.id);
  return { ok: true, proof: { proofToken, expiresInSeconds: PROOF_TOKEN_TTL_MS / 1000 } };
}

/** The code works once; every answer counts against its 5 before it is compared. */
export function proveWithCode(
  context: BackendContext,
  proofs: ProofStore,
  user: UserRecord | undefined,
  code: string,
): ProofOutcome {
  if (!user) return ACCOUNT_GONE;
  const pending = proofs.pendingCode(user.id);
  if (!pending) {
    proofs.dropCode(user.id);
    return { ok: false, error: 'code_expired' };
  }
  pending.attemptsUsed += 1;
  if (sha256Hex(code) === pending.codeHash) {
    proofs.dropCode(user.id);
    return issueProof(context, proofs, user);
  }
  const attemptsLeft = MAX_PROOF_CODE_ATTEMPTS - pending.attemptsUsed;
  if (attemptsLeft > 0) return { ok: false, error: 'invalid_code', attemptsLeft };
  // The last allowed wrong answer ends the code: guessing on would otherwise be free.
  proofs.dropCode(user.id);
  return { ok: false, error: 'code_expired' };
}

/** A `reauth` code proves the person only for an identity linked to this very account. */
export function proveWithSocialCode(
  context: BackendContext,
  proofs: ProofStore,
  authorizations: AuthorizationStore,
  user: UserRecord | undefined,
  exchange: SocialCodeExchange,
): ProofOutcome {
  if (!user) return ACCOUNT_GONE;
  const redemption = authorizations.redeem({ ...exchange, mode: 'reauth' });
  if (!redemption.ok) return { ok: false, error: 'invalid_grant' };
  if (!user.socialAccounts.some((account) => account.identityId === redemption.identityId)) {
    return { ok: false, error: 'invalid_grant' };
  }
  return issueProof(context, proofs, user);
}

/** What stands in for the current password: the password itself, or (without one) a proof token. */
export interface ChangeAuthority {
  currentPassword?: string | undefined;
  proofToken?: string | undefined;
}

export type ChangeAuthorityOutcome =
  /** Spends what authorised the change; false when a racing change spent it first. */
  | { ok: true; useUp(): boolean }
  | CurrentPasswordFailure
  | InvalidFields
  | ProofRequired;

/**
 * An account with a password answers with it (a proof token is not enough there); one without
 * answers with a live proof token. `useUp` spends the token once the change actually happens, so
 * a change refused later (policy, a taken address) leaves the proof for the next try.
 */
export async function checkChangeAuthority(
  context: BackendContext,
  proofs: ProofStore,
  user: UserRecord,
  authority: ChangeAuthority,
): Promise<ChangeAuthorityOutcome> {
  if (user.passwordHash !== null) {
    if (authority.currentPassword === undefined) {
      return { ok: false, error: 'invalid_request', fields: { current_password: 'required' } };
    }
    const checked = await checkCurrentPassword(context, user, authority.currentPassword);
    return checked.ok ? { ok: true, useUp: () => true } : checked;
  }
  const token = authority.proofToken;
  if (token === undefined) return PROOF_REQUIRED;
  const tokenHash = sha256Hex(token);
  if (!proofs.holds(tokenHash, user.id)) return PROOF_REQUIRED;
  return { ok: true, useUp: () => proofs.take(tokenHash, user.id) };
}
