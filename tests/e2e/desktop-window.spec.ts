/**
 * The window on the desktop, in Electron only: closing it into the tray and bringing it back, and
 * its size remembered across a restart. The harness has a browser tab, neither tray nor window.
 */
import type { ElectronApplication, Page } from '@playwright/test';
import type { DesktopSettings, Result } from '../../src-preload/contract.ts';
import { expect, test } from './fixtures.ts';
import { signInScreen } from './support/screens.ts';

type SettingsBridge = { bitrixId: { settings: { update(change: Partial<DesktopSettings>): Promise<Result<DesktopSettings>> } } };

async function updateSettings(page: Page, change: Partial<DesktopSettings>): Promise<void> {
  const answer = await page.evaluate((asked) => (globalThis as unknown as SettingsBridge).bitrixId.settings.update(asked), change);
  expect(answer.ok, JSON.stringify(answer)).toBe(true);
}

const windowsShown = (electron: ElectronApplication) =>
  electron.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((window) => window.isVisible()));

const windowSize = (electron: ElectronApplication) =>
  electron.evaluate(({ BrowserWindow }) => {
    const [window] = BrowserWindow.getAllWindows();
    if (!window) return null;
    const { width, height } = window.getNormalBounds();
    return { width, height };
  });

test.describe('the window on the desktop', () => {
  test.beforeEach(({ appKind }) => {
    test.skip(appKind !== 'electron', "The tray and the window's placement are Electron's; the harness shows a browser tab.");
  });

  test('closes into the tray when the person chose so, and comes back on a second launch', async ({ app }) => {
    const page = await app.launch();
    const electron = app.electron as ElectronApplication;
    await expect(signInScreen(page).heading).toBeVisible();
    await updateSettings(page, { closeToTray: true });

    await electron.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    // Still running, its one window hidden rather than closed.
    await expect.poll(() => windowsShown(electron)).toEqual([false]);

    await electron.evaluate(({ app: electronApp }) => electronApp.emit('second-instance', {}, [], '/', {}));
    await expect.poll(() => windowsShown(electron)).toEqual([true]);
    await expect(signInScreen(page).heading).toBeVisible();
  });

  test('opens at the size it was left at', async ({ app }) => {
    await app.launch();
    const electron = app.electron as ElectronApplication;
    await electron.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.setBounds({ x: 40, y: 30, width: 1000, height: 640 }));
    await expect.poll(() => windowSize(electron)).toEqual({ width: 1000, height: 640 });

    await app.restart();
    await expect.poll(() => windowSize(app.electron as ElectronApplication)).toEqual({ width: 1000, height: 640 });
  });
});
