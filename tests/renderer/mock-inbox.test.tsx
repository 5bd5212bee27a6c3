import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MockMessage } from '../../src-preload/contract.ts';
import { failure, FakeBridge, ok, serverAppInfo } from './fake-bridge.ts';
import { renderSignedIn } from './render-app.tsx';

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

    expect(screen.getByRole('menuitem', { name: 'Change account' })).toBeTruthy();
    expect(screen.queryByRole('menuitem', { name: 'Mock inbox' })).toBeNull();
  });

  it('lists what the mock sent, newest first, with the secrets in read-only fields', async () => {
    const bridge = new FakeBridge().respond('mock.inbox', () => ok(messages));
    const { user } = renderSignedIn(bridge);
    await user.click(await screen.findByRole('button', { name: 'Alice Demo' }));

    await user.click(screen.getByRole('menuitem', { name: 'Mock inbox' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Mock inbox' });
    expect(document.activeElement).toBe(heading);
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
    expect(within(recovery).getByRole<HTMLInputElement>('textbox', { name: 'Checkword' }).value).toBe('CW-9');
    expect(bridge.callsTo('mock.inbox').map((call) => call.request)).toEqual([{}]);

    await user.click(screen.getByRole('button', { name: 'Back to portals' }));
    expect(await screen.findByRole('heading', { name: 'Choose a portal' })).toBeTruthy();
  });

  it('filters by address on Refresh and says when there is nothing', async () => {
    const bridge = new FakeBridge().respond('mock.inbox', ({ to }) => ok(to ? [] : messages));
    const { user } = renderSignedIn(bridge);
    await user.click(await screen.findByRole('button', { name: 'Alice Demo' }));
    await user.click(screen.getByRole('menuitem', { name: 'Mock inbox' }));
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
    await user.click(await screen.findByRole('button', { name: 'Alice Demo' }));
    await user.click(screen.getByRole('menuitem', { name: 'Mock inbox' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not load the mock inbox');
    expect(alert.textContent).toContain('You do not have permission to do that.');
  });
});
