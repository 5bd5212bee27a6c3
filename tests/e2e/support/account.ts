/**
 * The account screens (profile, password change, sessions, recovery, the mock inbox) as a person
 * sees them: found by role and accessible name only. Names come from src-renderer/src/i18n/en.ts
 * and account-en.ts.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { InboxItemBody } from '../../../mocks/tests/api-client.ts';
import { accountMenu, type SeedUser } from './screens.ts';

export type AccountMenuItem = 'Profile and security' | 'Mock inbox' | 'Sign out';

/** Opens the avatar menu (named with the full name) and picks an item. */
export async function chooseFromAccountMenu(page: Page, user: SeedUser, item: AccountMenuItem): Promise<void> {
  await accountMenu(page, user).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

export function profileScreen(page: Page, user: SeedUser) {
  return {
    heading: page.getByRole('heading', { level: 1, name: user.fullName, exact: true }),
    profileTab: page.getByRole('tab', { name: 'Profile', exact: true }),
    passwordsTab: page.getByRole('tab', { name: 'Passwords', exact: true }),
    email: page.getByRole('region', { name: 'Email', exact: true }),
    phone: page.getByRole('region', { name: 'Phone', exact: true }),
    password: page.getByRole('region', { name: 'Password', exact: true }),
    social: page.getByRole('region', { name: 'Social networks', exact: true }),
    sessions: page.getByRole('region', { name: 'Active sessions', exact: true }),
  };
}

export type ProfileScreen = ReturnType<typeof profileScreen>;

/** Avatar menu → Profile and security: the profile with its loaded sections. */
export async function openProfile(page: Page, user: SeedUser): Promise<ProfileScreen> {
  await chooseFromAccountMenu(page, user, 'Profile and security');
  const profile = profileScreen(page, user);
  await expect(profile.heading).toBeVisible();
  await expect(profile.profileTab).toHaveAttribute('aria-selected', 'true');
  await expect(profile.email).toBeVisible();
  return profile;
}

export type LoginChannel = 'email' | 'phone';

const loginNames = {
  email: {
    change: 'Change email',
    form: 'Change email',
    newValue: 'New email',
    pending: 'Confirm the change: we sent a link to ',
    confirmation: 'Confirmation link or code',
  },
  phone: {
    change: 'Change phone',
    form: 'Change phone number',
    newValue: 'New phone number',
    pending: 'Confirm the change: we sent a code to ',
    confirmation: 'Code from the text message',
  },
} as const;

/** The e-mail or phone section's "Change …" button and the form it opens. */
export function changeLoginForm(page: Page, channel: LoginChannel) {
  const names = loginNames[channel];
  const form = page.getByRole('form', { name: names.form, exact: true });
  return {
    changeButton: page.getByRole('button', { name: names.change, exact: true }),
    form,
    newValue: form.getByRole('textbox', { name: names.newValue, exact: true }),
    // A password input has no ARIA role: found by its label.
    currentPassword: form.getByLabel('Current password', { exact: true }),
    updatePortals: form.getByRole('checkbox', { name: 'Update this login in all linked Bitrix24 accounts', exact: true }),
    save: form.getByRole('button', { name: 'Save', exact: true }),
  };
}

/** A login change waiting for its link or code, as the section shows it. `target` as displayed. */
export function pendingLoginChange(page: Page, channel: LoginChannel, target: string) {
  const names = loginNames[channel];
  const group = page.getByRole('group', { name: `${names.pending}${target}.`, exact: true });
  return {
    group,
    confirmation: group.getByRole('textbox', { name: names.confirmation, exact: true }),
    confirm: group.getByRole('button', { name: 'Confirm', exact: true }),
    // "Send again in 60 s" while the countdown runs, then "Send again".
    sendAgain: group.getByRole('button', { name: /^Send again/ }),
    cancel: group.getByRole('button', { name: 'Cancel change', exact: true }),
  };
}

/** Starts a login change from the profile: Change … → new value + current password → Save. */
export async function startLoginChange(page: Page, channel: LoginChannel, value: string, currentPassword: string) {
  const change = changeLoginForm(page, channel);
  await change.changeButton.click();
  await expect(change.form).toBeVisible();
  await change.newValue.fill(value);
  await change.currentPassword.fill(currentPassword);
  await change.save.click();
  return change;
}

export function mockInboxScreen(page: Page) {
  return {
    heading: page.getByRole('heading', { level: 1, name: 'Mock inbox', exact: true }),
    address: page.getByRole('textbox', { name: 'Address', exact: true }),
    refresh: page.getByRole('button', { name: 'Refresh', exact: true }),
    loading: page.getByRole('status').filter({ hasText: 'Loading messages…' }),
    messages: page.getByRole('list', { name: 'Messages', exact: true }),
  };
}

export type InboxField = 'Link' | 'Code' | 'Recovery code';

/**
 * In the open Mock inbox: shows only the messages to `to` and reads one read-only field of the
 * newest of them.
 */
export async function readNewestMessageField(page: Page, to: string, field: InboxField): Promise<string> {
  const inbox = mockInboxScreen(page);
  await expect(inbox.heading).toBeVisible();
  await inbox.address.fill(to);
  await inbox.refresh.click();
  await expect(inbox.loading).toBeHidden();
  const newest = inbox.messages.getByRole('listitem').first();
  const value = newest.getByRole('textbox', { name: field, exact: true });
  await expect(value).toBeVisible();
  await expect(value).not.toBeEditable();
  return value.inputValue();
}

/** Avatar menu → Mock inbox, then `readNewestMessageField`. */
export async function readFromMockInbox(page: Page, user: SeedUser, to: string, field: InboxField): Promise<string> {
  await chooseFromAccountMenu(page, user, 'Mock inbox');
  return readNewestMessageField(page, to, field);
}

/** The change-password form inside the Password section. */
export function changePasswordForm(page: Page) {
  const form = page.getByRole('form', { name: 'Change password', exact: true });
  return {
    changeButton: page.getByRole('button', { name: 'Change password', exact: true }),
    form,
    ...newPasswordFields(form),
    current: form.getByLabel('Current password', { exact: true }),
    save: form.getByRole('button', { name: 'Save', exact: true }),
  };
}

/** "New password", its live checklist and strength meter, and "Repeat new password". */
export function newPasswordFields(scope: Page | Locator) {
  const checklist = scope.getByRole('list', { name: 'Password requirements', exact: true });
  return {
    newPassword: scope.getByLabel('New password', { exact: true }),
    repeat: scope.getByLabel('Repeat new password', { exact: true }),
    checklist,
    /** One item of the checklist, e.g. "A digit"; its text ends with "(met)" or "(not met)". */
    rule: (name: string) => checklist.getByRole('listitem').filter({ hasText: name }),
    strength: scope.getByRole('meter', { name: 'Password strength', exact: true }),
  };
}

/** Whether a checklist item says (in words, not only by colour) that it is met. */
export async function expectRule(rule: Locator, met: boolean): Promise<void> {
  await expect(rule).toHaveText(met ? /\(met\)$/ : /\(not met\)$/);
}

export function recoveryScreen(page: Page) {
  const stepTwo = page.getByRole('form', { name: 'Set a new password', exact: true });
  return {
    heading: page.getByRole('heading', { level: 1, name: 'Reset your password', exact: true }),
    login: page.getByRole('textbox', { name: 'Email or phone', exact: true }),
    send: page.getByRole('button', { name: 'Send', exact: true }),
    sent: (login: string) =>
      page
        .getByRole('status')
        .filter({ hasText: `If a Bitrix ID is registered with ${login}, we have sent it a message with a link and a code.` }),
    stepTwo,
    checkword: stepTwo.getByRole('textbox', { name: 'Code or link from the message', exact: true }),
    ...newPasswordFields(stepTwo),
    submit: stepTwo.getByRole('button', { name: 'Set new password', exact: true }),
    backToSignIn: page.getByRole('button', { name: 'Back to sign in', exact: true }),
  };
}

/** The sign-in screen's note on why the session ended (a status, not an error). */
export const signInNotice = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

/**
 * What a standalone mock server (`startMockHttpServer`) "sent" to `to`, newest first, read from
 * its `GET /__mock/inbox`. For runs against a server URL, where the app offers no Mock inbox.
 */
export async function serverInbox(mockUrl: string, to: string): Promise<InboxItemBody[]> {
  const response = await fetch(`${mockUrl}/__mock/inbox?to=${encodeURIComponent(to)}`);
  if (!response.ok) throw new Error(`GET /__mock/inbox answered ${response.status}`);
  return ((await response.json()) as { items: InboxItemBody[] }).items;
}
