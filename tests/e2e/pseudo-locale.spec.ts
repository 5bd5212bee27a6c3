/**
 * German-length text never overflows (issue 17): the review's walk through every main screen
 * (support/review-walk.ts) at 900×600 in the pseudo-locale en-XA, whose strings are about 40% longer
 * than English, accented and bracketed. At each state it photographs the window into
 * test-results/pseudo-locale/900x600-<theme>/<nn>-<screen>.png for a person to read, and fails on
 * any text clipped or spilling out of its box without a way to read it whole, and on any toolbar
 * that wraps onto a second line (support/overflow.ts).
 */
import { join } from 'node:path';
import { expect } from './fixtures.ts';
import { pseudoAppStrings } from './support/app-strings.ts';
import { findOverflow } from './support/overflow.ts';
import { repoRoot } from './support/paths.ts';
import { nextPaint, reviewSizes } from './support/review-shots.ts';
import { defineReviewWalk, walkTest as test } from './support/review-walk.ts';

test.skip(({ appKind }) => appKind !== 'web', 'the walk runs in the browser harness: its emulated Bitrix24 and system browser are the web project’s');

const size = reviewSizes[0];

for (const theme of ['light'] as const) {
  test.describe(`Pseudo-locale at ${size.width}×${size.height}, ${theme} theme`, () => {
    defineReviewWalk(test, {
      theme,
      lang: 'en-XA',
      chooseLanguage: async (page) => {
        await page.addInitScript(() => localStorage.setItem('bitrix-id.pseudo-locale', 'en-XA'));
      },
      strings: pseudoAppStrings,
      size,
      async visit(page, screen, arrange) {
        await nextPaint(page);
        if (arrange) {
          await arrange();
          await nextPaint(page);
        }
        const folder = join(repoRoot, 'test-results', 'pseudo-locale', `${size.width}x${size.height}-${theme}`);
        await page.screenshot({ path: join(folder, `${screen}.png`), animations: 'disabled' });
        expect.soft(await findOverflow(page), `text that does not fit on ${screen}`).toEqual([]);
      },
    });
  });
}
