/**
 * Changing the e-mail or phone a person signs in with. The new login must be proven first: a link
 * e-mailed to the new address or a code sent by SMS to the new phone. Until then the old login
 * stays in force, and the new one is reserved so nobody else can claim it meanwhile.
 */
import { displayNameOf } from './account-views.ts';
import { retryAfterFromMs } from './attempt-window.ts';
import {
  ACCOUNT_GONE,
  SMS_UNAVAILABLE,
  type AccountGone,
  type BackendContext,
  type InvalidFields,
  type SmsUnavailable,
} from './backend-context.ts';
import type { CurrentPasswordFailure } from './current-password.ts';
import { loginKey, normaliseLogin, parseNewLogin } from './login-identifier.ts';
import { loginTakenByAnother } from './login-uniqueness.ts';
import {
  recordSendTo,
  releaseRequestSlot,
  reserveRequestSlot,
  targetRetryAfterSeconds,
} from './login-change-limits.ts';
import { loginChangeEmail, loginChangeSms } from './message-templates.ts';
import { activePendingChange, pendingLoginChangeView, type PendingLoginChange } from './pending-login-change.ts';
import { checkChangeAuthority, PROOF_REQUIRED, type ChangeAuthority, type ProofRequired } from './proof.ts';
import type { ProofStore } from './proof-store.ts';
import { newLinkToken, newSmsCode, sha256Hex } from './secrets.ts';
import type { LoginChannel, PendingLoginChangeRecord, UserRecord } from './state-schema.ts';

export const LOGIN_CHANGE_TTL_MS = 10 * 60 * 1000;
export const LOGIN_CHANGE_RESEND_DELAY_MS = 60 * 1000;
/** Wrong links or codes one pending change survives; the last of them ends it. */
export const MAX_CONFIRMATION_ATTEMPTS = 5;
/** What a confirmation link's token looks like (as the app's link parser reads it), unlike a code. */
const LINK_TOKEN_SHAPE = /^[A-Za-z0-9_-]{16,}$/;

/** The current password, or for an account without one a proof token (proof.ts). */
export interface LoginChangeRequest extends ChangeAuthority {
  channel: LoginChannel;
  /** As typed: checked for format and normalised here. */
  value: string;
  /** Whether portal memberships that sign in with the old login follow it to the new one. */
  updatePortals: boolean;
}

export type LoginTaken = { ok: false; error: 'login_taken'; channel: LoginChannel };
export type CodeExpired = { ok: false; error: 'code_expired' };
/** Too soon after the last link or code, or too many sent (see login-change-limits.ts). */
export type SendingLimited = { ok: false; error: 'rate_limited'; limit: 'sending'; retryAfterSeconds: number };

export type LoginChangeRequestOutcome =
  | { ok: true; pending: PendingLoginChange }
  | InvalidFields
  | CurrentPasswordFailure
  | ProofRequired
  | SendingLimited
  | LoginTaken
  | SmsUnavailable
  | AccountGone;

export type LoginChangeConfirmOutcome =
  | { ok: true }
  | CodeExpired
  | { ok: false; error: 'invalid_code'; attemptsLeft: number }
  | LoginTaken
  | AccountGone;

export type LoginChangeResendOutcome =
  | { ok: true; pending: PendingLoginChange }
  | CodeExpired
  | SendingLimited
  | SmsUnavailable
  | AccountGone;

const CODE_EXPIRED: CodeExpired = Object.freeze({ ok: false, error: 'code_expired' });

function currentLoginOf(user: UserRecord, channel: LoginChannel): string | null {
  return channel === 'email' ? (user.email?.toLowerCase() ?? null) : user.phone;
}

