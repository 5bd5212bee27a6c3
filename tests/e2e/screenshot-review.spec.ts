/**
 * The screenshot review the design pass is judged by (issues 16 and 17): the app's main screens and
 * states, each photographed at 900×600, 1280×800 and 1920×1080, in the light and the dark theme, in
 * every language of the app, into test-results/screenshot-review/<size>-<theme>-<language>/<nn>-<screen>.png.
 * Pictures for a person to look at, not assertions about them: the walk (support/review-walk.ts)
 * reaches each state as a person does and photographs it once it has settled. Skipped unless
 * BITRIX_ID_SCREENSHOTS=review; BITRIX_ID_REVIEW_LANGUAGES (e.g. "de,fr") and BITRIX_ID_REVIEW_THEMES
 * ("light") narrow a run down:
 *
 *   BITRIX_ID_SCREENSHOTS=review npx playwright test --project=web tests/e2e/screenshot-review.spec.ts
 *
 * The language is the person's remembered choice, set before the app loads.
 */
import { appLanguages, appStrings } from './support/app-strings.ts';
import { reviewRequested, reviewScreenshots, reviewSizes } from './support/review-shots.ts';
import { defineReviewWalk, walkTest as test } from './support/review-walk.ts';

test.skip(({ appKind }) => appKind !== 'web' || !reviewRequested(), 'the screenshot review runs on request only: BITRIX_ID_SCREENSHOTS=review');
// Every state is photographed at three sizes, up to fifteen pictures a test: three times the usual time.
test.slow();

/** The values a comma-separated environment variable names, or all of them when it is unset. */
function chosen<T extends string>(variable: string, all: readonly T[]): readonly T[] {
  const names = process.env[variable]?.split(',').map((name) => name.trim());
  return names ? all.filter((value) => names.includes(value)) : all;
}

for (const theme of chosen('BITRIX_ID_REVIEW_THEMES', ['light', 'dark'] as const)) {
  for (const language of chosen('BITRIX_ID_REVIEW_LANGUAGES', appLanguages)) {
    test.describe(`Screenshot review, ${theme} theme, ${language}`, () => {
      defineReviewWalk(test, {
        theme,
        lang: language,
        chooseLanguage: async (page) => {
          await page.addInitScript((chosen) => localStorage.setItem('bitrix-id.language', chosen), language);
        },
        strings: () => appStrings(language),
        size: reviewSizes[1],
        visit: (page, screen, arrange) => reviewScreenshots(page, theme, language, screen, arrange),
      });
    });
  }
}
