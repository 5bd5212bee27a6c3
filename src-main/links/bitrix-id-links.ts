/**
 * Strict parsing of the app's own links, wherever they come from (pasted into a form, or handed
 * over by the OS). Unknown hosts, unknown or repeated parameters, oversized values and logins
 * with invisible characters are refused rather than guessed at.
 */
import { MAX_LINK_LENGTH, MAX_LOGIN_LENGTH } from '../../src-preload/field-limits.ts';
import { containsHidden } from '../security/hidden-characters.ts';

export type BitrixIdLink =
  | { kind: 'confirm-login'; token: string }
  | { kind: 'recover'; login: string; checkword: string };

/** The app's own URL scheme, registered with the OS. */
export const LINK_SCHEME = 'bitrixid';
const SCHEME = `${LINK_SCHEME}:`;
const TOKEN = /^[A-Za-z0-9_-]{16,512}$/;
const CHECKWORD = /^[A-Za-z0-9]{4,64}$/;
/**
 * Control characters (C0, DEL, C1), bidi marks, embeddings, overrides and isolates, line and
 * paragraph separators, and zero-width characters: in a login shown from a link they can make it
 * read as another address (`%E2%80%AE` reverses what follows), so such a login is refused.
 */
const hasHiddenCharacters = (login: string) => containsHidden(login, ['controls', 'bidi', 'zeroWidth', 'joiners']);

const allowedParameters: Record<BitrixIdLink['kind'], readonly string[]> = {
  'confirm-login': ['token'],
  recover: ['login', 'checkword'],
};

function singleParameters(url: URL, allowed: readonly string[]): Map<string, string> | null {
  const values = new Map<string, string>();
  for (const [name, value] of url.searchParams) {
    if (!allowed.includes(name) || values.has(name)) return null;
    values.set(name, value);
  }
  return values;
}

export function parseBitrixIdLink(text: string): BitrixIdLink | null {
  if (text.length > MAX_LINK_LENGTH || !text.toLowerCase().startsWith(SCHEME)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.username || url.password || url.port || url.hash || (url.pathname !== '' && url.pathname !== '/')) return null;
  const kind = url.host;
  if (kind !== 'confirm-login' && kind !== 'recover') return null;
  const parameters = singleParameters(url, allowedParameters[kind]);
  if (!parameters) return null;
  if (kind === 'confirm-login') {
    const token = parameters.get('token') ?? '';
    return TOKEN.test(token) ? { kind, token } : null;
  }
  const rawLogin = parameters.get('login') ?? '';
  const login = rawLogin.trim();
  const checkword = parameters.get('checkword') ?? '';
  if (hasHiddenCharacters(rawLogin) || login === '' || login.length > MAX_LOGIN_LENGTH || !CHECKWORD.test(checkword)) return null;
  return { kind, login, checkword };
}

/** What the person pasted to confirm a login change: the link, its token, or the SMS code. */
export function parseLoginConfirmation(text: string): { token: string } | { code: string } | null {
  const value = text.trim();
  if (/^\d{6}$/.test(value)) return { code: value };
  if (TOKEN.test(value)) return { token: value };
  const link = parseBitrixIdLink(value);
  return link?.kind === 'confirm-login' ? { token: link.token } : null;
}

/** The checkword field accepts the checkword or the whole recovery link (whose login then wins). */
export function parseRecoveryInput(login: string, checkwordText: string): { login: string; checkword: string } | null {
  const value = checkwordText.trim();
  if (CHECKWORD.test(value)) return login.trim() === '' ? null : { login: login.trim(), checkword: value };
  const link = parseBitrixIdLink(value);
  return link?.kind === 'recover' ? { login: link.login, checkword: link.checkword } : null;
}
