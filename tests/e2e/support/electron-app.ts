import { spawn } from 'node:child_process';
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { backendFlags, launchEnv, watchPageProblems, type App, type AppLaunchOptions } from './app.ts';
import { electronMainEntry, repoRoot } from './paths.ts';
import { OPEN_EXTERNAL_PREFIX } from '../../../harness/protocol.ts';
import { externalUrlReader } from './external-urls.ts';

export interface ElectronAppSetup {
  executablePath: string;
  dataDir: string;
  keychainService: string;
  env: NodeJS.ProcessEnv;
  /** Called as each launch starts (the first and every restart). */
  onLaunch(): void;
}

const CLOSE_TIMEOUT_MS = 15_000;

/** The built app (out/main/index.js) in a real Electron. */
export function createElectronApp(setup: ElectronAppSetup): App {
  let electronApp: ElectronApplication | null = null;
  let page: Page | null = null;
  let lastOptions: AppLaunchOptions = {};
  let output = '';
  const problems: string[] = [];

  const app: App = {
    kind: 'electron',
    keychainService: setup.keychainService,
    dataDir: setup.dataDir,
    get page() {
      if (!page) throw new Error('The app is not running: call app.launch() first.');
      return page;
    },
    harness: null,
    get electron() {
      return electronApp;
    },
    async launch(options = {}) {
      if (electronApp) throw new Error('The app is already running.');
      setup.onLaunch();
      lastOptions = options;
      const args = [electronMainEntry, `--user-data-dir=${setup.dataDir}`, '--lang=en-US'];
      for (const [flag, value] of backendFlags(options)) args.push(`${flag}=${value}`);
      // Chromium refuses to start as root with its sandbox on (containers, some CI).
      if (process.platform === 'linux' && process.getuid?.() === 0) args.push('--no-sandbox');
      electronApp = await electron.launch({
        executablePath: setup.executablePath,
        args,
        cwd: repoRoot,
        env: { ...launchEnv(setup.env, options), BITRIX_ID_USER_DATA_DIR: setup.dataDir },
      });
      const child = electronApp.process();
      child.stdout?.setEncoding('utf8').on('data', (text: string) => (output += text));
      child.stderr?.setEncoding('utf8').on('data', (text: string) => (output += text));
      // Play the system browser: the test opens what the app would have handed to the OS.
      await electronApp.evaluate(({ shell }, prefix) => {
        shell.openExternal = async (url: string) => console.log(`${prefix}${url}`);
      }, OPEN_EXTERNAL_PREFIX);
      // Play the OS theme: Chromium's prefers-color-scheme follows nativeTheme, in the window already open too.
      await electronApp.evaluate(({ nativeTheme }, scheme) => {
        nativeTheme.themeSource = scheme;
      }, options.colorScheme ?? 'light');
      page = await electronApp.firstWindow();
      watchPageProblems(page, problems);
      await options.beforeLoad?.(page);
      await page.waitForLoadState('domcontentloaded');
      return page;
    },
    async restart() {
      await app.close();
      return app.launch(lastOptions);
    },
    async close() {
      const running = electronApp;
      electronApp = null;
      page = null;
      if (!running) return;
      const child = running.process();
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<void>((resolve) => (timer = setTimeout(resolve, CLOSE_TIMEOUT_MS)));
      await Promise.race([running.close().catch(() => undefined), timedOut]);
      clearTimeout(timer);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
    output: () => output,
    nextExternalUrl: (timeoutMs) => externalUrls.next(timeoutMs),
    pageProblems: () => [...problems],
    async openLink(link) {
      // A second launch: the single-instance lock hands its arguments to the running app and exits.
      const second = spawn(setup.executablePath, [electronMainEntry, `--user-data-dir=${setup.dataDir}`, link], {
        cwd: repoRoot,
        env: { ...setup.env, BITRIX_ID_USER_DATA_DIR: setup.dataDir },
        stdio: 'ignore',
      });
      await new Promise<void>((resolve, reject) => {
        second.once('exit', () => resolve());
        second.once('error', reject);
      });
    },
    async portalHeading(portal) {
      if (!electronApp) throw new Error('The app is not running: call app.launch() first.');
      const running = electronApp;
      const onPortal = (candidate: Page) => new URL(candidate.url()).hostname === portal.domain;
      // Each portal's WebContentsView is a page target of its own.
      const found = running.windows().find(onPortal) ?? (await running.waitForEvent('window', { predicate: onPortal }));
      return found.getByRole('heading', { level: 1 });
    },
  };
  const externalUrls = externalUrlReader(() => output);
  return app;
}
