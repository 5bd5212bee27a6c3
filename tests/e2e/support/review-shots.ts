/**
 * The screenshot review (tests/e2e/screenshot-review.spec.ts): each state of the walk (review-walk.ts), once settled,
 * photographed at the three window sizes the issue reviews, into
 * test-results/screenshot-review/<size>-<theme>-<language>/<nn>-<screen>.png.
 */
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import type { AppLanguage } from './app-strings.ts';
import { repoRoot } from './paths.ts';

export const reviewSizes = [
  { width: 900, height: 600 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

export const reviewDir = join(repoRoot, 'test-results', 'screenshot-review');

export const reviewRequested = () => process.env['BITRIX_ID_SCREENSHOTS'] === 'review';

/** Two frames: one for the resize to reach the page's own listeners, one for what they changed to be painted. */
export const nextPaint = (page: Page) =>
  page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));

/**
 * Photographs the window at every review size, smallest first, then leaves it at 1280×800 for the
 * walk to go on. `screen` is `<nn>-<name>`, so a folder lists the states in walking order.
 */
export async function reviewScreenshots(
  page: Page,
  theme: 'light' | 'dark',
  language: AppLanguage,
  screen: string,
  /** Runs after each resize, before the picture: e.g. scrolls what is to be shown into view. */
  arrange?: () => Promise<void>,
): Promise<void> {
  for (const size of reviewSizes) {
    await page.setViewportSize(size);
    await nextPaint(page);
    if (arrange) {
      await arrange();
      await nextPaint(page);
    }
    const folder = `${size.width}x${size.height}-${theme}-${language}`;
    await page.screenshot({ path: join(reviewDir, folder, `${screen}.png`), animations: 'disabled' });
  }
  await page.setViewportSize(reviewSizes[1]);
  await nextPaint(page);
}
