import { MAX_IMPORT_FILE_BYTES } from '../../../src-preload/field-limits.ts';
import { describe, expect, it } from 'vitest';
import {
  MAX_IMPORT_LINES,
  MAX_PORTALS,
  MAX_REPORTED_LINE_CHARS,
  addPortal,
  cleanPortalTitle,
  decodeImportFile,
  exportPortalAddresses,
  importPortalAddresses,
  removePortal,
  setPortalHidden,
  setPortalTitle,
  type ImportResult,
  type ListedPortal,
} from '../../../src-main/bitrix24/portal-list.ts';
import { parseTestPortalAddress as parse } from './fake-portal-address.ts';

const now = 1_767_000_000_000;
const acme = 'https://acme.bitrix24.com';
const globex = 'https://globex.bitrix24.de';

const listOf = (...origins: string[]): ListedPortal[] => origins.map((origin) => ({ origin, addedAt: now, hidden: false }));
const manyPortals = (count: number): ListedPortal[] => Array.from({ length: count }, (_, index) => ({ origin: `https://p${index}.bitrix24.com`, addedAt: now, hidden: false }));

const imported = (result: ImportResult) => {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
};

describe('addPortal', () => {
  it('adds a portal by address, as its origin, at the end of the list', () => {
    const result = addPortal(listOf(globex), 'acme.bitrix24.com', parse, now);
    expect(result).toEqual({ ok: true, outcome: 'added', origin: acme, portals: [...listOf(globex), { origin: acme, addedAt: now, hidden: false }] });
  });

  it('keeps a title the portal gave, cleaned', () => {
    const result = addPortal([], acme, parse, now, '  Acme\u202E  Corp\n');
    expect(result.ok && result.portals[0]).toEqual({ origin: acme, title: 'Acme Corp', addedAt: now, hidden: false });
  });

  it('lists each origin once, whatever the address looked like', () => {
    for (const again of [acme, `${acme}/`, `${acme}/stream/?x=1#top`, 'ACME.bitrix24.com', 'https://acme.bitrix24.com:443']) {
      const result = addPortal(listOf(acme), again, parse, now + 1);
      expect(result, again).toEqual({ ok: true, outcome: 'duplicate', origin: acme, portals: listOf(acme) });
    }
  });

  it('shows a hidden portal again when it is added again', () => {
    const hidden = [{ origin: acme, addedAt: now, hidden: true }];
    expect(addPortal(hidden, acme, parse, now + 1)).toEqual({ ok: true, outcome: 'duplicate', origin: acme, portals: listOf(acme) });
  });

  it('refuses what the address parser refuses, with its reason, and changes nothing', () => {
    for (const [address, reason] of [
      ['javascript:alert(1)', 'scheme'],
      ['file:///etc/passwd', 'scheme'],
      ['http://acme.bitrix24.com', 'not_https'],
      ['https://user:secret@acme.bitrix24.com', 'credentials'],
      ['', 'empty'],
      ['https://', 'not_a_url'],
    ] as const) {
      expect(addPortal(listOf(globex), address, parse, now), address).toEqual({ ok: false, reason });
    }
  });

  it(`stops at ${MAX_PORTALS} portals`, () => {
    expect(addPortal(manyPortals(MAX_PORTALS), acme, parse, now)).toEqual({ ok: false, reason: 'list_full' });
  });
});

describe('removePortal and setPortalHidden', () => {
  it('remove one portal and keep the others in order', () => {
    expect(removePortal(listOf(acme, globex), acme)).toEqual({ ok: true, portals: listOf(globex) });
  });

  it('hide and show a portal', () => {
    const hidden = setPortalHidden(listOf(acme, globex), globex, true);
    expect(hidden).toEqual({ ok: true, portals: [...listOf(acme), { origin: globex, addedAt: now, hidden: true }] });
    expect(hidden.ok && setPortalHidden(hidden.portals, globex, false)).toEqual({ ok: true, portals: listOf(acme, globex) });
  });

  it('refuse a portal that is not listed', () => {
    expect(removePortal(listOf(acme), globex)).toEqual({ ok: false, reason: 'unknown_portal' });
    expect(setPortalHidden(listOf(acme), globex, true)).toEqual({ ok: false, reason: 'unknown_portal' });
    expect(setPortalTitle(listOf(acme), globex, 'Globex')).toEqual({ ok: false, reason: 'unknown_portal' });
  });
});

