import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PortalListFile } from '../../../src-main/bitrix24/portal-list-file.ts';
import { addPortal, importPortalAddresses, setPortalHidden, type ListedPortal } from '../../../src-main/bitrix24/portal-list.ts';
import { newProfileId } from '../../../src-main/bitrix24/profiles.ts';
import { parseTestPortalAddress as parse } from './fake-portal-address.ts';

let dataDir: string;
const at = 1_767_000_000_000;
const acme = 'https://acme.bitrix24.com';
const globex = 'https://globex.bitrix24.de';

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'bitrix-id-portal-list-'));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

const listFor = (profileId: string) => new PortalListFile(dataDir, profileId, parse, { now: () => at });
const writeRaw = (list: PortalListFile, content: string) => {
  mkdirSync(dirname(list.file), { recursive: true });
  writeFileSync(list.file, content);
};
const stored = (portals: unknown[]) => JSON.stringify({ version: 1, portals });
const entry = (origin: string, extra: Partial<ListedPortal> = {}) => ({ origin, addedAt: at, hidden: false, ...extra });

describe('PortalListFile', () => {
  it('is empty for a profile without a list yet', () => {
    expect(listFor(newProfileId()).load()).toEqual({ portals: [] });
  });

  it('keeps added, titled and hidden portals across restarts', () => {
    const profileId = newProfileId();
    listFor(profileId).update((portals) => addPortal(portals, 'acme.bitrix24.com', parse, at, 'Acme'));
    listFor(profileId).update((portals) => addPortal(portals, globex, parse, at + 1));
    listFor(profileId).update((portals) => setPortalHidden(portals, globex, true));
    expect(listFor(profileId).load()).toEqual({
      portals: [entry(acme, { title: 'Acme' }), entry(globex, { addedAt: at + 1, hidden: true })],
    });
    expect(statSync(listFor(profileId).file).mode & 0o777).toBe(0o600);
  });

  it('saves nothing when a change is refused', () => {
    const list = listFor(newProfileId());
    list.update((portals) => addPortal(portals, acme, parse, at));
    const before = readFileSync(list.file, 'utf8');
    expect(list.update((portals) => addPortal(portals, 'javascript:alert(1)', parse, at))).toEqual({ ok: false, reason: 'scheme' });
    expect(readFileSync(list.file, 'utf8')).toBe(before);
  });

  it('saves an import and its report says what happened', () => {
    const list = listFor(newProfileId());
    const result = list.update((portals) => importPortalAddresses(portals, `${acme}\nnot a portal\n${acme}\n`, parse, at));
    expect(result.ok && result.lines.map((line) => line.outcome)).toEqual(['added', 'refused', 'duplicate']);
    expect(list.load()).toEqual({ portals: [entry(acme)] });
  });

  it('gives each profile its own list', () => {
    const anna = newProfileId();
    const boris = newProfileId();
    listFor(anna).update((portals) => addPortal(portals, acme, parse, at));
    listFor(boris).update((portals) => addPortal(portals, globex, parse, at));
    expect(listFor(anna).load().portals.map((portal) => portal.origin)).toEqual([acme]);
    expect(listFor(boris).load().portals.map((portal) => portal.origin)).toEqual([globex]);
    expect(listFor(anna).file).not.toBe(listFor(boris).file);
  });

  it('forgets the list when its profile goes', () => {
    const list = listFor(newProfileId());
    list.update((portals) => addPortal(portals, acme, parse, at));
    list.delete();
    expect(existsSync(list.file)).toBe(false);
    expect(list.load()).toEqual({ portals: [] });
    expect(() => list.delete()).not.toThrow();
  });

  it('names its file only by a profile id, never by a path', () => {
    for (const bad of ['../../../etc/passwd', '', 'ABCDEF0123456789ABCDEF0123456789', `${newProfileId()}/x`]) {
      expect(() => new PortalListFile(dataDir, bad, parse), bad).toThrow();
    }
  });

  const damaged: [string, string][] = [
    ['not JSON', '{"version":1,"portals":[' ],
    ['empty', ''],
    ['another shape', '{"portals":{}}'],
    ['another version', JSON.stringify({ version: 2, portals: [] })],
    ['an origin the parser refuses', stored([entry('http://acme.bitrix24.com')])],
    ['a javascript: origin', stored([entry('javascript:alert(1)')])],
    ['an address that is not an origin', stored([entry(`${acme}/stream/`)])],
    ['credentials in an origin', stored([entry('https://user:pw@acme.bitrix24.com')])],
    ['a portal listed twice', stored([entry(acme), entry(acme)])],
    ['a title with a bidi control', stored([entry(acme, { title: 'Acme\u202E' })])],
    ['a title too long', stored([entry(acme, { title: 'x'.repeat(257) })])],
    ['a negative date', stored([entry(acme, { addedAt: -1 })])],
    ['a fractional date', stored([entry(acme, { addedAt: 1.5 })])],
    ['hidden as text', stored([{ origin: acme, addedAt: at, hidden: 'no' }])],
    ['too many portals', stored(Array.from({ length: 10_001 }, (_, index) => entry(`https://p${index}.bitrix24.com`)))],
  ];

  for (const [what, content] of damaged) {
    it(`refuses a file with ${what}, keeps it aside and starts empty`, () => {
      const list = listFor(newProfileId());
      writeRaw(list, content);
      const keptAs = `${list.file}.damaged-${at}`;
      expect(list.load()).toEqual({ portals: [], damagedFileKeptAs: keptAs });
      expect(readFileSync(keptAs, 'utf8')).toBe(content);
      expect(list.load()).toEqual({ portals: [] });
    });
  }

  it('refuses a file over 16 MiB without reading it', () => {
    const list = listFor(newProfileId());
    writeRaw(list, ' '.repeat(16 * 1024 * 1024 + 1));
    expect(list.load().damagedFileKeptAs).toBe(`${list.file}.damaged-${at}`);
  });
});