/** Sends a fresh link or code to the new login and returns its hash; the plain value is not kept. */
function sendConfirmation(context: BackendContext, user: UserRecord, channel: LoginChannel, target: string): string {
  const now = context.now();
  recordSendTo(context.state, target, now);
  if (channel === 'email') {
    const token = newLinkToken();
    const message = loginChangeEmail({
      displayName: displayNameOf(user),
      newEmail: target,
      token,
      validMinutes: LOGIN_CHANGE_TTL_MS / 60_000,
    });
    context.outbox.send(target, message, now);
    return context.rememberCode(token);
  }
  const code = newSmsCode();
  context.outbox.send(target, loginChangeSms(code), now);
  return context.rememberCode(code);
}

const sendingLimited = (retryAfterSeconds: number): SendingLimited => ({
  ok: false,
  error: 'rate_limited',
  limit: 'sending',
  retryAfterSeconds,
});

/** Seconds until the pending change may send again (a resend, or a new request replacing it), or null. */
function resendWaitSeconds(pending: PendingLoginChangeRecord | null, now: number): number | null {
  return pending && now < pending.resendAvailableAt ? retryAfterFromMs(pending.resendAvailableAt - now) : null;
}

/**
 * Order matters: format and sameness first, then the request limits, the password (or the proof
 * token), and only then uniqueness, so whether an address is taken is never revealed to someone who
 * does not know the password (or hold the proof).
 */
export async function requestLoginChange(
  context: BackendContext,
  proofs: ProofStore,
  user: UserRecord | undefined,
  request: LoginChangeRequest,
): Promise<LoginChangeRequestOutcome> {
  if (!user) return ACCOUNT_GONE;
  const parsed = parseNewLogin(request.channel, request.value);
  if (!parsed.ok) return { ok: false, error: 'invalid_request', fields: { value: parsed.code } };
  const target = parsed.value;
  if (currentLoginOf(user, request.channel) === target) {
    return { ok: false, error: 'invalid_request', fields: { value: 'same_as_current' } };
  }

  const requestedAt = context.now();
  const tooSoon = resendWaitSeconds(activePendingChange(user, requestedAt), requestedAt);
  if (tooSoon !== null) return sendingLimited(tooSoon);
  const slot = reserveRequestSlot(user, requestedAt);
  if (!slot.ok) return sendingLimited(slot.retryAfterSeconds);
  const outcome = await startLoginChange(context, proofs, user, request, target);
  // Only a request that sent something counts towards the limit.
  if (!outcome.ok) releaseRequestSlot(user, requestedAt);
  return outcome;
}

async function startLoginChange(
  context: BackendContext,
  proofs: ProofStore,
  user: UserRecord,
  request: LoginChangeRequest,
  target: string,
): Promise<LoginChangeRequestOutcome> {
  const authority = await checkChangeAuthority(context, proofs, user, request);
  if (!authority.ok) return authority;

  // From here on no await: the checks and the send cannot interleave with another request's.
  const now = context.now();
  const earlier = activePendingChange(user, now);
  // Again: a request racing this one may have sent meanwhile.
  const tooSoon = resendWaitSeconds(earlier, now);
  if (tooSoon !== null) return sendingLimited(tooSoon);
  if (loginTakenByAnother(context.state, { channel: request.channel, target, userId: user.id, now })) {
    return { ok: false, error: 'login_taken', channel: request.channel };
  }
  const targetWait = targetRetryAfterSeconds(context.state, target, now);
  if (targetWait !== null) return sendingLimited(targetWait);
  // Last, as on a real server where sending is the final step; any earlier pending change stays.
  if (request.channel === 'phone' && !context.smsAvailable()) return SMS_UNAVAILABLE;
  if (!authority.useUp()) return PROOF_REQUIRED;

  // Replacing the record kills any earlier link or code: only the newest hash is kept. Its wrong
  // answers carry over, so asking for a fresh code does not buy fresh guesses.
  const pending: PendingLoginChangeRecord = {
    channel: request.channel,
    target,
    updatePortals: request.updatePortals,
    secretHash: sendConfirmation(context, user, request.channel, target),
    wrongAttempts: earlier?.wrongAttempts ?? 0,
    resendAvailableAt: now + LOGIN_CHANGE_RESEND_DELAY_MS,
    expiresAt: now + LOGIN_CHANGE_TTL_MS,
  };
  user.pendingLoginChange = pending;
  context.changed();
  return { ok: true, pending: pendingLoginChangeView(pending) };
}

