import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newProfileId } from '../../../src-main/bitrix24/profiles.ts';
import { forgetPortal, recordOpened, WebPortalPrefsFile } from '../../../src-main/bitrix24/web-portal-prefs-file.ts';

let dataDir: string;
const at = 1_767_000_000_000;
const alpha = 'https://alpha.bitrix24.com';
const beta = 'https://beta.bitrix24.de';

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'bitrix-id-web-prefs-'));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

const prefsFor = (profileId: string) => new WebPortalPrefsFile(dataDir, profileId, { now: () => at });
const writeRaw = (file: WebPortalPrefsFile, content: string) => {
  mkdirSync(dirname(file.file), { recursive: true });
  writeFileSync(file.file, content);
};

describe('WebPortalPrefsFile', () => {
  it('is empty for a profile that opened nothing yet', () => {
    expect(prefsFor(newProfileId()).load()).toEqual({ lastOpenedAt: {}, lastActiveId: null });
  });

  it('keeps what was opened and when, per profile', () => {
    const profileId = newProfileId();
    prefsFor(profileId).save(recordOpened(recordOpened({ lastOpenedAt: {}, lastActiveId: null }, alpha, at), beta, at + 5));
    expect(prefsFor(profileId).load()).toEqual({ lastOpenedAt: { [alpha]: at, [beta]: at + 5 }, lastActiveId: beta });
    expect(prefsFor(newProfileId()).load()).toEqual({ lastOpenedAt: {}, lastActiveId: null });
  });

  it.each([
    ['not JSON', '{'],
    ['another version', JSON.stringify({ version: 2, lastOpenedAt: {}, lastActiveId: null })],
    ['a negative time', JSON.stringify({ version: 1, lastOpenedAt: { [alpha]: -1 }, lastActiveId: null })],
    ['a time that is not a number', JSON.stringify({ version: 1, lastOpenedAt: { [alpha]: '1' }, lastActiveId: null })],
    ['an overlong id', JSON.stringify({ version: 1, lastOpenedAt: {}, lastActiveId: `https://${'a'.repeat(300)}.com` })],
    ['no last active field', JSON.stringify({ version: 1, lastOpenedAt: {} })],
  ])('starts empty from a damaged file (%s) and sets it aside', (_, content) => {
    const file = prefsFor(newProfileId());
    writeRaw(file, content);
    expect(file.load()).toEqual({ lastOpenedAt: {}, lastActiveId: null });
    expect(readdirSync(dirname(file.file)).some((name) => name.includes('.damaged-'))).toBe(true);
  });

  it('refuses a profile id that is not one (a path, say)', () => {
    expect(() => new WebPortalPrefsFile(dataDir, '../../etc')).toThrow();
  });

  it('is deleted with its profile', () => {
    const file = prefsFor(newProfileId());
    file.save(recordOpened({ lastOpenedAt: {}, lastActiveId: null }, alpha, at));
    file.delete();
    expect(file.load()).toEqual({ lastOpenedAt: {}, lastActiveId: null });
  });
});

describe('forgetPortal', () => {
  const use = { lastOpenedAt: { [alpha]: at, [beta]: at + 1 }, lastActiveId: alpha };

  it('after a sign-out, only stops reopening the portal', () => {
    expect(forgetPortal(use, alpha, { removed: false })).toEqual({ lastOpenedAt: use.lastOpenedAt, lastActiveId: null });
    expect(forgetPortal(use, beta, { removed: false })).toEqual(use);
  });

  it('after a removal, forgets it entirely', () => {
    expect(forgetPortal(use, alpha, { removed: true })).toEqual({ lastOpenedAt: { [beta]: at + 1 }, lastActiveId: null });
  });
});
