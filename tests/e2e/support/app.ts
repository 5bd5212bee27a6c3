import type { ElectronApplication, Locator, Page } from '@playwright/test';

export type AppKind = 'web' | 'electron';

export interface AppLaunchOptions {
  /** Point the app at a backend URL (`--api-url`) instead of the embedded mock. */
  apiUrl?: string;
  /**
   * Bitrix24 (web) mode on this Network (`--backend bitrix24 --network-url <networkUrl>`), e.g. the
   * emulated one (support/emulated-bitrix24.ts). Not with `apiUrl`.
   */
  bitrix24?: { networkUrl: string };
  /** The embedded mock's scenario at start (`BITRIX_ID_MOCK_SCENARIO`), e.g. `many-portals`. */
  mockScenario?: string;
  /** How many portal views stay alive (`BITRIX_ID_MAX_LIVE_PORTALS`). */
  maxLivePortals?: number;
  /** The OS theme the app sees (`prefers-color-scheme`); light unless asked. */
  colorScheme?: 'light' | 'dark';
  /**
   * Runs with the new page before the app loads (web), or as soon as the window exists
   * (Electron, whose first window is already loading by then).
   */
  beforeLoad?: (page: Page) => Promise<void> | void;
}

/** One running instance of Bitrix ID Desktop, in the browser harness or in Electron. */
export interface App {
  readonly kind: AppKind;
  /** This test's own keychain service name (BITRIX_ID_KEYCHAIN_SERVICE). */
  readonly keychainService: string;
  /** This test's app data folder; it survives restart(). */
  readonly dataDir: string;
  /** The app's window; throws when the app is not running. */
  readonly page: Page;
  /** Web only: the running harness's loopback bridge (null in Electron, or when not running). */
  readonly harness: { origin: string; secret: string } | null;
  /** Electron only: the running app's main process (null in the web project, or when not running). */
  readonly electron: ElectronApplication | null;
  launch(options?: AppLaunchOptions): Promise<Page>;
  /** Quits and launches again with the same options, data folder and keychain service. */
  restart(): Promise<Page>;
  close(): Promise<void>;
  /** Everything the app's processes wrote to stdout and stderr in this test. */
  output(): string;
  /**
   * The next URL the app asked the system browser to open (social sign-in): the test plays the
   * system browser and opens it in a page of its own.
   */
  nextExternalUrl(timeoutMs?: number): Promise<string>;
  /** Uncaught exceptions and Content-Security-Policy violations seen in the window. */
  pageProblems(): string[];
  /**
   * The portal page's main heading: in the harness, inside the portal's iframe; in Electron, in the
   * portal's own WebContentsView (a page of its own, found by the portal's address).
   */
  portalHeading(portal: { title: string; domain: string }): Promise<Locator>;
  /** Hands a `bitrixid://` link to the running app as the OS does on a second launch. */
  openLink(link: string): Promise<void>;
}

/** The command-line flags, each with its value, that choose the backend for one launch (the embedded mock when none). */
export function backendFlags(options: AppLaunchOptions): Array<[flag: string, value: string]> {
  if (options.apiUrl !== undefined && options.bitrix24 !== undefined) throw new Error('Launch with apiUrl or bitrix24, not both.');
  if (options.apiUrl !== undefined) return [['--api-url', options.apiUrl]];
  if (options.bitrix24 !== undefined) {
    return [
      ['--backend', 'bitrix24'],
      ['--network-url', options.bitrix24.networkUrl],
    ];
  }
  return [];
}

/** The process environment for one launch: the test's own, plus what the launch options ask for. */
export function launchEnv(base: NodeJS.ProcessEnv, options: AppLaunchOptions): NodeJS.ProcessEnv {
  return {
    ...base,
    ...(options.mockScenario === undefined ? {} : { BITRIX_ID_MOCK_SCENARIO: options.mockScenario }),
    ...(options.maxLivePortals === undefined ? {} : { BITRIX_ID_MAX_LIVE_PORTALS: String(options.maxLivePortals) }),
  };
}

/** Listens for the page problems `App.pageProblems()` reports. */
export function watchPageProblems(page: Page, problems: string[]): void {
  page.on('pageerror', (error) => problems.push(`Uncaught: ${error.message}`));
  page.on('console', (message) => {
    // Chromium reports each blocked load or evaluation as "Refused to ... Content Security Policy ...".
    if (message.type() === 'error' && /^Refused to [\s\S]*Content Security Policy/.test(message.text())) {
      problems.push(`CSP: ${message.text()}`);
    }
  });
}
