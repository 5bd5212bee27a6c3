/**
 * The shared first step of every address a person or the command line gives the web mode (a
 * portal's, the Network's): from free text to a safe https URL, or a closed reason the UI can word.
 * What the URL is then taken for (a portal, the Network) is the caller's job.
 *
 * The rules: surrounding white space is trimmed; a bare host gets `https://`; only http(s) is a web
 * address at all; https only, because a portal's or the Network's cookies are the person's session;
 * no user name or password in it (`https://user:pw@…` shows one address and logs in somewhere);
 * a host name, never a bare IP address (a Bitrix24, cloud or self-hosted, is reached by its name,
 * and a certificate for an IP is rare enough that a typed IP is a mistake or a trick); and never
 * this computer (`localhost`, `*.localhost`, 127.x, ::1), except when `allowLoopback` is set, for
 * tests and the emulated Network, which run on loopback over plain http. International names are
 * kept in their ASCII (punycode) form, as the URL parser writes them, so a look-alike name shows as
 * what it is.
 */
import { webAddressProblems } from '../../src-preload/contract.ts';
import { MAX_LINK_LENGTH } from '../../src-preload/field-limits.ts';
import { isLoopbackHostname } from '../security/urls.ts';

/** Why a text is not a usable web address: the contract's closed set, each worded by the UI. */
export const WEB_ADDRESS_PROBLEMS = webAddressProblems;
export type WebAddressProblem = (typeof WEB_ADDRESS_PROBLEMS)[number];

export interface WebAddressOptions {
  /** Let loopback hosts in, over http or https: tests and the emulated Network only. */
  allowLoopback?: boolean;
}

export type WebAddressResult = { ok: true; url: URL } | { ok: false; reason: WebAddressProblem };

/** Far beyond any real address; a longer paste is not an address. */
export const MAX_ADDRESS_LENGTH = MAX_LINK_LENGTH;
/** RFC 1035: a name of at most 253 characters, each label at most 63. */
const MAX_HOST_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;

/** A DNS host name label as the URL parser leaves it (lower case; punycode for other scripts). */
const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
/** `scheme:` at the start, as RFC 3986 spells a scheme. */
const SCHEME_PREFIX = /^([a-z][a-z0-9+.-]*):/i;
/**
 * `host:port`, which looks like a scheme to a URL parser: a dotted name or localhost, a colon,
 * digits, then the path or the end. A scheme has no dot in practice, so `javascript:1` stays one.
 */
const HOST_WITH_PORT = /^(?:[^/?#:@]*\.[^/?#:@]*|localhost):\d+(?:[/?#]|$)/i;

/** This machine, including `*.localhost`, which browsers resolve to loopback. */
export function isLoopbackHost(hostname: string): boolean {
  return isLoopbackHostname(hostname) || hostname.endsWith('.localhost');
}

function isIpAddress(hostname: string): boolean {
  return hostname.startsWith('[') || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(hostname);
}

/** Puts `https://` before a bare host (`acme.bitrix24.com`, `//acme…`, `portal.example:8443`). */
function withScheme(text: string): { text: string } | { reason: 'scheme' } {
  if (text.startsWith('//')) return { text: `https:${text}` };
  if (HOST_WITH_PORT.test(text)) return { text: `https://${text}` };
  const scheme = SCHEME_PREFIX.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined) return { text: `https://${text}` };
  if (scheme === 'http' || scheme === 'https') return { text };
  return { reason: 'scheme' };
}

function hostProblem(hostname: string): WebAddressProblem | null {
  if (hostname.length > MAX_HOST_LENGTH) return 'too_long';
  const labels = hostname.split('.');
  if (labels.some((label) => label.length > MAX_LABEL_LENGTH)) return 'too_long';
  if (!labels.every((label) => HOST_LABEL.test(label))) return 'not_a_url';
  if (labels.length < 2) return 'incomplete';
  return null;
}

export function parseWebAddress(input: string, options: WebAddressOptions = {}): WebAddressResult {
  // The URL parser drops tabs and newlines anywhere; dropping them first keeps `java\tscript:` a scheme.
  const text = input.trim().replace(/[\t\n\r]/g, '');
  if (text === '') return { ok: false, reason: 'empty' };
  if (text.length > MAX_ADDRESS_LENGTH) return { ok: false, reason: 'too_long' };
  const schemed = withScheme(text);
  if ('reason' in schemed) return { ok: false, reason: schemed.reason };

  let url: URL;
  try {
    url = new URL(schemed.text);
  } catch {
    return { ok: false, reason: 'not_a_url' };
  }
  if (url.hostname === '') return { ok: false, reason: 'not_a_url' };
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'credentials' };
  // A fully qualified name's trailing dot names the same host; without it the origin is the usual one.
  if (url.hostname.endsWith('.') && !isIpAddress(url.hostname)) url.hostname = url.hostname.slice(0, -1);

  const loopback = isLoopbackHost(url.hostname);
  if (loopback) {
    if (options.allowLoopback !== true) return { ok: false, reason: 'loopback' };
    return { ok: true, url };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: 'not_https' };
  if (isIpAddress(url.hostname)) return { ok: false, reason: 'ip_address' };
  const problem = hostProblem(url.hostname);
  return problem === null ? { ok: true, url } : { ok: false, reason: problem };
}
