/**
 * The system browser's part of a social sign-in, played by Playwright: opens the URL the app handed
 * to the OS, continues as `displayName` on the mock's consent page, and waits for the loopback
 * listener's last page, which says what the app made of it.
 */
import { expect, type Browser, type PlaywrightWorkerArgs } from '@playwright/test';
import type { App } from './app.ts';
import { chromiumLaunchOptions } from './browsers.ts';

export const SIGNED_IN_PAGE = 'You are signed in to Bitrix ID';

export function systemBrowser(playwright: PlaywrightWorkerArgs['playwright']) {
  let browser: Browser | undefined;
  return {
    async continueAs(app: App, displayName: string, outcome: string | RegExp = SIGNED_IN_PAGE): Promise<void> {
      const url = await app.nextExternalUrl();
      browser ??= await playwright.chromium.launch(chromiumLaunchOptions());
      const context = await browser.newContext();
      try {
        const consent = await context.newPage();
        await consent.goto(url);
        await consent.getByRole('button', { name: 'Sign in with another account', exact: true }).click();
        await consent.getByRole('button', { name: `Continue as ${displayName}`, exact: true }).click();
        // The loopback listener's own page, once the app has the outcome: the person may go back to the app.
        await expect(consent.getByRole('heading', { level: 1 })).toHaveText(outcome);
        await expect(consent.getByRole('main')).toContainText('Bitrix ID Desktop');
      } finally {
        await context.close();
      }
    },
    async close(): Promise<void> {
      await browser?.close();
    },
  };
}
