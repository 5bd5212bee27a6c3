/**
 * Bitrix24 (web) mode against the emulated Bitrix24. For now only that the app comes up in that
 * mode on the emulated Network; the flows (sign in once, portals, unread badges, profiles) come
 * with the mode's screens.
 */
import { expect, test as base } from './fixtures.ts';
import { appInfo, emulatedBitrix24Fixture, type EmulatedBitrix24 } from './support/emulated-bitrix24.ts';

const test = base.extend<{ bitrix24: EmulatedBitrix24 }>({ bitrix24: emulatedBitrix24Fixture });

test('starts in Bitrix24 mode on the emulated Network', async ({ app, bitrix24 }) => {
  const page = await app.launch({ bitrix24: { networkUrl: bitrix24.networkUrl } });
  await expect(page).toHaveTitle(/Bitrix ID/);
  expect(await appInfo(app)).toMatchObject({
    ok: true,
    value: { backend: { mode: 'bitrix24', url: bitrix24.networkUrl, source: 'override' } },
  });
});