describe('portal titles', () => {
  it('are remembered clean and forgotten when empty', () => {
    const titled = setPortalTitle(listOf(acme), acme, 'Acme');
    expect(titled).toEqual({ ok: true, portals: [{ origin: acme, title: 'Acme', addedAt: now, hidden: false }] });
    expect(titled.ok && setPortalTitle(titled.portals, acme, ' \u200F ')).toEqual({ ok: true, portals: listOf(acme) });
  });

  it('lose control and bidi characters and stop at 256 characters', () => {
    expect(cleanPortalTitle('Acme\u0000\u202E\u2066Corp\u2069')).toBe('Acme Corp');
    expect(cleanPortalTitle('a\r\nb\tc')).toBe('a b c');
    expect(cleanPortalTitle('é'.repeat(300))).toBe('é'.repeat(256));
    expect(cleanPortalTitle('😀'.repeat(300))).toBe('😀'.repeat(256));
    expect(cleanPortalTitle('   ')).toBeUndefined();
  });
});

describe('importPortalAddresses', () => {
  it('adds each address, skipping blank lines and # comments, and says what became of each line', () => {
    const file = ['# our clients', '', 'acme.bitrix24.com', '   ', '  # a comment after spaces', 'https://globex.bitrix24.de/crm/', 'http://plain.example.com', 'ACME.bitrix24.com', ''].join('\n');
    const result = imported(importPortalAddresses([], file, parse, now));
    expect(result.portals).toEqual(listOf(acme, globex));
    expect(result.lines).toEqual([
      { line: 3, text: 'acme.bitrix24.com', outcome: 'added', origin: acme },
      { line: 6, text: 'https://globex.bitrix24.de/crm/', outcome: 'added', origin: globex },
      { line: 7, text: 'http://plain.example.com', outcome: 'refused', reason: 'not_https' },
      { line: 8, text: 'ACME.bitrix24.com', outcome: 'duplicate', origin: acme },
    ]);
    expect([result.added, result.duplicates, result.refused]).toEqual([2, 1, 1]);
  });

  it('reports portals already in the list as duplicates and keeps hidden ones hidden', () => {
    const hidden = [{ origin: acme, addedAt: now - 5, hidden: true }];
    const result = imported(importPortalAddresses(hidden, `${acme}\n`, parse, now));
    expect(result.lines).toEqual([{ line: 1, text: acme, outcome: 'duplicate', origin: acme }]);
    expect(result.portals).toEqual(hidden);
  });

  it('reads Windows, old Mac and Unix line endings and a byte-order mark', () => {
    const result = imported(importPortalAddresses([], `\uFEFFacme.bitrix24.com\r\nglobex.bitrix24.de\rthird.bitrix24.com`, parse, now));
    expect(result.lines.map((line) => line.line)).toEqual([1, 2, 3]);
    expect(result.portals.map((portal) => portal.origin)).toEqual([acme, globex, 'https://third.bitrix24.com']);
  });

  it('refuses every kind of bad line, with its reason, and goes on', () => {
    const bad = ['javascript:alert(1)', 'file:///etc/passwd', 'https://user:secret@acme.bitrix24.com', 'https://', `https://${'a'.repeat(2100)}.com`];
    const result = imported(importPortalAddresses([], [...bad, 'acme.bitrix24.com'].join('\n'), parse, now));
    expect(result.lines.map((line) => (line.outcome === 'refused' ? line.reason : line.outcome))).toEqual([
      'scheme',
      'scheme',
      'credentials',
      'not_a_url',
      'line_too_long',
      'added',
    ]);
    expect(result.portals).toEqual(listOf(acme));
  });

  it(`repeats at most ${MAX_REPORTED_LINE_CHARS} characters of a line`, () => {
    const result = imported(importPortalAddresses([], `not an address ${'x'.repeat(1000)}`, parse, now));
    expect([...(result.lines[0]?.text ?? '')]).toHaveLength(MAX_REPORTED_LINE_CHARS);
  });

  it('shows control and bidi characters of a line as replacement marks in the report', () => {
    const result = imported(importPortalAddresses([], 'acme\u202Emoc.evil\u0007.com', parse, now));
    expect(result.lines[0]?.text).toBe('acme\uFFFDmoc.evil\uFFFD.com');
  });

  it('imports a partner’s 5,000 portals', () => {
    const file = Array.from({ length: 5000 }, (_, index) => `client${index}.bitrix24.com`).join('\n');
    const result = imported(importPortalAddresses([], file, parse, now));
    expect(result.added).toBe(5000);
    expect(result.portals).toHaveLength(5000);
  });

  it(`refuses a file of more than ${MAX_IMPORT_LINES} lines whole`, () => {
    const file = Array.from({ length: MAX_IMPORT_LINES + 1 }, () => '#').join('\n');
    expect(importPortalAddresses([], file, parse, now)).toEqual({ ok: false, reason: 'too_many_lines' });
    expect(importPortalAddresses([], `${Array.from({ length: MAX_IMPORT_LINES }, () => '#').join('\n')}\n`, parse, now).ok).toBe(true);
  });

  it('refuses a file of more than 1 MiB whole, counted in UTF-8 bytes', () => {
    expect(importPortalAddresses([], 'x'.repeat(MAX_IMPORT_FILE_BYTES + 1), parse, now)).toEqual({ ok: false, reason: 'too_large' });
    expect(importPortalAddresses([], 'é'.repeat(MAX_IMPORT_FILE_BYTES / 2 + 1), parse, now)).toEqual({ ok: false, reason: 'too_large' });
  });

  it(`refuses lines past ${MAX_PORTALS} portals as "list_full"`, () => {
    const result = imported(importPortalAddresses(manyPortals(MAX_PORTALS - 1), `${acme}\n${globex}\n`, parse, now));
    expect(result.lines.map((line) => line.outcome)).toEqual(['added', 'refused']);
    expect(result.lines[1]).toMatchObject({ reason: 'list_full' });
  });

  it('adds nothing from an empty file or one of comments', () => {
    for (const file of ['', '\n\n', '# only\n# comments']) {
      expect(importPortalAddresses(listOf(acme), file, parse, now)).toEqual({ ok: true, portals: listOf(acme), lines: [], added: 0, duplicates: 0, refused: 0 });
    }
  });
});

