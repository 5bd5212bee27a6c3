/**
 * The `sms-down` scenario against a standalone mock server: anything that would send an SMS answers
 * 503 sms_unavailable with Retry-After: 30; e-mail works. Changing the phone says so in its own
 * sentence and keeps what was typed; changing the e-mail goes on as usual.
 */
import { expect, test as base } from './fixtures.ts';
import { changeLoginForm, openProfile, pendingLoginChange, serverInbox, startLoginChange } from './support/account.ts';
import { mockServersFixture, type MockServers } from './support/mock-server.ts';
import { offlineBanner, sentences } from './support/resilience.ts';
import { alice, launchSignedIn } from './support/screens.ts';

const test = base.extend<{ mockServers: MockServers }>({ mockServers: mockServersFixture });

const newPhone = '+1 555 010 0099';
const newEmail = 'alice.sms-down@example.com';

test('sms-down: changing the phone says text messages cannot be sent and keeps what was typed; changing the e-mail still works', async ({
  app,
  mockServers,
}) => {
  const server = await mockServers.start({ scenario: 'sms-down' });
  const page = await launchSignedIn(app, alice, { apiUrl: server.url });
  const profile = await openProfile(page, alice);

  const phone = await startLoginChange(page, 'phone', newPhone, alice.password);

  await expect(phone.form.getByRole('alert')).toHaveText(`${sentences.loginChangeFailed} ${sentences.smsUnavailable30s}`);
  await expect(phone.form).toBeVisible();
  await expect(phone.newValue).toHaveValue(newPhone);
  await expect(phone.currentPassword).toHaveValue(alice.password);
  await expect(phone.save).toBeEnabled();
  // Nothing is waiting for a code, nothing was sent, and the phone is unchanged.
  await expect(pendingLoginChange(page, 'phone', newPhone).group).toHaveCount(0);
  await expect(profile.phone).toContainText(alice.phone);
  expect(await serverInbox(server.url, newPhone)).toEqual([]);
  // The server answered: this is not the offline banner.
  await expect(offlineBanner(page)).toHaveCount(0);

  await phone.form.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(phone.form).toBeHidden();

  const email = await startLoginChange(page, 'email', newEmail, alice.password);

  await expect(pendingLoginChange(page, 'email', newEmail).group).toBeVisible();
  await expect(email.form).toBeHidden();
  const sent = await serverInbox(server.url, newEmail);
  expect(sent).toHaveLength(1);
  expect(sent[0]?.channel).toBe('email');
  expect(sent[0]?.link).toMatch(/^bitrixid:\/\/confirm-login\?token=\S+$/);
  await expect(changeLoginForm(page, 'phone').changeButton).toBeVisible();
});
