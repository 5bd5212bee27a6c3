/**
 * The emulated Bitrix24 (mocks/bitrix24-web/) for specs of Bitrix24 mode: a fresh Network and
 * portals per test, in memory, closed when the test ends, pass or fail. Use it as a test-scoped
 * fixture and launch the app on its Network:
 *
 *   const test = base.extend<{ bitrix24: EmulatedBitrix24 }>({ bitrix24: emulatedBitrix24Fixture });
 *   const page = await app.launch({ bitrix24: { networkUrl: bitrix24.networkUrl } });
 *
 * Sign in on its Network as `EMULATED_ACCOUNT`; `bitrix24.setUnread('alpha', 3)` gives a portal's
 * title an unread count. The harness shows its pages through proxied frames (harness/web-frames.ts).
 */
import {
  EMULATED_ACCOUNT,
  startEmulatedBitrix24,
  type EmulatedBitrix24,
} from '../../../mocks/bitrix24-web/emulated-bitrix24.ts';
import type { App } from './app.ts';
import { INVOKE_PATH_PREFIX, SECRET_HEADER } from '../../../harness/protocol.ts';
import type { AppInfo, Result } from '../../../src-preload/contract.ts';

export { EMULATED_ACCOUNT, type EmulatedBitrix24 };

// Playwright reads a fixture's dependencies from its first parameter, which must be a destructuring pattern.
// eslint-disable-next-line no-empty-pattern
export async function emulatedBitrix24Fixture({}: object, use: (site: EmulatedBitrix24) => Promise<void>): Promise<void> {
  const site = await startEmulatedBitrix24();
  try {
    await use(site);
  } finally {
    await site.close();
  }
}

/** `app.info` as main answers it: over the harness's bridge (web), or the window's bridge (Electron). */
export async function appInfo(app: App): Promise<Result<AppInfo>> {
  const { harness } = app;
  if (harness === null) {
    return app.page.evaluate(() => (globalThis as unknown as { bitrixId: { app: { info(): Promise<Result<AppInfo>> } } }).bitrixId.app.info());
  }
  const response = await fetch(`${harness.origin}${INVOKE_PATH_PREFIX}app.info`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SECRET_HEADER]: harness.secret },
    body: '',
  });
  return (await response.json()) as Result<AppInfo>;
}
