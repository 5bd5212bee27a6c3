/**
 * A Bitrix24 portal's address, as a person types or pastes it ("Add a Bitrix24"), or as the
 * Network's page links to it: its origin, its host, and whether it is a cloud Bitrix24
 * (`name.bitrix24.<zone>`) or a self-hosted one (any other https host), or a closed reason the UI
 * can word.
 *
 * A portal is an origin: its cookies, its view and what the view may navigate to are all per
 * origin. So a pasted page address (`acme.bitrix24.com/crm/deal/?id=1`, copied from a browser's
 * address bar) is taken for its portal, and its path, query and fragment are dropped, never
 * stored: a query may carry a sign-in code or a token.
 */
import { parseWebAddress, WEB_ADDRESS_PROBLEMS, type WebAddressOptions } from './web-address.ts';

/**
 * The zones Bitrix24 runs cloud portals in. Bitrix24's own code lists ru, by, kz, ua, com, de,
 * es, com.br, pl, fr, cn, in, eu, com.tr, it, id, vn and jp as its domains (the landing module's
 * domain table); uk, co, mx, ae and uz are zones whose portals answer as Bitrix24's (public
 * portal allow-lists that checked DNS). `bitrix24.net` is not a zone: it is the Network (the mock's
 * zone list has `net` for its own portals; no real portal lives there). Only `kind` depends on
 * this list: a host in a zone missing here is still accepted, as self-hosted.
 */
export const CLOUD_PORTAL_ZONES: readonly string[] = [
  'ae', 'by', 'cn', 'co', 'com', 'com.br', 'com.tr', 'de', 'es', 'eu', 'fr', 'id', 'in', 'it', 'jp',
  'kz', 'mx', 'pl', 'ru', 'ua', 'uk', 'uz', 'vn',
];

/**
 * Bitrix24's own sites in the cloud zones, never a portal: `www` (the vendor's site in every zone),
 * `helpdesk`, `training` and `apidocs` (helpdesk.bitrix24.com, training.bitrix24.com,
 * apidocs.bitrix24.com).
 */
const VENDOR_LABELS: ReadonlySet<string> = new Set(['www', 'helpdesk', 'training', 'apidocs']);

/**
 * Bitrix24's domains that hold no portal at all: the Network (www. and auth2.bitrix24.net), the
 * Bitrix24 Sites people publish (`*.bitrix24.site`) and the OAuth server (oauth.bitrix.info).
 */
const VENDOR_DOMAINS: readonly string[] = ['bitrix24.net', 'bitrix24.site', 'bitrix.info'];

export type PortalKind = 'cloud' | 'self-hosted';

/** A web address problem, or `not_a_portal`: a Bitrix24 site or name that cannot be a portal. */
export const PORTAL_ADDRESS_PROBLEMS = [...WEB_ADDRESS_PROBLEMS, 'not_a_portal'] as const;
export type PortalAddressProblem = (typeof PORTAL_ADDRESS_PROBLEMS)[number];

export type PortalAddress = { ok: true; origin: string; host: string; kind: PortalKind };
export type PortalAddressResult = PortalAddress | { ok: false; reason: PortalAddressProblem };

/** The cloud zone domain (`bitrix24.com.br`) a host is in or equals, or null. */
function cloudZoneDomainOf(hostname: string): string | null {
  let longest: string | null = null;
  for (const zone of CLOUD_PORTAL_ZONES) {
    const domain = `bitrix24.${zone}`;
    const inZone = hostname === domain || hostname.endsWith(`.${domain}`);
    if (inZone && (longest === null || domain.length > longest.length)) longest = domain;
  }
  return longest;
}

function isUnderVendorDomain(hostname: string): boolean {
  return VENDOR_DOMAINS.some((domain) => hostname === domain || hostname.endsWith(`.${domain}`));
}

/**
 * What a host under Bitrix24's domains is: a cloud portal (one name label, not one of the vendor's
 * own sites, not an international name, on the default port), `not_a_portal`, or null when the
 * host is not Bitrix24's at all.
 */
function classifyBitrix24Host(url: URL): 'cloud' | 'not_a_portal' | null {
  if (isUnderVendorDomain(url.hostname)) return 'not_a_portal';
  const zoneDomain = cloudZoneDomainOf(url.hostname);
  if (zoneDomain === null) return null;
  const name = url.hostname.slice(0, -(zoneDomain.length + 1));
  // Cloud portal names are a-z, 0-9 and "-"; a punycode label under a zone is a look-alike.
  const isPortalName = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/.test(name) && !name.startsWith('xn--');
  if (!isPortalName || VENDOR_LABELS.has(name) || url.port !== '') return 'not_a_portal';
  return 'cloud';
}

/** Whether an origin (as `URL.origin` writes it) is a cloud Bitrix24 portal's. */
export function isCloudPortalOrigin(origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.origin === origin && classifyBitrix24Host(url) === 'cloud';
}

export function parsePortalAddress(input: string, options: WebAddressOptions = {}): PortalAddressResult {
  const parsed = parseWebAddress(input, options);
  if (!parsed.ok) return parsed;
  const { url } = parsed;
  const bitrix24Host = classifyBitrix24Host(url);
  if (bitrix24Host === 'not_a_portal') return { ok: false, reason: 'not_a_portal' };
  return { ok: true, origin: url.origin, host: url.host, kind: bitrix24Host ?? 'self-hosted' };
}
