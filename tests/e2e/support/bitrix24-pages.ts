import type { FrameLocator, Page } from '@playwright/test';
import type { App } from './app.ts';

/** What a spec reads and clicks in a Bitrix24 page: a frame in the harness, a view's own page in Electron. */
export type Bitrix24PageContent = Pick<FrameLocator, 'getByRole' | 'getByLabel' | 'getByText'>;

/**
 * The Bitrix24 page the window shows now: in the harness, the one iframe not hidden (every other
 * live view stays loaded, hidden); in Electron, the WebContentsView whose address is on `host`.
 */
export async function shownBitrix24Page(app: App, host: string): Promise<Bitrix24PageContent> {
  if (!app.electron) return app.page.frameLocator('iframe:not([hidden])');
  const onHost = (candidate: Page) => URL.canParse(candidate.url()) && new URL(candidate.url()).host === host;
  return app.electron.windows().find(onHost) ?? (await app.electron.waitForEvent('window', { predicate: onHost }));
}
