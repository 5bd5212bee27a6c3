/**
 * Checks a social sign-in request (`GET /oauth/authorize`) before anything is shown: the provider,
 * the loopback redirect URI, `response_type=code`, an S256 PKCE challenge and a `state`. A request
 * that fails any of them is refused outright, never redirected, since its redirect URI cannot be
 * trusted.
 */
import { isLoopbackRedirectUri } from './loopback-redirect.ts';
import { isS256Challenge } from './pkce.ts';
import { findSocialProvider, type SocialProvider } from './social-catalogue.ts';

/**
 * `sign_in` signs in to the Bitrix ID the account is linked to; `connect` links it to the caller's;
 * `reauth` proves the caller is the person, with a service already linked to their account.
 */
export const SOCIAL_AUTH_MODES = ['sign_in', 'connect', 'reauth'] as const;
export type SocialAuthMode = (typeof SOCIAL_AUTH_MODES)[number];

/** The query as received; null where a parameter is absent. */
export interface AuthorizationQuery {
  provider: string | null;
  mode: string | null;
  responseType: string | null;
  redirectUri: string | null;
  codeChallenge: string | null;
  codeChallengeMethod: string | null;
  state: string | null;
}

export interface AuthorizationParams {
  provider: SocialProvider;
  mode: SocialAuthMode;
  redirectUri: string;
  codeChallenge: string;
  /** Returned untouched with the code or the refusal; checking it is the client's job. */
  state: string;
}

export type AuthorizationProblem =
  | 'unknown_provider'
  | 'invalid_redirect_uri'
  | 'unsupported_response_type'
  | 'invalid_mode'
  | 'missing_code_challenge'
  | 'unsupported_code_challenge_method'
  | 'invalid_code_challenge'
  | 'missing_state'
  | 'invalid_state';

export type AuthorizationValidation =
  | { ok: true; params: AuthorizationParams }
  /** `provider` when it was a known one, so the refusal can still name it. */
  | { ok: false; problem: AuthorizationProblem; provider: SocialProvider | null };

/** Far more than the app's 32 characters; a bound keeps a hostile request from bloating memory. */
export const MAX_STATE_LENGTH = 1024;

function isMode(value: string): value is SocialAuthMode {
  return (SOCIAL_AUTH_MODES as readonly string[]).includes(value);
}

export function validateAuthorizationRequest(query: AuthorizationQuery): AuthorizationValidation {
  const provider = query.provider === null ? undefined : findSocialProvider(query.provider);
  if (!provider) return { ok: false, problem: 'unknown_provider', provider: null };
  const refuse = (problem: AuthorizationProblem): AuthorizationValidation => ({ ok: false, problem, provider });

  // First after the provider: everything below is about a request whose answer goes there.
  if (query.redirectUri === null || !isLoopbackRedirectUri(query.redirectUri)) return refuse('invalid_redirect_uri');
  if (query.responseType !== 'code') return refuse('unsupported_response_type');
  // Absent means sign-in: the mode is this API's own parameter, not OAuth's.
  const mode = query.mode ?? 'sign_in';
  if (!isMode(mode)) return refuse('invalid_mode');
  if (query.codeChallenge === null || query.codeChallenge === '') return refuse('missing_code_challenge');
  // RFC 7636 §4.3 makes an absent method mean `plain`, which is refused like any other but S256.
  if (query.codeChallengeMethod !== 'S256') return refuse('unsupported_code_challenge_method');
  if (!isS256Challenge(query.codeChallenge)) return refuse('invalid_code_challenge');
  if (query.state === null || query.state === '') return refuse('missing_state');
  if (query.state.length > MAX_STATE_LENGTH) return refuse('invalid_state');

  return {
    ok: true,
    params: { provider, mode, redirectUri: query.redirectUri, codeChallenge: query.codeChallenge, state: query.state },
  };
}
