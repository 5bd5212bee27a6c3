/** How account records look from outside: the profile and the list of sessions. */
import { activePendingChange, pendingLoginChangeView, type PendingLoginChange } from './pending-login-change.ts';
import type { MockSnapshot, SessionRecord, UserRecord } from './state-schema.ts';

export interface SocialAccount {
  provider: string;
  displayName: string;
}

export interface UserProfile {
  id: string;
  name: string;
  lastName: string;
  displayName: string;
  email: string | null;
  /** E.164. */
  phone: string | null;
  /** ISO time, or null when the server does not know. */
  passwordChangedAt: string | null;
  pendingLoginChange: PendingLoginChange | null;
  socialAccounts: SocialAccount[];
  hasPassword: boolean;
  twoFactor: { enabled: boolean; recoveryCodesLeft: number };
}

export interface SessionSummary {
  id: string;
  deviceName: string;
  client: SessionRecord['client'];
  location: string | null;
  /** ISO time. */
  lastActiveAt: string;
  /** The session the caller's own access token belongs to. */
  current: boolean;
}

/** What a session made without a device name is listed as. */
export const UNKNOWN_DEVICE_NAME = 'Unknown device';

/** "Name Last-name", or whichever of the two the person filled in. */
export function displayNameOf(user: UserRecord): string {
  return [user.name, user.lastName].filter((part) => part !== '').join(' ');
}

export function userProfile(user: UserRecord, now: number): UserProfile {
  const pending = activePendingChange(user, now);
  return {
    id: user.id,
    name: user.name,
    lastName: user.lastName,
    displayName: displayNameOf(user),
    email: user.email,
    phone: user.phone,
    passwordChangedAt: user.passwordChangedAt === null ? null : new Date(user.passwordChangedAt).toISOString(),
    pendingLoginChange: pending ? pendingLoginChangeView(pending) : null,
    socialAccounts: user.socialAccounts.map((account) => ({ provider: account.provider, displayName: account.displayName })),
    hasPassword: user.passwordHash !== null,
    twoFactor: {
      enabled: user.twoFactor !== null,
      recoveryCodesLeft: user.twoFactor?.recoveryCodeHashes.length ?? 0,
    },
  };
}

/** The user's live sessions: the caller's own first, then the most recently active. */
export function sessionSummaries(state: MockSnapshot, caller: { userId: string; sessionId: string }): SessionSummary[] {
  return state.sessions
    .filter((session) => session.userId === caller.userId && !session.revoked)
    .sort((a, b) => {
      const aCurrent = a.id === caller.sessionId ? 1 : 0;
      const bCurrent = b.id === caller.sessionId ? 1 : 0;
      return bCurrent - aCurrent || b.lastActiveAt - a.lastActiveAt || b.createdAt - a.createdAt;
    })
    .map((session) => ({
      id: session.id,
      deviceName: session.deviceName ?? UNKNOWN_DEVICE_NAME,
      client: session.client,
      location: session.location,
      lastActiveAt: new Date(session.lastActiveAt).toISOString(),
      current: session.id === caller.sessionId,
    }));
}
