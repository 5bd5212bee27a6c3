import type { PortalAddressParse } from '../../../src-main/bitrix24/portal-list.ts';

/**
 * A stand-in for portal-address.ts's parser (written beside this work, with the same reason names):
 * a bare host gets https://, only https without credentials is a portal. The list takes whichever
 * parser it is given.
 */
export function parseTestPortalAddress(input: string): PortalAddressParse {
  const address = input.trim();
  if (address === '') return { ok: false, reason: 'empty' };
  const withScheme = /^[a-z][a-z0-9+.-]*:/iu.test(address) && !/^[^:/]+:\d+(?:\/|$)/u.test(address) ? address : `https://${address}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, reason: 'not_a_url' };
  }
  if (url.protocol === 'http:') return { ok: false, reason: 'not_https' };
  if (url.protocol !== 'https:') return { ok: false, reason: 'scheme' };
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'credentials' };
  return { ok: true, origin: url.origin };
}
