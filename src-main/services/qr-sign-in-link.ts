/**
 * Which text a signed-in person may paste to approve a QR sign-in: the QR code's link, only on the
 * API server this app talks to (its origin, and its base path followed by `/qr`), or the bare user
 * code. Anything else approves nothing, so a link from another server cannot be passed off as ours.
 */

/**
 * A user code's sane shape: letters only, once spaces and dashes are gone. Which letters and how
 * many the server hands out is its business: a code it never gave answers not_found.
 */
const USER_CODE = /^[A-Z]{4,16}$/;

/** `bcdf-ghjk` and `BCDF GHJK` are `BCDFGHJK`; anything not of a code's shape is null. */
export function normaliseUserCode(typed: string): string | null {
  const bare = typed.replace(/[\s-]/g, '').toUpperCase();
  return USER_CODE.test(bare) ? bare : null;
}

/** The user code the pasted text carries, or null when it is not a link to this server's `/qr` nor a code. */
export function userCodeFromLink(text: string, apiBaseUrl: string): string | null {
  const trimmed = text.trim();
  if (!/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return normaliseUserCode(trimmed);
  let link: URL;
  let base: URL;
  try {
    link = new URL(trimmed);
    base = new URL(apiBaseUrl);
  } catch {
    return null;
  }
  const qrPath = `${base.pathname.replace(/\/+$/, '')}/qr`;
  if (link.origin !== base.origin || link.pathname !== qrPath || link.username !== '' || link.password !== '') return null;
  const codes = link.searchParams.getAll('code');
  return codes.length === 1 && codes[0] !== undefined ? normaliseUserCode(codes[0]) : null;
}
