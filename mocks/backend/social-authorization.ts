/**
 * The consent page's side of a social sign-in: open a checked request, show it, and end it with
 * the person's choice (a code for one of the provider's accounts) or their refusal.
 */
import {
  validateAuthorizationRequest,
  type AuthorizationProblem,
  type AuthorizationQuery,
  type SocialAuthMode,
} from './authorization-request.ts';
import type { AuthorizationStore, PendingAuthorization } from './authorization-store.ts';
import { identitiesOf, type SocialIdentity, type SocialProvider } from './social-catalogue.ts';

/** A request waiting on the consent page, as the page shows it. */
export interface SocialAuthorization {
  /** Opaque and unguessable; names the request in the page's choices. */
  requestId: string;
  provider: SocialProvider;
  mode: SocialAuthMode;
  /** The provider's accounts; the page offers the first one first. */
  identities: SocialIdentity[];
}

export type SocialAuthorizationStart =
  | { ok: true; authorization: SocialAuthorization }
  | { ok: false; problem: AuthorizationProblem; provider: SocialProvider | null };

/** `redirectTo`: where the browser goes next, the app's loopback redirect URI with the answer. */
export type SocialAuthorizationAnswer =
  | { ok: true; redirectTo: string }
  | { ok: false; error: 'unknown_request' }
  | { ok: false; error: 'unknown_identity'; authorization: SocialAuthorization };

function view(request: PendingAuthorization): SocialAuthorization {
  return {
    requestId: request.id,
    provider: { ...request.provider },
    mode: request.mode,
    identities: identitiesOf(request.provider.id),
  };
}

export function startSocialAuthorization(store: AuthorizationStore, query: AuthorizationQuery): SocialAuthorizationStart {
  const validation = validateAuthorizationRequest(query);
  if (!validation.ok) return validation;
  return { ok: true, authorization: view(store.open(validation.params)) };
}

/** The request if it is still waiting: not answered, not expired. */
export function findSocialAuthorization(store: AuthorizationStore, requestId: string): SocialAuthorization | null {
  const request = store.find(requestId);
  return request ? view(request) : null;
}

/** The person chose an account: only one of the request's provider's accounts can be chosen. */
export function chooseSocialIdentity(
  store: AuthorizationStore,
  requestId: string,
  identityId: string,
): SocialAuthorizationAnswer {
  const request = store.find(requestId);
  if (!request) return { ok: false, error: 'unknown_request' };
  const authorization = view(request);
  if (!authorization.identities.some((identity) => identity.id === identityId)) {
    // The request stays open: the person can still pick one of the accounts offered.
    return { ok: false, error: 'unknown_identity', authorization };
  }
  const redirectTo = store.approve(requestId, identityId);
  return redirectTo === undefined ? { ok: false, error: 'unknown_request' } : { ok: true, redirectTo };
}

export function denySocialAuthorization(store: AuthorizationStore, requestId: string): SocialAuthorizationAnswer {
  const redirectTo = store.deny(requestId);
  return redirectTo === undefined ? { ok: false, error: 'unknown_request' } : { ok: true, redirectTo };
}
