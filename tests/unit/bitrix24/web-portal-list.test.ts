import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PortalListFile } from '../../../src-main/bitrix24/portal-list-file.ts';
import { MAX_PORTALS } from '../../../src-main/bitrix24/portal-list.ts';
import { newProfileId } from '../../../src-main/bitrix24/profiles.ts';
import { portalAddressParser, toWebPortal, WebPortalList } from '../../../src-main/bitrix24/web-portal-list.ts';
import { silentLogger } from '../../../src-main/logging/logger.ts';

let dataDir: string;
let clock = 1_767_000_000_000;
const alpha = 'https://alpha.bitrix24.com';

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'bitrix-id-web-list-'));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

function listFor(profileId = newProfileId(), allowLoopback = false) {
  let loadId = 0;
  return new WebPortalList({ dataDir, profileId, allowLoopback, nextLoadId: () => ++loadId, log: silentLogger, now: () => ++clock });
}

describe('toWebPortal', () => {
  it("maps a listed portal to the contract's, its origin as id and its host (with port) as domain", () => {
    expect(toWebPortal({ origin: 'https://portal.example.com:8443', addedAt: 1, hidden: true })).toEqual({
      id: 'https://portal.example.com:8443',
      title: 'portal.example.com:8443',
      domain: 'portal.example.com:8443',
      role: null,
      login: null,
      status: 'active',
    });
    expect(toWebPortal({ origin: alpha, title: 'Alpha', addedAt: 1, hidden: false }).title).toBe('Alpha');
  });
});

describe('portalAddressParser', () => {
  it('lets loopback in only when told to', () => {
    expect(portalAddressParser(false)('http://127.0.0.1:5001')).toEqual({ ok: false, reason: 'loopback' });
    expect(portalAddressParser(true)('http://127.0.0.1:5001')).toMatchObject({ ok: true, origin: 'http://127.0.0.1:5001' });
  });
});

describe('WebPortalList', () => {
  it('says the list is full instead of adding past the cap', () => {
    const profileId = newProfileId();
    const parse = portalAddressParser(false);
    new PortalListFile(dataDir, profileId, parse).save(
      Array.from({ length: MAX_PORTALS }, (_, index) => ({ origin: `https://p${index}.example.com`, addedAt: 1, hidden: false })),
    );
    const list = listFor(profileId);
    expect(list.add('new.example.com')).toEqual({ ok: false, error: { code: 'portal_list_full' } });
    expect(list.addOpened('https://new.example.com/')).toBeNull();
    expect(list.importAddresses('new.example.com\n')).toEqual({ ok: true, value: { added: 0, duplicates: 0, refused: [{ line: 1, text: 'new.example.com', reason: 'list_full' }] } });
    // A listed one is still answered.
    expect(list.add('p0.example.com')).toMatchObject({ ok: true, value: { id: 'https://p0.example.com' } });
  });

  it('reports overlong import lines and refuses an oversized file whole', () => {
    const list = listFor();
    const long = `https://${'a'.repeat(2050)}.com`;
    expect(list.importAddresses(`${long}\nalpha.bitrix24.com`)).toMatchObject({ ok: true, value: { added: 1, refused: [{ line: 1, reason: 'line_too_long' }] } });
    expect(list.importAddresses('a'.repeat(1024 * 1024 + 1))).toEqual({ ok: false, error: { code: 'import_refused', importProblem: 'too_large' } });
    expect(list.importAddresses('beta.bitrix24.de\n\uD800')).toEqual({ ok: false, error: { code: 'import_refused', importProblem: 'not_text' } });
    expect(list.exportAddresses()).toEqual({ text: `${alpha}\n`, count: 1 });
  });

  it('shows a hidden portal again when the Network opens it, and says the list changed', () => {
    const list = listFor();
    list.add(alpha);
    list.setHidden(alpha, true);
    expect(list.addOpened(`${alpha}/crm/`)).toMatchObject({ added: true, portal: { id: alpha } });
    expect(list.prefs().hiddenIds).toEqual([]);
    expect(list.addOpened(`${alpha}/`)).toMatchObject({ added: false });
    expect(list.addOpened('javascript:alert(1)')).toBeNull();
  });

  it('learns a title without its count, and keeps the known one when the page shows only a count', () => {
    const profileId = newProfileId();
    const list = listFor(profileId);
    list.add(alpha);
    expect(list.learnTitle(alpha, '(4) Alpha\u202E Inc')).toBe(true);
    expect(list.portal(alpha)?.title).toBe('Alpha Inc');
    expect(list.learnTitle(alpha, '(5) Alpha Inc')).toBe(false);
    expect(list.learnTitle(alpha, '(5)')).toBe(false);
    expect(list.learnTitle(alpha, '   ')).toBe(false);
    expect(list.learnTitle('https://other.bitrix24.com', 'Other')).toBe(false);
    expect(listFor(profileId).portal(alpha)?.title).toBe('Alpha Inc');
  });

  it('keeps use only for listed portals, and forgets a removed one', () => {
    const profileId = newProfileId();
    const list = listFor(profileId);
    list.add(alpha);
    list.add('beta.bitrix24.de');
    list.opened(alpha);
    list.opened('https://beta.bitrix24.de');
    expect(list.prefs()).toMatchObject({ lastActiveId: 'https://beta.bitrix24.de' });
    list.remove('https://beta.bitrix24.de');
    expect(listFor(profileId).prefs()).toEqual({ hiddenIds: [], lastOpenedAt: { [alpha]: expect.any(Number) }, lastActiveId: null });
    list.signedOut(alpha);
    expect(listFor(profileId).prefs().lastOpenedAt).toHaveProperty(alpha);
  });

  it('answers not_found for a portal it does not list', () => {
    const list = listFor();
    expect(list.remove(alpha)).toEqual({ ok: false, error: { code: 'not_found' } });
    expect(list.setHidden(alpha, true)).toEqual({ ok: false, error: { code: 'not_found' } });
    expect(list.portal(alpha)).toBeNull();
  });

  it('deletes both of a profile\'s files', () => {
    const profileId = newProfileId();
    const list = listFor(profileId);
    list.add(alpha);
    list.opened(alpha);
    WebPortalList.deleteFiles(dataDir, profileId);
    const again = listFor(profileId);
    expect(again.snapshot()).toMatchObject({ items: [], total: 0, prefs: { lastOpenedAt: {}, lastActiveId: null } });
  });
});
