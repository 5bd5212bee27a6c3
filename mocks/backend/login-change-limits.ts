/**
 * How often login-change links and codes may be sent, so that nobody can send e-mail or SMS in
 * bulk through the mock or fish for a code by asking for fresh ones: per account, at most 3 new
 * change requests within 10 minutes; per new address, at most 3 messages (requests and resends,
 * from every account) within an hour.
 */
import { attemptsWithin, retryAfterSeconds, withoutOne, type AttemptLimit } from './attempt-window.ts';
import { loginKeyHashOf } from './login-identifier.ts';
import type { MockSnapshot, UserRecord } from './state-schema.ts';

export const MAX_LOGIN_CHANGE_REQUESTS = 3;
export const LOGIN_CHANGE_REQUEST_WINDOW_MS = 10 * 60 * 1000;
export const MAX_LOGIN_CHANGE_MESSAGES_PER_TARGET = 3;
export const LOGIN_CHANGE_TARGET_WINDOW_MS = 60 * 60 * 1000;

const REQUEST_LIMIT: AttemptLimit = { max: MAX_LOGIN_CHANGE_REQUESTS, windowMs: LOGIN_CHANGE_REQUEST_WINDOW_MS };
const TARGET_LIMIT: AttemptLimit = { max: MAX_LOGIN_CHANGE_MESSAGES_PER_TARGET, windowMs: LOGIN_CHANGE_TARGET_WINDOW_MS };

/**
 * Takes one of the account's request slots, or says how many seconds until one is free. Taken
 * before the slow password check, so that requests racing each other cannot all get through.
 */
export function reserveRequestSlot(user: UserRecord, now: number): { ok: true } | { ok: false; retryAfterSeconds: number } {
  const waitSeconds = retryAfterSeconds(user.loginChangeRequestedAt, now, REQUEST_LIMIT);
  if (waitSeconds !== null) return { ok: false, retryAfterSeconds: waitSeconds };
  user.loginChangeRequestedAt = [...attemptsWithin(user.loginChangeRequestedAt, now, LOGIN_CHANGE_REQUEST_WINDOW_MS), now];
  return { ok: true };
}

/** Gives back a slot taken at `takenAt` by a request that sent nothing. */
export function releaseRequestSlot(user: UserRecord, takenAt: number): void {
  user.loginChangeRequestedAt = withoutOne(user.loginChangeRequestedAt, takenAt);
}

function sendsTo(state: MockSnapshot, targetKeyHash: string, now: number): number[] {
  return state.loginChangeSends
    .filter((send) => send.targetKeyHash === targetKeyHash)
    .map((send) => send.sentAt)
    .filter((sentAt) => now - sentAt < LOGIN_CHANGE_TARGET_WINDOW_MS);
}

/** Seconds until another message may go to `target`, or null when one may go now. */
export function targetRetryAfterSeconds(state: MockSnapshot, target: string, now: number): number | null {
  return retryAfterSeconds(sendsTo(state, loginKeyHashOf(target).keyHash, now), now, TARGET_LIMIT);
}

/** Counts a message sent to `target`; sends older than the window are dropped on the way. */
export function recordSendTo(state: MockSnapshot, target: string, now: number): void {
  const recent = state.loginChangeSends.filter((send) => now - send.sentAt < LOGIN_CHANGE_TARGET_WINDOW_MS);
  state.loginChangeSends = [...recent, { targetKeyHash: loginKeyHashOf(target).keyHash, sentAt: now }];
}
