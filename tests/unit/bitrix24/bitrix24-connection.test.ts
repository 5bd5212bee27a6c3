import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBitrix24Connection } from '../../../src-main/bitrix24/bitrix24-connection.ts';
import { silentLogger } from '../../../src-main/logging/logger.ts';
import type { Person } from '../../../src-main/person/person.ts';
import { FakeAttention, FakeWebViewHost } from '../fake-web-view-host.ts';

const networkUrl = 'https://www.bitrix24.net/';
let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'bitrix-id-web-connection-'));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

function open(host = new FakeWebViewHost()) {
  return openBitrix24Connection(networkUrl, 'settings', {
    dataDir,
    emit: () => {},
    log: silentLogger,
    webViewHost: host,
    attention: new FakeAttention(),
    maxLivePortalViews: 3,
  });
}

describe('openBitrix24Connection', () => {
  it('tells who the person is at once, then on every switch, and not on a rename', async () => {
    const connection = open();
    const people: Array<Person | null> = [];
    connection.onPersonChanged((person) => people.push(person));
    const listed = await connection.profiles.list();
    if (!listed.ok) throw new Error('No profiles');
    const first = listed.value.activeId;
    expect(people).toEqual([{ serverUrl: networkUrl, userId: first }]);

    const added = await connection.profiles.add('Work');
    if (!added.ok) throw new Error('Not added');
    const second = added.value.activeId;
    await connection.profiles.rename(second, 'Office');
    await connection.profiles.switchTo(first);
    expect(people).toEqual([
      { serverUrl: networkUrl, userId: first },
      { serverUrl: networkUrl, userId: second },
      { serverUrl: networkUrl, userId: first },
    ]);
  });

  it('refuses loopback portals with the real Network, and closes every view when it closes', async () => {
    const host = new FakeWebViewHost();
    const connection = open(host);
    expect(await connection.portals.add('http://127.0.0.1:5001')).toEqual({ ok: false, error: { code: 'invalid_address', addressProblem: 'loopback' } });
    expect(await connection.portals.add('acme.bitrix24.de')).toMatchObject({ ok: true });
    await connection.portalSwitch.open('https://acme.bitrix24.de');
    expect(host.views.get('https://acme.bitrix24.de')?.rules.allowLoopback).toBe(false);

    connection.close();
    expect(host.views.size).toBe(0);
    expect(await connection.portals.list()).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('puts a new profile\'s views where the content area already is', async () => {
    const host = new FakeWebViewHost();
    const connection = open(host);
    const bounds = { x: 1, y: 2, width: 300, height: 400 };
    await connection.portalSwitch.layout(bounds);
    await connection.profiles.add(undefined);
    await connection.portals.add('acme.bitrix24.de');
    await connection.portalSwitch.open('https://acme.bitrix24.de');
    expect(host.shown).toEqual({ viewId: 'https://acme.bitrix24.de', bounds });
  });
});
