import type { Browser, BrowserContext, Page } from '@playwright/test';
import { backendFlags, launchEnv, watchPageProblems, type App, type AppLaunchOptions } from './app.ts';
import { externalUrlReader } from './external-urls.ts';
import { startHarnessProcess, type RunningHarness } from './harness-process.ts';
import { OPEN_LINK_PATH, SECRET_HEADER } from '../../../harness/protocol.ts';

export interface WebAppSetup {
  browser: () => Promise<Browser>;
  dataDir: string;
  keychainService: string;
  env: NodeJS.ProcessEnv;
  /** Called as each launch starts (the first and every restart). */
  onLaunch(): void;
}

/** The app as the browser harness runs it: main's core in a Node process, the renderer in Chromium. */
export function createWebApp(setup: WebAppSetup): App {
  let harness: RunningHarness | null = null;
  let context: BrowserContext | null = null;
  let page: Page | null = null;
  let lastOptions: AppLaunchOptions = {};
  let output = '';
  const problems: string[] = [];

  const app: App = {
    kind: 'web',
    keychainService: setup.keychainService,
    dataDir: setup.dataDir,
    get page() {
      if (!page) throw new Error('The app is not running: call app.launch() first.');
      return page;
    },
    get harness() {
      return harness ? { origin: harness.origin, secret: harness.secret } : null;
    },
    electron: null,
    async launch(options = {}) {
      if (harness) throw new Error('The app is already running.');
      setup.onLaunch();
      lastOptions = options;
      harness = await startHarnessProcess({
        dataDir: setup.dataDir,
        env: launchEnv(setup.env, options),
        backendArgs: backendFlags(options).flat(),
        onOutput: (text) => (output += text),
      });
      // A fresh context per launch, as a restarted app gets a fresh renderer.
      context = await (await setup.browser()).newContext({
        viewport: { width: 1180, height: 760 },
        locale: 'en-US',
        colorScheme: options.colorScheme ?? 'light',
      });
      page = await context.newPage();
      watchPageProblems(page, problems);
      await options.beforeLoad?.(page);
      await page.goto(harness.url);
      return page;
    },
    async restart() {
      await app.close();
      return app.launch(lastOptions);
    },
    async close() {
      const [runningContext, runningHarness] = [context, harness];
      context = null;
      page = null;
      harness = null;
      await runningContext?.close();
      await runningHarness?.stop();
    },
    output: () => output,
    nextExternalUrl: (timeoutMs) => externalUrls.next(timeoutMs),
    pageProblems: () => [...problems],
    async openLink(link) {
      if (!harness) throw new Error('The app is not running: call app.launch() first.');
      const response = await fetch(`${harness.origin}${OPEN_LINK_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SECRET_HEADER]: harness.secret },
        body: JSON.stringify({ link }),
      });
      if (response.status !== 202) throw new Error(`The app refused the link (${response.status}).`);
    },
    portalHeading: async (portal) => app.page.frameLocator(`iframe[title="${portal.title}"]`).getByRole('heading', { level: 1 }),
  };
  const externalUrls = externalUrlReader(() => output);
  return app;
}
