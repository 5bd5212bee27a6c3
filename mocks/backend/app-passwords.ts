/**
 * Application passwords: for programs that cannot do two-step sign-in (mail, calendar sync). Each is
 * 16 random lowercase letters, shown once and stored as a SHA-256 hash (128 random bits leave nothing
 * to brute-force). One signs in with the password grant in place of the account's password, without
 * the second step, and its session may read the account but never change it.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { ACCOUNT_GONE, type AccountGone, type BackendContext, type InvalidFields } from './backend-context.ts';
import { sha256Hex } from './secrets.ts';
import type { AppPasswordRecord, MockSnapshot, UserRecord } from './state-schema.ts';
import { revokeSession } from './session-revocation.ts';

export const MAX_APP_PASSWORDS = 20;
export const MAX_APP_PASSWORD_NAME_LENGTH = 64;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const GROUPS = 4;
const GROUP_LENGTH = 4;
// C0 and C1 controls, DEL, and the invisible format characters a name must not hide.
const CONTROL_CHARACTERS = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

export interface AppPasswordView {
  id: string;
  name: string;
  /** ISO times. */
  createdAt: string;
  lastUsedAt: string | null;
}

export type AppPasswordCreateOutcome =
  | { ok: true; appPassword: AppPasswordView; password: string }
  | InvalidFields
  | { ok: false; error: 'app_password_limit_reached' }
  | AccountGone;

export type AppPasswordRevokeOutcome = { ok: true } | { ok: false; error: 'not_found' };

/** As typed into a mail program: case and spaces do not matter. */
function normalisedAppPassword(password: string): string {
  return password.toLowerCase().replace(/\s+/g, '');
}

function newAppPassword(): string {
  const groups: string[] = [];
  for (let group = 0; group < GROUPS; group++) {
    let letters = '';
    for (let index = 0; index < GROUP_LENGTH; index++) letters += LETTERS[randomInt(0, LETTERS.length)];
    groups.push(letters);
  }
  return groups.join(' ');
}

function nameProblem(name: string): 'required' | 'too_long' | 'invalid' | null {
  if (name === '') return 'required';
  if ([...name].length > MAX_APP_PASSWORD_NAME_LENGTH) return 'too_long';
  return CONTROL_CHARACTERS.test(name) ? 'invalid' : null;
}

function appPasswordView(record: AppPasswordRecord): AppPasswordView {
  return {
    id: record.id,
    name: record.name,
    createdAt: new Date(record.createdAt).toISOString(),
    lastUsedAt: record.lastUsedAt === null ? null : new Date(record.lastUsedAt).toISOString(),
  };
}

/** Newest first. */
export function listAppPasswords(user: UserRecord): AppPasswordView[] {
  return user.appPasswords
    .map((record, index) => ({ record, index }))
    .sort((a, b) => b.record.createdAt - a.record.createdAt || b.index - a.index)
    .map(({ record }) => appPasswordView(record));
}

/**
 * Synchronous from the limit check to the insert, so concurrent requests cannot pass the limit
 * between the two.
 */
export function createAppPassword(context: BackendContext, user: UserRecord | undefined, rawName: string): AppPasswordCreateOutcome {
  if (!user) return ACCOUNT_GONE;
  const name = rawName.trim();
  const problem = nameProblem(name);
  if (problem) return { ok: false, error: 'invalid_request', fields: { name: problem } };
  if (user.appPasswords.length >= MAX_APP_PASSWORDS) return { ok: false, error: 'app_password_limit_reached' };
  const password = newAppPassword();
  // Both forms are registered, so a leak of either (as shown, or as typed without spaces) is found.
  context.rememberCode(password);
  const record: AppPasswordRecord = {
    id: `ap_${randomUUID()}`,
    name,
    passwordHash: context.rememberCode(normalisedAppPassword(password)),
    createdAt: context.now(),
    lastUsedAt: null,
  };
  user.appPasswords.push(record);
  context.changed();
  return { ok: true, appPassword: appPasswordView(record), password };
}

/** Removes the password and ends every session that signed in with it. */
export function revokeAppPassword(context: BackendContext, user: UserRecord | undefined, id: string): AppPasswordRevokeOutcome {
  const index = user?.appPasswords.findIndex((record) => record.id === id) ?? -1;
  if (!user || index < 0) return { ok: false, error: 'not_found' };
  user.appPasswords.splice(index, 1);
  for (const session of context.state.sessions) {
    if (session.appPasswordId === id && !session.revoked) revokeSession(context.state, session);
  }
  context.changed();
  return { ok: true };
}

/** The user's application password this is (typed in any case, with or without spaces), or null. */
export function findAppPassword(user: UserRecord, password: string): AppPasswordRecord | null {
  const hash = sha256Hex(normalisedAppPassword(password));
  return user.appPasswords.find((record) => record.passwordHash === hash) ?? null;
}

/** Moves the password's "last used" to now (a sign-in or a refresh with it). */
export function markAppPasswordUsed(state: MockSnapshot, userId: string, appPasswordId: string, now: number): void {
  const user = state.users.find((candidate) => candidate.id === userId);
  const record = user?.appPasswords.find((candidate) => candidate.id === appPasswordId);
  if (record) record.lastUsedAt = now;
}

/** Scopes the token endpoint grants (RFC 6749 §3.3): a session of an application password cannot change the account. */
export const FULL_SCOPE = 'profile portals account';
export const APP_PASSWORD_SCOPE = 'profile portals';
