import { MAX_IMPORT_FILE_BYTES } from '../../src-preload/field-limits.ts';
import { replaceHidden } from '../security/hidden-characters.ts';

/**
 * A profile's list of portals: what was added, by address or by opening a portal from the Network's
 * page, with what the person did to it here (hidden). Pure: the file is portal-list-file.ts.
 */

/**
 * What turns a typed or imported address into a portal's origin (portal-address.ts's parser). Its
 * reasons pass through to the caller, typed, so the catalogues can word each one.
 */
export type PortalAddressParse<Reason extends string = string> = { ok: true; origin: string } | { ok: false; reason: Reason };
export type ParsePortalAddress<Reason extends string = string> = (input: string) => PortalAddressParse<Reason>;

export interface ListedPortal {
  origin: string;
  /** The portal's name as its page last said, when known. */
  title?: string;
  addedAt: number;
  hidden: boolean;
}

/** Partners run hundreds of portals; this bounds the file and the sidebar without getting in their way. */
export const MAX_PORTALS = 10_000;
/** An import file: at least the 5,000 lines a partner's export can have, with room to spare. */
export const MAX_IMPORT_LINES = 10_000;
/** No address is this long; a longer line is refused without being parsed. */
export const MAX_IMPORT_LINE_CHARS = 2048;
/** How much of a line the report repeats, enough to find it in the file. */
export const MAX_REPORTED_LINE_CHARS = 200;
export const MAX_TITLE_CHARS = 256;

/** What a page's title or an imported line may carry that would break or disguise it on screen. */
const ALL_HIDDEN = ['controls', 'bidi', 'zeroWidth'] as const;

const clip = (text: string, max: number): string => {
  const chars = [...text];
  return chars.length > max ? chars.slice(0, max).join('') : text;
};

/** A page's title as the sidebar may show it: no control or bidi characters, trimmed, at most 256 characters; undefined when nothing is left. */
export function cleanPortalTitle(title: string): string | undefined {
  const cleaned = clip(replaceHidden(title, ALL_HIDDEN, ' ').replace(/\s+/gu, ' ').trim(), MAX_TITLE_CHARS).trim();
  return cleaned === '' ? undefined : cleaned;
}

/** Why a change to the list, an import file or one of its lines was refused (besides the address parser's reasons). */
export const PORTAL_LIST_PROBLEMS = ['list_full', 'unknown_portal'] as const;
export type PortalListRefusal = (typeof PORTAL_LIST_PROBLEMS)[number];
export const IMPORT_FILE_PROBLEMS = ['too_large', 'not_text', 'too_many_lines'] as const;
export type ImportFileRefusal = (typeof IMPORT_FILE_PROBLEMS)[number];
export const IMPORT_LINE_PROBLEMS = ['line_too_long', 'list_full'] as const;
export type ImportLineRefusal = (typeof IMPORT_LINE_PROBLEMS)[number];

export type AddPortalResult<Reason extends string = string> =
  | { ok: true; outcome: 'added' | 'duplicate'; origin: string; portals: ListedPortal[] }
  | { ok: false; reason: Reason | 'list_full' };
export type PortalListChange = { ok: true; portals: ListedPortal[] } | { ok: false; reason: PortalListRefusal };

/**
 * Adds a portal by address. One entry per origin: adding one that is listed changes nothing but
 * showing it again if it was hidden, because someone who adds it wants to see it.
 */
export function addPortal<Reason extends string>(
  portals: readonly ListedPortal[],
  address: string,
  parse: ParsePortalAddress<Reason>,
  now: number,
  title?: string,
): AddPortalResult<Reason> {
  const parsed = parse(address);
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  const { origin } = parsed;
  if (portals.some((portal) => portal.origin === origin)) {
    return { ok: true, outcome: 'duplicate', origin, portals: portals.map((portal) => (portal.origin === origin ? { ...portal, hidden: false } : portal)) };
  }
  if (portals.length >= MAX_PORTALS) return { ok: false, reason: 'list_full' };
  const cleanTitle = title === undefined ? undefined : cleanPortalTitle(title);
  const added: ListedPortal = cleanTitle === undefined ? { origin, addedAt: now, hidden: false } : { origin, title: cleanTitle, addedAt: now, hidden: false };
  return { ok: true, outcome: 'added', origin, portals: [...portals, added] };
}

function changeListed(portals: readonly ListedPortal[], origin: string, change: (portal: ListedPortal) => ListedPortal): PortalListChange {
  if (!portals.some((portal) => portal.origin === origin)) return { ok: false, reason: 'unknown_portal' };
  return { ok: true, portals: portals.map((portal) => (portal.origin === origin ? change(portal) : portal)) };
}

export function removePortal(portals: readonly ListedPortal[], origin: string): PortalListChange {
  if (!portals.some((portal) => portal.origin === origin)) return { ok: false, reason: 'unknown_portal' };
  return { ok: true, portals: portals.filter((portal) => portal.origin !== origin) };
}

