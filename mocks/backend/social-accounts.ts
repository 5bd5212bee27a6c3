/**
 * The app's side of a social sign-in: exchanging the code (with its PKCE verifier) to sign in or
 * to connect the account, and disconnecting a service. Every way a code can be wrong gets the one
 * `invalid_grant`, and a code presented twice ends the sessions it started (RFC 6749 §4.1.2).
 */
import { ACCOUNT_GONE, type AccountGone, type BackendContext } from './backend-context.ts';
import type { SocialAuthMode } from './authorization-request.ts';
import type { AuthorizationStore } from './authorization-store.ts';
import { findSocialIdentity, findSocialProvider, type SocialIdentity, type SocialProvider } from './social-catalogue.ts';
import { linkSocialAccount, unlinkSocialAccount, userLinkedTo } from './social-links.ts';
import { revokeSession } from './session-revocation.ts';
import type { UserRecord } from './state-schema.ts';

/** What the app sends back: the code from its redirect, its verifier and the redirect URI. */
export interface SocialCodeExchange {
  code: string;
  /** Null when the request had none; refused like a wrong one (RFC 7636 §4.6). */
  codeVerifier: string | null;
  redirectUri: string;
}

type InvalidCode = { ok: false; error: 'invalid_grant' };
const INVALID_CODE: InvalidCode = Object.freeze({ ok: false, error: 'invalid_grant' });

/** The account the code stands for; `codeHash` to tie a session to the code. */
type RedeemedCode = { ok: true; identity: SocialIdentity; provider: SocialProvider; codeHash: string };

export type SocialSignInLookup =
  | { ok: true; userId: string; codeHash: string }
  | InvalidCode
  | { ok: false; error: 'social_not_linked'; provider: SocialProvider };

export type SocialConnectResult =
  | { ok: true }
  | InvalidCode
  | { ok: false; error: 'social_taken'; provider: SocialProvider }
  | AccountGone;

export type SocialDisconnectResult =
  | { ok: true }
  | { ok: false; error: 'not_connected' | 'last_sign_in_method' }
  | AccountGone;

function redeem(
  context: BackendContext,
  store: AuthorizationStore,
  exchange: SocialCodeExchange,
  mode: SocialAuthMode,
): RedeemedCode | InvalidCode {
  const redemption = store.redeem({ ...exchange, mode });
  if (!redemption.ok) {
    endSessions(context, redemption.replayedSessionIds);
    return INVALID_CODE;
  }
  const identity = findSocialIdentity(redemption.identityId);
  const provider = identity && findSocialProvider(identity.provider);
  if (!identity || !provider) return INVALID_CODE;
  return { ok: true, identity, provider, codeHash: redemption.codeHash };
}

/** The replayed code's sessions: whoever holds their tokens may have stolen the code. */
function endSessions(context: BackendContext, sessionIds: readonly string[]): void {
  let ended = false;
  for (const session of context.state.sessions) {
    if (sessionIds.includes(session.id) && !session.revoked) {
      revokeSession(context.state, session);
      ended = true;
    }
  }
  if (ended) context.changed();
}

/**
 * Whom a `sign_in` code signs in. An account linked to nobody is refused: a Bitrix ID is never
 * created behind the person's back. The caller starts the session and ties it to `codeHash`.
 */
export function findSocialSignIn(
  context: BackendContext,
  store: AuthorizationStore,
  exchange: SocialCodeExchange,
): SocialSignInLookup {
  const redeemed = redeem(context, store, exchange, 'sign_in');
  if (!redeemed.ok) return redeemed;
  const user = userLinkedTo(context.state, redeemed.identity.id);
  if (!user) return { ok: false, error: 'social_not_linked', provider: redeemed.provider };
  return { ok: true, userId: user.id, codeHash: redeemed.codeHash };
}

/** Links the account of a `connect` code to `user`. */
export function connectSocialAccount(
  context: BackendContext,
  store: AuthorizationStore,
  user: UserRecord | undefined,
  exchange: SocialCodeExchange,
): SocialConnectResult {
  if (!user) return ACCOUNT_GONE;
  const redeemed = redeem(context, store, exchange, 'connect');
  if (!redeemed.ok) return redeemed;
  const linked = linkSocialAccount(context.state, user, redeemed.identity);
  if (!linked.ok) return { ok: false, error: 'social_taken', provider: redeemed.provider };
  context.changed();
  return { ok: true };
}

export function disconnectSocialAccount(
  context: BackendContext,
  user: UserRecord | undefined,
  providerId: string,
): SocialDisconnectResult {
  if (!user) return ACCOUNT_GONE;
  const unlinked = unlinkSocialAccount(user, providerId);
  if (unlinked.ok) context.changed();
  return unlinked;
}
