import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readRuntimeSettings } from '../../src-main/config/runtime-settings.ts';
import { SettingsStore } from '../../src-main/config/settings-store.ts';
import { isAllowedUpdateFeedUrl, resolveUpdateFeed } from '../../src-main/updates/update-feed.ts';

const feed = 'https://updates.example.com/bitrix-id/';

describe('the update feed', () => {
  it('is off in development, whatever is configured', () => {
    expect(resolveUpdateFeed({ packaged: false, override: feed, saved: feed })).toEqual({ enabled: false, reason: 'development' });
  });

  it('is off in an installed build without a feed', () => {
    expect(resolveUpdateFeed({ packaged: true })).toEqual({ enabled: false, reason: 'no_feed' });
    expect(resolveUpdateFeed({ packaged: true, override: '  ' })).toEqual({ enabled: false, reason: 'no_feed' });
  });

  it('takes BITRIX_ID_UPDATE_FEED_URL over the settings file', () => {
    expect(resolveUpdateFeed({ packaged: true, saved: feed })).toEqual({ enabled: true, url: feed });
    expect(resolveUpdateFeed({ packaged: true, override: ' https://other.example.com/feed ', saved: feed })).toEqual({
      enabled: true,
      url: 'https://other.example.com/feed',
    });
  });

  it('is off, not quietly elsewhere, when the environment names a feed it may not use', () => {
    expect(resolveUpdateFeed({ packaged: true, override: 'http://updates.example.com/', saved: feed })).toEqual({
      enabled: false,
      reason: 'invalid_feed',
    });
  });

  it.each([
    'http://updates.example.com/',
    // No loopback exception, unlike a server address: what the feed lists is installed.
    'http://127.0.0.1:8080/',
    'https://user:pw@updates.example.com/',
    'https://updates.example.com/?token=abc',
    'https://updates.example.com/#latest',
    'file:///tmp/feed',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedUpdateFeedUrl(url)).toBe(false);
  });
});

describe('where the feed URL is configured', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  /** A settings file with these contents, and how to read it back as written. */
  const settingsFile = (contents: object) => {
    const dir = mkdtempSync(join(tmpdir(), 'bitrix-id-update-config-'));
    dirs.push(dir);
    const file = join(dir, 'settings.json');
    writeFileSync(file, JSON.stringify(contents));
    return { store: new SettingsStore(dir), written: () => JSON.parse(readFileSync(file, 'utf8')) as unknown };
  };

  it('reads BITRIX_ID_UPDATE_FEED_URL from the environment', () => {
    expect(readRuntimeSettings({ BITRIX_ID_UPDATE_FEED_URL: feed }).updateFeedUrl).toBe(feed);
    expect(readRuntimeSettings({}).updateFeedUrl).toBeUndefined();
  });

  it('reads updateFeedUrl from the settings file, ignoring one that is not https', () => {
    expect(settingsFile({ updateFeedUrl: feed }).store.read().updateFeedUrl).toBe(feed);
    expect(settingsFile({ updateFeedUrl: 'http://updates.example.com/' }).store.read().updateFeedUrl).toBeUndefined();
    expect(settingsFile({}).store.read().updateFeedUrl).toBeUndefined();
  });

  it('keeps the feed when the person changes another setting, and adds none where there was none', () => {
    const configured = settingsFile({ updateFeedUrl: feed });
    configured.store.write({ apiUrl: 'https://id.example.com' });
    expect(configured.written()).toEqual({ apiUrl: 'https://id.example.com', maxLivePortalViews: 5, updateFeedUrl: feed });

    const plain = settingsFile({ maxLivePortalViews: 3 });
    plain.store.write({ apiUrl: 'https://id.example.com' });
    expect(plain.written()).toEqual({ apiUrl: 'https://id.example.com', maxLivePortalViews: 3 });
  });
});
