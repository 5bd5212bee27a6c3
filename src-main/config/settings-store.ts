import { join } from 'node:path';
import { z } from 'zod';
import { MAX_LIVE_PORTAL_VIEWS, MIN_LIVE_PORTAL_VIEWS } from '../../src-preload/field-limits.ts';
import { uiLanguages } from '../../src-preload/languages.ts';
import { isAllowedProxyUrl } from '../../src-preload/proxy-url.ts';
import { isAllowedServerUrl } from '../../src-preload/server-url.ts';
import { readJsonFile, writeJsonFile } from '../files/json-file.ts';
import { isAllowedUpdateFeedUrl } from '../updates/update-feed.ts';

/** How many portal views stay alive for an instant switch back; each one is a renderer process. */
export const DEFAULT_MAX_LIVE_PORTAL_VIEWS = 5;
export const maxLivePortalViews = z.number().int().min(MIN_LIVE_PORTAL_VIEWS).max(MAX_LIVE_PORTAL_VIEWS);

/** The person's settings: not secret, so a plain file in the app's data folder. */
const settingsSchema = z.object({
  /** The backend the person chose on the Server screen; absent until they choose (a packaged build then starts in Bitrix24 mode). */
  backend: z.enum(['mock', 'url', 'bitrix24']).optional().catch(undefined),
  apiUrl: z.string().refine(isAllowedServerUrl).nullable().catch(null),
  maxLivePortalViews: maxLivePortalViews.catch(DEFAULT_MAX_LIVE_PORTAL_VIEWS),
  /**
   * Where an installed build looks for updates. Set by whoever deploys the app (there is no screen
   * for it), so the app never writes the key into a file that lacks it.
   */
  updateFeedUrl: z.string().refine(isAllowedUpdateFeedUrl).optional().catch(undefined),
  /** The Settings screen's choices: each absent until the person makes it (SettingsService knows the defaults). */
  language: z.enum(['system', ...uiLanguages]).optional().catch(undefined),
  theme: z.enum(['system', 'light', 'dark']).optional().catch(undefined),
  closeToTray: z.boolean().optional().catch(undefined),
  startAtLogin: z.boolean().optional().catch(undefined),
  /** The manual proxy's address (`http://host:port`); absent: the system's proxy settings. Its credentials live in the OS keychain only. */
  proxyUrl: z.string().refine(isAllowedProxyUrl).optional().catch(undefined),
  /** The login of the last person who signed in here, by server URL (a login, never a password). */
  lastLogins: z.record(z.string().max(2048), z.string().max(255)).optional().catch(undefined),
});
export type Settings = z.infer<typeof settingsSchema>;

const defaults: Settings = { apiUrl: null, maxLivePortalViews: DEFAULT_MAX_LIVE_PORTAL_VIEWS };

export class SettingsStore {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, 'settings.json');
  }

  /** A missing or damaged file means the defaults; it is never a reason not to start. */
  read(): Settings {
    const parsed = settingsSchema.safeParse(readJsonFile(this.file));
    return parsed.success ? parsed.data : defaults;
  }

  /** Changes the given settings and keeps the others. */
  write(changes: Partial<Settings>): void {
    writeJsonFile(this.file, { ...this.read(), ...changes });
  }
}
