import { isLoopbackHostname } from '../../security/urls.ts';

/** The portal's domain as a URL host (lower case, punycode), or null when it is not a bare host. */
function hostOfDomain(domain: string): string | null {
  if (domain === '' || /[\s/?#@\\]/.test(domain)) return null;
  try {
    return new URL(`https://${domain}`).host;
  } catch {
    return null;
  }
}

/**
 * Whether a one-time sign-in link from the server may be loaded for the portal on `domain`: https on
 * exactly the portal's own host, so the ticket in it never travels in the clear nor to anyone else;
 * plain http only when that host is this machine (a local mock). No credentials in it.
 */
export function isPortalSignInUrl(text: string, domain: string): boolean {
  const host = hostOfDomain(domain);
  if (host === null) return false;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.username || url.password || url.host !== host) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHostname(url.hostname));
}
