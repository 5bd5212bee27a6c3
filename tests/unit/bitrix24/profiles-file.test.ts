import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProfilesFile } from '../../../src-main/bitrix24/profiles-file.ts';
import { activeProfile, addProfile, newProfileId, renameProfile } from '../../../src-main/bitrix24/profiles.ts';

let dataDir: string;
const at = 1_767_000_000_000;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'bitrix-id-profiles-'));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

const store = () => new ProfilesFile(dataDir, { now: () => at });
const writeRaw = (content: string) => {
  const { file } = store();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
};
const stored = (profiles: { id: string; name: string }[], activeId = profiles[0]?.id) =>
  JSON.stringify({ version: 1, activeId, profiles });

describe('ProfilesFile', () => {
  it('creates the first profile, called "Bitrix24", and saves it at once', () => {
    const first = store().load();
    expect(first.damagedFileKeptAs).toBeUndefined();
    expect(first.state.profiles.map((profile) => profile.name)).toEqual(['Bitrix24']);
    expect(store().load().state).toEqual(first.state);
  });

  it('keeps the profiles, their partitions and the active one across restarts', () => {
    const added = store().update((state) => addProfile(state, 'Work'));
    if (!added.ok) throw new Error(added.reason);
    const reloaded = store().load().state;
    expect(reloaded).toEqual(added.state);
    expect(activeProfile(reloaded).name).toBe('Work');
    expect(reloaded.profiles.map((profile) => profile.partition)).toEqual(added.state.profiles.map((profile) => profile.partition));
  });

  it('stores only ids and names, owner-only: no partition a file could point elsewhere', () => {
    store().load();
    const saved: unknown = JSON.parse(readFileSync(store().file, 'utf8'));
    expect(saved).toEqual({ version: 1, activeId: expect.any(String), profiles: [{ id: expect.any(String), name: 'Bitrix24' }] });
    expect(statSync(store().file).mode & 0o777).toBe(0o600);
  });

  it('derives the partition from the id when reading', () => {
    const id = newProfileId();
    writeRaw(JSON.stringify({ version: 1, activeId: id, profiles: [{ id, name: 'Anna', partition: 'persist:someone-else' }] }));
    expect(store().load().state.profiles).toEqual([{ id, name: 'Anna', partition: `persist:bitrix24-${id}` }]);
  });

  it('saves nothing when a change is refused', () => {
    const before = readFileOf(store());
    const refused = store().update((state) => renameProfile(state, state.activeId, ''));
    expect(refused).toEqual({ ok: false, reason: 'empty' });
    expect(readFileOf(store())).toBe(before);
  });

  const damaged: [string, string][] = [
    ['not JSON', '{"version": 1, "profiles": ['],
    ['empty', ''],
    ['JSON of another shape', '[1, 2, 3]'],
    ['another version', stored([{ id: newProfileId(), name: 'Anna' }]).replace('"version":1', '"version":2')],
    ['no profiles', stored([], newProfileId())],
    ['a bad id', stored([{ id: '../../escape', name: 'Anna' }], '../../escape')],
    ['an upper-case id', stored([{ id: 'ABCDEF0123456789ABCDEF0123456789', name: 'Anna' }])],
    ['a name with a bidi control', stored([{ id: newProfileId(), name: 'Anna\u202E' }])],
    ['an untrimmed name', stored([{ id: newProfileId(), name: ' Anna ' }])],
    ['a name too long', stored([{ id: newProfileId(), name: 'x'.repeat(65) }])],
    ['two profiles with one id', (() => { const id = newProfileId(); return stored([{ id, name: 'A' }, { id, name: 'B' }]); })()],
    ['an active profile not in the list', stored([{ id: newProfileId(), name: 'Anna' }], newProfileId())],
    ['too many profiles', stored(Array.from({ length: 21 }, (_, index) => ({ id: newProfileId(), name: `P${index}` })))],
    ['a huge file', `{"version":1,"pad":"${'x'.repeat(70 * 1024)}"}`],
  ];

  for (const [what, content] of damaged) {
    it(`refuses a file with ${what}, keeps it aside and starts afresh`, () => {
      writeRaw(content);
      const loaded = store().load();
      const keptAs = `${store().file}.damaged-${at}`;
      expect(loaded.damagedFileKeptAs).toBe(keptAs);
      expect(readFileSync(keptAs, 'utf8')).toBe(content);
      expect(loaded.state.profiles.map((profile) => profile.name)).toEqual(['Bitrix24']);
      expect(store().load()).toEqual({ state: loaded.state });
    });
  }

  it('does not overwrite a damaged file it could not move aside', () => {
    writeRaw('not json');
    const { file } = store();
    mkdirSync(`${file}.damaged-${at}`);
    writeFileSync(join(`${file}.damaged-${at}`, 'taken'), '');
    const loaded = store().load();
    expect(loaded.damagedFileKeptAs).toBeNull();
    expect(loaded.state.profiles.map((profile) => profile.name)).toEqual(['Bitrix24']);
    expect(readFileSync(file, 'utf8')).toBe('not json');
  });

  it('moves a folder that stands where the file should be aside', () => {
    const { file } = store();
    mkdirSync(file, { recursive: true });
    const loaded = store().load();
    expect(loaded.damagedFileKeptAs).toBe(`${file}.damaged-${at}`);
    expect(statSync(`${file}.damaged-${at}`).isDirectory()).toBe(true);
    expect(store().load()).toEqual({ state: loaded.state });
  });
});

function readFileOf(profiles: ProfilesFile): string {
  profiles.load();
  return existsSync(profiles.file) ? readFileSync(profiles.file, 'utf8') : '';
}
