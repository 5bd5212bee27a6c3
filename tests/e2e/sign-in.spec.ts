import { expect, test } from './fixtures.ts';
import { portalsScreen } from './support/portals.ts';
import { accountMenu, alice, expectSignedIn, signIn, signInScreen } from './support/screens.ts';

test.describe('Sign in', () => {
  test('with the e-mail shows the full name and the five portals', async ({ app }) => {
    const page = await app.launch();
    await expect(signInScreen(page).heading).toBeVisible();

    await signIn(page, alice.email, alice.password);

    await expectSignedIn(page, alice);
    // Her three, alice-old.bitrix24.ru linked by this first sign-in, and the deleted closed-shop.bitrix24.com.
    await expect(portalsScreen(page).rows).toHaveCount(5);
    expect(app.pageProblems()).toEqual([]);
  });

  test('with the phone number works too', async ({ app }) => {
    const page = await app.launch();

    await signIn(page, alice.phone, alice.password);

    await expectSignedIn(page, alice);
  });

  test('a wrong password says so and keeps the login typed', async ({ app }) => {
    const page = await app.launch();
    const screen = signInScreen(page);

    await signIn(page, alice.email, 'Not-Alices-Passw0rd!');

    await expect(screen.alert.filter({ hasText: 'Wrong login or password' })).toBeVisible();
    await expect(screen.login).toHaveValue(alice.email);
    await expect(screen.heading).toBeVisible();
    await expect(accountMenu(page, alice)).toHaveCount(0);
  });
});
