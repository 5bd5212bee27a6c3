/** Bitrix24 mode: signing in on the emulated Network (mocks/bitrix24-web/) in whatever view shows its form now. */
import { expect } from '@playwright/test';
import type { App } from './app.ts';
import { shownBitrix24Page } from './bitrix24-pages.ts';
import { EMULATED_ACCOUNT, type EmulatedBitrix24 } from './emulated-bitrix24.ts';

export async function signInOnNetwork(app: App, bitrix24: EmulatedBitrix24): Promise<void> {
  const page = await shownBitrix24Page(app, new URL(bitrix24.networkUrl).host);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Bitrix24' })).toBeVisible();
  await page.getByLabel('Login (e-mail or phone)').fill(EMULATED_ACCOUNT.login);
  await page.getByLabel('Password').fill(EMULATED_ACCOUNT.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