describe('decodeImportFile', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('reads UTF-8 text and drops a byte-order mark', () => {
    expect(decodeImportFile(bytes('\uFEFFacme.bitrix24.com\n'))).toEqual({ ok: true, text: 'acme.bitrix24.com\n' });
  });

  it('refuses what is not UTF-8 text', () => {
    expect(decodeImportFile(new Uint8Array([0x61, 0xff, 0xfe, 0x62]))).toEqual({ ok: false, reason: 'not_text' });
    expect(decodeImportFile(bytes('acme\u0000.bitrix24.com'))).toEqual({ ok: false, reason: 'not_text' });
    expect(decodeImportFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]))).toEqual({ ok: false, reason: 'not_text' });
  });

  it('refuses more than 1 MiB before decoding it', () => {
    expect(decodeImportFile(new Uint8Array(MAX_IMPORT_FILE_BYTES + 1).fill(0x61))).toEqual({ ok: false, reason: 'too_large' });
    expect(decodeImportFile(new Uint8Array(MAX_IMPORT_FILE_BYTES).fill(0x61)).ok).toBe(true);
  });
});

describe('exportPortalAddresses', () => {
  it('writes one origin per line, hidden ones too', () => {
    const portals = [...listOf(acme), { origin: globex, title: 'Globex', addedAt: now, hidden: true }];
    expect(exportPortalAddresses(portals)).toBe(`${acme}\n${globex}\n`);
    expect(exportPortalAddresses([])).toBe('');
  });

  it('round-trips through import: the same portals in the same order', () => {
    const portals = [...listOf(acme, globex, 'https://crm.example.org', 'https://xn--80ak6aa92e.com', 'https://self-hosted.example.net:8443')];
    const file = exportPortalAddresses(portals);
    const decoded = decodeImportFile(new TextEncoder().encode(file));
    if (!decoded.ok) throw new Error(decoded.reason);
    const result = imported(importPortalAddresses([], decoded.text, parse, now));
    expect(result.portals).toEqual(portals);
    expect(result.lines.every((line) => line.outcome === 'added')).toBe(true);
    expect(exportPortalAddresses(result.portals)).toBe(file);
  });
});
