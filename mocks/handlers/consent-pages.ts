/**
 * The HTML of the mock's social consent pages: plain forms and buttons, no script, so that they
 * work under the strictest Content-Security-Policy and a test can drive them by role and name
 * ("Continue as …", "Sign in with another account", "Cancel").
 */
import type { AuthorizationProblem } from '../backend/authorization-request.ts';
import type { SocialProvider } from '../backend/social-catalogue.ts';
import type { SocialAuthorization } from '../backend/social-authorization.ts';
import { escapeHtml } from '../backend/html-escape.ts';

/** Where the pages' forms go, below the API's base path. */
export const OAUTH_AUTHORIZE_PATH = '/oauth/authorize';
export const OAUTH_ACCOUNTS_PATH = `${OAUTH_AUTHORIZE_PATH}/accounts`;
export const OAUTH_CHOOSE_PATH = `${OAUTH_AUTHORIZE_PATH}/choose`;
export const OAUTH_CANCEL_PATH = `${OAUTH_AUTHORIZE_PATH}/cancel`;

export const ANOTHER_ACCOUNT_LABEL = 'Sign in with another account';
export const CANCEL_LABEL = 'Cancel';

export function continueAsLabel(displayName: string): string {
  return `Continue as ${displayName}`;
}

const PROBLEM_TEXTS: Readonly<Record<AuthorizationProblem, string>> = {
  unknown_provider: 'This social service is not one Bitrix ID supports.',
  invalid_redirect_uri:
    'The redirect address is missing or is not a loopback address (http://127.0.0.1:<port>/… or http://[::1]:<port>/…).',
  unsupported_response_type: 'Only response_type=code is supported.',
  invalid_mode: 'The mode must be sign_in, connect or reauth.',
  missing_code_challenge: 'The request has no PKCE code challenge.',
  unsupported_code_challenge_method: 'Only the S256 code challenge method is supported.',
  invalid_code_challenge: 'The code challenge is not an S256 challenge (43 base64url characters).',
  missing_state: 'The request has no state.',
  invalid_state: 'The state is too long.',
};

export function authorizationProblemText(problem: AuthorizationProblem): string {
  return PROBLEM_TEXTS[problem];
}

export const REPEATED_PARAMETER_TEXT = 'A parameter of the request appears more than once.';
export const EXPIRED_REQUEST_TEXT = 'This sign-in page has expired or has already been used.';
export const UNKNOWN_ACCOUNT_TEXT = 'That account is not one of those offered for this sign-in.';

const STYLE = `
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #f3f5f7; color: #1f2933; }
  main { max-width: 28rem; margin: 3rem auto; padding: 2rem; background: #fff; border-radius: 12px; }
  h1 { font-size: 1.4rem; margin-top: 0; }
  form { margin: 0.75rem 0; }
  button { width: 100%; padding: 0.7rem 1rem; font: inherit; border-radius: 8px; border: 1px solid #9aa5b1; background: #fff; cursor: pointer; }
  button.primary { background: #2067b0; border-color: #2067b0; color: #fff; }
  .note { font-size: 0.85rem; color: #52606d; }
`;

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

function titleOf(authorization: SocialAuthorization): string {
  const name = authorization.provider.name;
  return authorization.mode === 'connect' ? `Connect ${name}` : `Sign in with ${name}`;
}

function introOf(authorization: SocialAuthorization): string {
  const name = escapeHtml(authorization.provider.name);
  const intro =
    authorization.mode === 'connect'
      ? `Bitrix ID Desktop wants to connect your ${name} account to your Bitrix ID.`
      : `Bitrix ID Desktop wants to sign you in to Bitrix ID with your ${name} account.`;
  return `<p>${intro}</p>
<p class="note">This is the mock Bitrix ID backend: the accounts below are test accounts, and no real ${name} account is used.</p>`;
}

function hidden(name: string, value: string): string {
  return `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`;
}

function continueForm(basePath: string, requestId: string, identity: { id: string; displayName: string }, primary: boolean): string {
  return `<form method="post" action="${escapeHtml(basePath + OAUTH_CHOOSE_PATH)}">
${hidden('request', requestId)}${hidden('identity', identity.id)}
<button type="submit"${primary ? ' class="primary"' : ''}>${escapeHtml(continueAsLabel(identity.displayName))}</button>
</form>`;
}

function cancelForm(basePath: string, requestId: string): string {
  return `<form method="post" action="${escapeHtml(basePath + OAUTH_CANCEL_PATH)}">
${hidden('request', requestId)}
<button type="submit">${escapeHtml(CANCEL_LABEL)}</button>
</form>`;
}

/** The first page: the provider's first account, another account, or cancel. */
export function consentPage(authorization: SocialAuthorization, basePath: string): string {
  const [first] = authorization.identities;
  const choices = [
    first ? continueForm(basePath, authorization.requestId, first, true) : '',
    // A GET form rather than a link, so that all three choices are buttons alike.
    `<form method="get" action="${escapeHtml(basePath + OAUTH_ACCOUNTS_PATH)}">
${hidden('request', authorization.requestId)}
<button type="submit">${escapeHtml(ANOTHER_ACCOUNT_LABEL)}</button>
</form>`,
    cancelForm(basePath, authorization.requestId),
  ];
  return layout(titleOf(authorization), `${introOf(authorization)}\n${choices.join('\n')}`);
}

/** Every account of the provider, each its own choice. */
export function accountsPage(authorization: SocialAuthorization, basePath: string): string {
  const choices = authorization.identities.map((identity) => continueForm(basePath, authorization.requestId, identity, false));
  return layout(
    titleOf(authorization),
    `${introOf(authorization)}\n<h2>Choose an account</h2>\n${choices.join('\n')}\n${cancelForm(basePath, authorization.requestId)}`,
  );
}

/** A request that cannot go on: said on the page, never sent to a redirect URI nobody checked. */
export function refusalPage(provider: SocialProvider | null, reason: string): string {
  const title = provider ? `${provider.name} sign-in cannot continue` : 'Sign-in cannot continue';
  return layout(title, `<p>${escapeHtml(reason)}</p>\n<p>Go back to Bitrix ID Desktop and try again.</p>`);
}
