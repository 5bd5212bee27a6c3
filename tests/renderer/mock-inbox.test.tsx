import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MockMessage } from '../../src-preload/contract.ts';
import { failure, FakeBridge, mockAppInfo, ok, serverAppInfo } from './fake-bridge.ts';
import { chooseFromAccountMenu, findSignInHeading, renderApp, renderSignedIn } from './render-app.tsx';

const messages: MockMessage[] = [
  {
    to: 'alice.new@example.com',
    channel: 'email',
    subject: 'Confirm your new email',
    text: 'Open the link to confirm.',
    link: 'bitrixid://confirm-login?token=tok-1',
    code: null,
    checkword: null,
    sentAt: '2025-06-01T12:00:00.000Z',
  },
  {
    to: '+15550100002',
    channel: 'sms',
    subject: 'Bitrix ID code',
    text: 'Your code: 123456',
    link: null,
    code: '123456',
    checkword: null,
    sentAt: '2025-06-01T12:05:00.000Z',
  },
  {
    to: 'alice@example.com',
    channel: 'email',
    subject: 'Password recovery',
    text: 'Your checkword is below.',
    link: 'bitrixid://recover?login=alice%40example.com&checkword=CW-9',
    code: null,
    checkword: 'CW-9',
    sentAt: '2025-06-01T11:00:00.000Z',
  },
];

