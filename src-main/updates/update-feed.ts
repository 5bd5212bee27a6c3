import { isAllowedServerUrl } from '../../src-preload/server-url.ts';

/** Where this run looks for updates, or why it does not look at all. */
export type UpdateFeed =
  | { enabled: true; url: string }
  | { enabled: false; reason: 'development' | 'no_feed' | 'invalid_feed' };

/**
 * An update feed is https only, without credentials, query or fragment. Unlike a server address
 * there is no plain-http exception for this computer: what the feed lists is installed and run.
 */
export function isAllowedUpdateFeedUrl(value: string): boolean {
  return isAllowedServerUrl(value) && new URL(value).protocol === 'https:';
}

export interface UpdateFeedSources {
  /** Whether this is an installed build; a development run never updates itself. */
  packaged: boolean;
  /** `BITRIX_ID_UPDATE_FEED_URL` for this run. */
  override?: string | undefined;
  /** `updateFeedUrl` in the settings file (already checked when read). */
  saved?: string | undefined;
}

/** The environment wins over the settings file; with neither, or outside an installed build, updates are off. */
export function resolveUpdateFeed({ packaged, override, saved }: UpdateFeedSources): UpdateFeed {
  if (!packaged) return { enabled: false, reason: 'development' };
  const url = override?.trim() || saved;
  if (!url) return { enabled: false, reason: 'no_feed' };
  if (!isAllowedUpdateFeedUrl(url)) return { enabled: false, reason: 'invalid_feed' };
  return { enabled: true, url };
}