function applyLoginChange(context: BackendContext, user: UserRecord, pending: PendingLoginChangeRecord): void {
  const oldLogin = currentLoginOf(user, pending.channel);
  if (pending.channel === 'email') user.email = pending.target;
  else user.phone = pending.target;
  if (!pending.updatePortals || oldLogin === null) return;
  // Compared normalised, so a membership stored as "+1 555 010 0001" follows "+15550100001".
  const oldKey = loginKey(normaliseLogin(oldLogin));
  for (const portal of context.state.portals) {
    for (const member of portal.members) {
      if (member.userId === user.id && loginKey(normaliseLogin(member.login)) === oldKey) member.login = pending.target;
    }
  }
}

/** `secret` is the e-mailed link's token or the SMS code; each works once. */
export function confirmLoginChange(
  context: BackendContext,
  user: UserRecord | undefined,
  secret: string,
): LoginChangeConfirmOutcome {
  if (!user) return ACCOUNT_GONE;
  const pending = activePendingChange(user, context.now());
  if (!pending) {
    if (user.pendingLoginChange) {
      user.pendingLoginChange = null;
      context.changed();
    }
    return CODE_EXPIRED;
  }

  if (sha256Hex(secret) !== pending.secretHash) {
    // A link's token is 256 random bits, not guessed: a wrong one is a foreign or stale link, and
    // counting it would let such links use up the attempts of the person's own code or link.
    if (LINK_TOKEN_SHAPE.test(secret)) {
      return { ok: false, error: 'invalid_code', attemptsLeft: MAX_CONFIRMATION_ATTEMPTS - pending.wrongAttempts };
    }
    pending.wrongAttempts += 1;
    const attemptsLeft = MAX_CONFIRMATION_ATTEMPTS - pending.wrongAttempts;
    // The last allowed wrong answer ends the change: guessing on would otherwise be free.
    if (attemptsLeft <= 0) user.pendingLoginChange = null;
    context.changed();
    return attemptsLeft <= 0 ? CODE_EXPIRED : { ok: false, error: 'invalid_code', attemptsLeft };
  }

  // Used either way: a right code never works twice, even when the change cannot go through.
  user.pendingLoginChange = null;
  const now = context.now();
  if (loginTakenByAnother(context.state, { channel: pending.channel, target: pending.target, userId: user.id, now })) {
    context.changed();
    return { ok: false, error: 'login_taken', channel: pending.channel };
  }
  applyLoginChange(context, user, pending);
  context.changed();
  return { ok: true };
}

export function resendLoginChange(context: BackendContext, user: UserRecord | undefined): LoginChangeResendOutcome {
  if (!user) return ACCOUNT_GONE;
  const now = context.now();
  const pending = activePendingChange(user, now);
  if (!pending) return CODE_EXPIRED;
  const tooSoon = resendWaitSeconds(pending, now) ?? targetRetryAfterSeconds(context.state, pending.target, now);
  if (tooSoon !== null) return sendingLimited(tooSoon);
  // The earlier code keeps working: nothing new was sent.
  if (pending.channel === 'phone' && !context.smsAvailable()) return SMS_UNAVAILABLE;
  pending.secretHash = sendConfirmation(context, user, pending.channel, pending.target);
  pending.wrongAttempts = 0;
  pending.resendAvailableAt = now + LOGIN_CHANGE_RESEND_DELAY_MS;
  pending.expiresAt = now + LOGIN_CHANGE_TTL_MS;
  context.changed();
  return { ok: true, pending: pendingLoginChangeView(pending) };
}

export function cancelLoginChange(context: BackendContext, user: UserRecord | undefined): void {
  if (!user?.pendingLoginChange) return;
  user.pendingLoginChange = null;
  context.changed();
}