describe('mock inbox', () => {
  it('is not offered with a real server', async () => {
    const { user } = renderSignedIn(new FakeBridge().respond('app.info', () => ok(serverAppInfo)));
    await screen.findByText('Server: id.example.com');

    await user.click(await screen.findByRole('button', { name: 'Alice Demo' }));

    expect(screen.getByRole('menuitem', { name: 'Profile and security' })).toBeTruthy();
    expect(screen.queryByRole('menuitem', { name: 'Mock inbox' })).toBeNull();
  });

  it('lists what the mock sent, newest first, with the secrets in read-only fields', async () => {
    const bridge = new FakeBridge().respond('mock.inbox', () => ok(messages));
    const { user } = renderSignedIn(bridge);

    await chooseFromAccountMenu(user, 'Mock inbox');

    const heading = await screen.findByRole('heading', { level: 1, name: 'Mock inbox' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText(/What the mock backend would have sent/)).toBeTruthy();
    const list = await screen.findByRole('list', { name: 'Messages' });
    const items = within(list).getAllByRole('article');
    expect(items.map((item) => item.getAttribute('aria-label'))).toEqual([
      'Bitrix ID code',
      'Confirm your new email',
      'Password recovery',
    ]);

    const [sms, email, recovery] = items as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(sms).getByText('SMS')).toBeTruthy();
    expect(within(sms).getByText('To: +15550100002')).toBeTruthy();
    expect(within(sms).getByText('Your code: 123456')).toBeTruthy();
    const code = within(sms).getByRole<HTMLInputElement>('textbox', { name: 'Code' });
    expect(code.value).toBe('123456');
    expect(code.readOnly).toBe(true);
    expect(within(sms).queryByRole('textbox', { name: 'Link' })).toBeNull();

    expect(within(email).getByText('Email')).toBeTruthy();
    expect(within(email).getByRole<HTMLInputElement>('textbox', { name: 'Link' }).value).toBe('bitrixid://confirm-login?token=tok-1');
    expect(within(recovery).getByRole<HTMLInputElement>('textbox', { name: 'Recovery code' }).value).toBe('CW-9');
    expect(bridge.callsTo('mock.inbox').map((call) => call.request)).toEqual([{}]);

    await user.click(screen.getByRole('button', { name: 'Back to portals' }));
    expect(await screen.findByRole('heading', { name: 'Choose a portal' })).toBeTruthy();
  });

  it('filters by address on Refresh and says when there is nothing', async () => {
    const bridge = new FakeBridge().respond('mock.inbox', ({ to }) => ok(to ? [] : messages));
    const { user } = renderSignedIn(bridge);
    await chooseFromAccountMenu(user, 'Mock inbox');
    await screen.findByRole('list', { name: 'Messages' });

    await user.type(screen.getByRole('textbox', { name: 'Address' }), ' bob@example.com ');
    await user.click(screen.getByRole('button', { name: 'Refresh' }));

    expect(await screen.findByText('No messages.')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Messages' })).toBeNull();
    expect(bridge.callsTo('mock.inbox').map((call) => call.request)).toEqual([{}, { to: 'bob@example.com' }]);
  });

  it('says when the inbox cannot be read', async () => {
    const bridge = new FakeBridge().respond('mock.inbox', () => failure('forbidden'));
    const { user } = renderSignedIn(bridge);
    await chooseFromAccountMenu(user, 'Mock inbox');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not load the mock inbox.');
    expect(alert.textContent).toContain('You do not have permission to do that.');
  });
});

describe('mock inbox while signed out', () => {
  const findRecoveryHeading = () => screen.findByRole('heading', { level: 1, name: 'Reset your password' });

  it('opens as a dialog over the recovery screen at step 2, and closing it leaves the form as it was', async () => {
    const bridge = new FakeBridge().respond('mock.inbox', () => ok(messages));
    const { user } = renderApp(bridge);
    await findSignInHeading();
    await user.click(screen.getByRole('button', { name: 'Forgot your password?' }));
    await findRecoveryHeading();
    await user.type(screen.getByLabelText('Email or phone'), 'alice@example.com');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    const form = await screen.findByRole('form', { name: 'Set a new password' });
    await user.type(within(form).getByLabelText('New password'), 'New-Passw0rd');
    await user.type(within(form).getByLabelText('Repeat new password'), 'New-Passw0rd');
    expect(bridge.callsTo('mock.inbox')).toEqual([]);

    const opener = screen.getByRole('button', { name: 'Mock inbox' });
    await user.click(opener);

    const dialog = await screen.findByRole('dialog', { name: 'Mock inbox' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const heading = await within(dialog).findByRole('heading', { level: 1, name: 'Mock inbox' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const list = await within(dialog).findByRole('list', { name: 'Messages' });
    const recovery = within(list).getByRole('article', { name: 'Password recovery' });
    const checkword = within(recovery).getByRole<HTMLInputElement>('textbox', { name: 'Recovery code' }).value;
    expect(checkword).toBe('CW-9');

    // Tab stays inside: back from the first control lands on the last.
    const close = within(dialog).getByRole('button', { name: 'Close' });
    close.focus();
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(within(recovery).getByRole('textbox', { name: 'Recovery code' }));
    await user.tab();
    expect(document.activeElement).toBe(close);

    await user.click(close);

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    // The recovery screen never went away: step 2 still holds the login and what was typed.
    expect(screen.getByRole('status').textContent).toBe(
      'If a Bitrix ID is registered with alice@example.com, we have sent it a message with a link and a code.',
    );
    const stillThere = screen.getByRole('form', { name: 'Set a new password' });
    expect(within(stillThere).getByLabelText<HTMLInputElement>('New password').value).toBe('New-Passw0rd');
    expect(within(stillThere).getByLabelText<HTMLInputElement>('Repeat new password').value).toBe('New-Passw0rd');
    expect(bridge.callsTo('recovery.request')).toHaveLength(1);

    await user.type(within(stillThere).getByLabelText('Code or link from the message'), checkword);
    await user.click(within(stillThere).getByRole('button', { name: 'Set new password' }));
    await findSignInHeading();
    expect(bridge.callsTo('recovery.complete').map((call) => call.request)).toEqual([
      { login: 'alice@example.com', checkword: 'CW-9', newPassword: 'New-Passw0rd' },
    ]);
  });

  it('opens from the sign-in screen too; Escape closes it and keeps what was typed', async () => {
    const { bridge, user } = renderApp(new FakeBridge().respond('mock.inbox', () => ok(messages)));
    await findSignInHeading();
    await user.type(screen.getByLabelText('Email or phone'), 'bob@example.com');
    const opener = await screen.findByRole('button', { name: 'Mock inbox' });

    await user.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Mock inbox' });
    await within(dialog).findByRole('list', { name: 'Messages' });
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(screen.getByLabelText<HTMLInputElement>('Email or phone').value).toBe('bob@example.com');
    expect(bridge.callsTo('mock.inbox')).toHaveLength(1);
  });

  it('is not offered on the sign-in or recovery screen without the mock tools', async () => {
    const bridge = new FakeBridge().respond('app.info', () => ok({ ...mockAppInfo, mockTools: false }));
    const { user } = renderApp(bridge);
    await findSignInHeading();
    expect(await screen.findByText('Embedded mock backend')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mock inbox' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Forgot your password?' }));
    await findRecoveryHeading();
    expect(screen.getByText('Embedded mock backend')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mock inbox' })).toBeNull();
    expect(bridge.callsTo('mock.inbox')).toEqual([]);
  });

  it('is not offered with a real server', async () => {
    renderApp(new FakeBridge().respond('app.info', () => ok(serverAppInfo)));
    expect(await screen.findByText('Server: https://id.example.com')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mock inbox' })).toBeNull();
  });
});
