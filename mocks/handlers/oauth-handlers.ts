/**
 * The consent pages the system browser shows during a social sign-in (RFC 8252): GET
 * /oauth/authorize checks the request and offers the provider's accounts; the choices post to
 * /oauth/authorize/choose or /oauth/authorize/cancel, which send the browser back to the app's
 * loopback redirect URI with a one-time code or `access_denied`, and the `state` it came with.
 */
import { http, type HttpHandler } from 'msw';
import type { AuthorizationQuery } from '../backend/authorization-request.ts';
import type { MockBackend } from '../backend/mock-backend.ts';
import type { SocialAuthorizationAnswer } from '../backend/social-authorization.ts';
import { findSocialProvider } from '../backend/social-catalogue.ts';
import {
  accountsPage,
  authorizationProblemText,
  consentPage,
  EXPIRED_REQUEST_TEXT,
  OAUTH_ACCOUNTS_PATH,
  OAUTH_AUTHORIZE_PATH,
  OAUTH_CANCEL_PATH,
  OAUTH_CHOOSE_PATH,
  refusalPage,
  REPEATED_PARAMETER_TEXT,
  UNKNOWN_ACCOUNT_TEXT,
} from './consent-pages.ts';
import { htmlPage, redirectTo } from './html-responses.ts';

/** The query parameters of an authorization request, by their OAuth names. */
const AUTHORIZE_PARAMETERS = {
  provider: 'provider',
  mode: 'mode',
  responseType: 'response_type',
  redirectUri: 'redirect_uri',
  codeChallenge: 'code_challenge',
  codeChallengeMethod: 'code_challenge_method',
  state: 'state',
} as const satisfies Record<keyof AuthorizationQuery, string>;

/** RFC 6749 §3.1: a parameter sent twice makes the whole request ambiguous. */
function hasRepeatedParameter(query: URLSearchParams): boolean {
  return Object.values(AUTHORIZE_PARAMETERS).some((name) => query.getAll(name).length > 1);
}

function authorizationQuery(query: URLSearchParams): AuthorizationQuery {
  return {
    provider: query.get(AUTHORIZE_PARAMETERS.provider),
    mode: query.get(AUTHORIZE_PARAMETERS.mode),
    responseType: query.get(AUTHORIZE_PARAMETERS.responseType),
    redirectUri: query.get(AUTHORIZE_PARAMETERS.redirectUri),
    codeChallenge: query.get(AUTHORIZE_PARAMETERS.codeChallenge),
    codeChallengeMethod: query.get(AUTHORIZE_PARAMETERS.codeChallengeMethod),
    state: query.get(AUTHORIZE_PARAMETERS.state),
  };
}

/** The fields of a posted form (application/x-www-form-urlencoded, as browsers send them). */
async function formFields(request: Request): Promise<URLSearchParams> {
  return new URLSearchParams(await request.text());
}

function answerResponse(answer: SocialAuthorizationAnswer): Response {
  if (answer.ok) return redirectTo(answer.redirectTo);
  if (answer.error === 'unknown_identity') return htmlPage(400, refusalPage(answer.authorization.provider, UNKNOWN_ACCOUNT_TEXT));
  return htmlPage(400, refusalPage(null, EXPIRED_REQUEST_TEXT));
}

export function oauthHandlers(backend: MockBackend, baseUrl: string): HttpHandler[] {
  // Path-absolute form targets keep the browser on whatever origin it reached the page by.
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '');
  return [
    http.get(`${baseUrl}${OAUTH_AUTHORIZE_PATH}`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      if (hasRepeatedParameter(query)) {
        const provider = query.getAll(AUTHORIZE_PARAMETERS.provider);
        const known = provider.length === 1 ? findSocialProvider(provider[0] ?? '') : undefined;
        return htmlPage(400, refusalPage(known ?? null, REPEATED_PARAMETER_TEXT));
      }
      const start = backend.startSocialAuthorization(authorizationQuery(query));
      if (!start.ok) return htmlPage(400, refusalPage(start.provider, authorizationProblemText(start.problem)));
      return htmlPage(200, consentPage(start.authorization, basePath));
    }),

    http.get(`${baseUrl}${OAUTH_ACCOUNTS_PATH}`, ({ request }) => {
      const requestId = new URL(request.url).searchParams.get('request') ?? '';
      const authorization = backend.socialAuthorization(requestId);
      if (!authorization) return htmlPage(400, refusalPage(null, EXPIRED_REQUEST_TEXT));
      return htmlPage(200, accountsPage(authorization, basePath));
    }),

    http.post(`${baseUrl}${OAUTH_CHOOSE_PATH}`, async ({ request }) => {
      const form = await formFields(request);
      return answerResponse(backend.chooseSocialIdentity(form.get('request') ?? '', form.get('identity') ?? ''));
    }),

    http.post(`${baseUrl}${OAUTH_CANCEL_PATH}`, async ({ request }) => {
      const form = await formFields(request);
      return answerResponse(backend.denySocialAuthorization(form.get('request') ?? ''));
    }),
  ];
}
