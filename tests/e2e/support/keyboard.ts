/** Moving through the window with the keyboard alone, as a person without a mouse does. */
import { expect, type Locator, type Page } from '@playwright/test';

/** More presses than any screen has stops: a control not reached by then cannot be reached. */
const MAX_TAB_STOPS = 40;

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails if it never gets it. */
export async function tabTo(page: Page, target: Locator, direction: 'forward' | 'backward' = 'forward'): Promise<void> {
  for (let presses = 0; presses < MAX_TAB_STOPS; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(direction === 'forward' ? 'Tab' : 'Shift+Tab');
  }
  await expect(target, `reached with ${direction === 'forward' ? 'Tab' : 'Shift+Tab'}`).toBeFocused({ timeout: 1_000 });
}