export function setPortalHidden(portals: readonly ListedPortal[], origin: string, hidden: boolean): PortalListChange {
  return changeListed(portals, origin, (portal) => ({ ...portal, hidden }));
}

/** Remembers the name a portal's page gave itself; an empty or unusable title forgets it. */
export function setPortalTitle(portals: readonly ListedPortal[], origin: string, title: string): PortalListChange {
  const cleaned = cleanPortalTitle(title);
  return changeListed(portals, origin, (portal) => {
    const untitled: ListedPortal = { origin: portal.origin, addedAt: portal.addedAt, hidden: portal.hidden };
    return cleaned === undefined ? untitled : { ...untitled, title: cleaned };
  });
}

export type ImportFileResult = { ok: true; text: string } | { ok: false; reason: Exclude<ImportFileRefusal, 'too_many_lines'> };

/** An import file's bytes as text: UTF-8 (a byte-order mark is dropped), at most 1 MiB, no NUL (a binary file). */
export function decodeImportFile(bytes: Uint8Array): ImportFileResult {
  if (bytes.byteLength > MAX_IMPORT_FILE_BYTES) return { ok: false, reason: 'too_large' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not_text' };
  }
  return text.includes('\u0000') ? { ok: false, reason: 'not_text' } : { ok: true, text };
}

export type ImportedLine<Reason extends string = string> =
  | { line: number; text: string; outcome: 'added' | 'duplicate'; origin: string }
  | { line: number; text: string; outcome: 'refused'; reason: Reason | ImportLineRefusal };

export type ImportResult<Reason extends string = string> =
  | { ok: true; portals: ListedPortal[]; lines: ImportedLine<Reason>[]; added: number; duplicates: number; refused: number }
  | { ok: false; reason: Exclude<ImportFileRefusal, 'not_text'> };

const splitLines = (text: string): string[] => {
  const lines = text.split(/\r\n|\r|\n/u);
  // The newline that ends the last line does not start another.
  if (lines.at(-1) === '') lines.pop();
  return lines;
};

/**
 * Adds every address of a text file, one per line; blank lines and lines starting with "#" are
 * skipped. Says for each other line (numbered from 1, as an editor does) whether it was added, was
 * already listed (or earlier in the file), or was refused and why. A file over the caps is refused
 * whole, so that nothing is half imported. Hidden portals stay hidden.
 */
export function importPortalAddresses<Reason extends string>(
  portals: readonly ListedPortal[],
  text: string,
  parse: ParsePortalAddress<Reason>,
  now: number,
): ImportResult<Reason> {
  // A UTF-16 unit is at least one UTF-8 byte, so a long string is refused before it is measured.
  if (text.length > MAX_IMPORT_FILE_BYTES || Buffer.byteLength(text, 'utf8') > MAX_IMPORT_FILE_BYTES) return { ok: false, reason: 'too_large' };
  const rawLines = splitLines(text);
  if (rawLines.length > MAX_IMPORT_LINES) return { ok: false, reason: 'too_many_lines' };

  const result: ListedPortal[] = [...portals];
  const listed = new Set(portals.map((portal) => portal.origin));
  const lines: ImportedLine<Reason>[] = [];
  rawLines.forEach((raw, index) => {
    const line = index + 1;
    const address = raw.trim();
    if (address === '' || address.startsWith('#')) return;
    // The report is shown to the person: what could disguise the line shows as a replacement mark.
    const shown = clip(replaceHidden(address, ALL_HIDDEN, '\uFFFD'), MAX_REPORTED_LINE_CHARS);
    if (address.length > MAX_IMPORT_LINE_CHARS) {
      lines.push({ line, text: shown, outcome: 'refused', reason: 'line_too_long' });
      return;
    }
    const parsed = parse(address);
    if (!parsed.ok) {
      lines.push({ line, text: shown, outcome: 'refused', reason: parsed.reason });
      return;
    }
    const { origin } = parsed;
    if (listed.has(origin)) {
      lines.push({ line, text: shown, outcome: 'duplicate', origin });
      return;
    }
    if (result.length >= MAX_PORTALS) {
      lines.push({ line, text: shown, outcome: 'refused', reason: 'list_full' });
      return;
    }
    listed.add(origin);
    result.push({ origin, addedAt: now, hidden: false });
    lines.push({ line, text: shown, outcome: 'added', origin });
  });
  const count = (outcome: ImportedLine<Reason>['outcome']) => lines.filter((entry) => entry.outcome === outcome).length;
  return { ok: true, portals: result, lines, added: count('added'), duplicates: count('duplicate'), refused: count('refused') };
}

/** The list as a text file of addresses, one origin per line, in the list's order (hidden ones too): what import reads. */
export function exportPortalAddresses(portals: readonly ListedPortal[]): string {
  return portals.map((portal) => `${portal.origin}\n`).join('');
}
