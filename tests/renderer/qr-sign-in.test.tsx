import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failure, FakeBridge } from './fake-bridge.ts';
import { findSignInHeading, openProfile, region, renderApp, renderSignedIn } from './render-app.tsx';

const qrView = () => screen.getByRole('region', { name: 'Sign in with a QR code' });

async function openQrView() {
  const rendered = renderApp();
  await findSignInHeading();
  await rendered.user.click(screen.getByRole('button', { name: 'Sign in with QR code' }));
  await screen.findByRole('img', { name: 'QR code to sign in' });
  return rendered;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('signing in with a QR code', () => {
  it('shows the QR code, its code, what to do, a live waiting status and the time left, with the focus on Cancel', async () => {
    const { bridge } = await openQrView();
    const view = qrView();
    expect(within(view).getByText('Code: BCDF-GHJK')).toBeTruthy();
    expect(within(view).getByText('Scan it with the Bitrix24 app on a phone where you are signed in.')).toBeTruthy();
    expect(within(view).getByRole('status').textContent).toBe('Waiting for approval…');
    expect(within(view).getByText('Expires in 1:45')).toBeTruthy();
    expect(document.activeElement).toBe(within(view).getByRole('button', { name: 'Cancel' }));
    // The form is out of the way while the QR code is shown.
    expect(screen.queryByRole('textbox', { name: 'Email or phone' })).toBeNull();
    expect(bridge.qrWaiting).toBe(true);
  });

  it('counts the time left down every second', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'Date'] });
    await openQrView();
    expect(within(qrView()).getByText('Expires in 1:45')).toBeTruthy();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(2000);
    });
    expect(within(qrView()).getByText('Expires in 1:43')).toBeTruthy();
  });

  it('signs in as usual when a phone approves', async () => {
    const { bridge } = await openQrView();
    act(() => bridge.finishQrSignIn());
    expect(await screen.findByRole('button', { name: 'Alice Demo' })).toBeTruthy();
  });

  it('says when the code expired and gets a new one', async () => {
    const { bridge, user } = await openQrView();
    act(() => bridge.finishQrSignIn('sign_in_expired'));
    expect((await screen.findByRole('alert')).textContent).toBe('This QR code has expired.');
    expect(screen.queryByRole('img', { name: 'QR code to sign in' })).toBeNull();
    const newCode = screen.getByRole('button', { name: 'Get a new code' });
    expect(document.activeElement).toBe(newCode);
    await user.keyboard('{Enter}');
    await screen.findByText('Code: LMNP-QRST');
    expect(bridge.calls.filter((call) => call.channel === 'qrSignIn.start')).toHaveLength(2);
  });

  it('cancels: main stops waiting, the form is back and the focus returns to the button', async () => {
    const { bridge, user } = await openQrView();
    await user.keyboard('{Enter}');
    const reopen = await screen.findByRole('button', { name: 'Sign in with QR code' });
    expect(bridge.calls.some((call) => call.channel === 'qrSignIn.cancel')).toBe(true);
    expect(bridge.qrWaiting).toBe(false);
    expect(screen.queryByRole('region', { name: 'Sign in with a QR code' })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Email or phone' })).toBeTruthy();
    expect(document.activeElement).toBe(reopen);
  });

  it('says so when no request can be started', async () => {
    const bridge = new FakeBridge().respond('qrSignIn.start', () => failure('network'));
    const { user } = renderApp(bridge);
    await findSignInHeading();
    await user.click(screen.getByRole('button', { name: 'Sign in with QR code' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Could not get a QR code\. /);
    expect(screen.getByRole('button', { name: 'Get a new code' })).toBeTruthy();
  });
});

describe('approving a QR sign-in from the profile', () => {
  it('approves the pasted link and names the device that is signed in now', async () => {
    const bridge = new FakeBridge();
    const { user } = renderSignedIn(bridge);
    await openProfile(user);
    const section = region('Approve a sign-in with QR code');
    await user.type(within(section).getByLabelText('Sign-in link or code'), 'http://mock.invalid/qr?code=BCDF-GHJK');
    await user.click(within(section).getByRole('button', { name: 'Approve' }));
    expect((await within(section).findByRole('status')).textContent).toBe('Signed in on Kitchen laptop.');
    expect(bridge.calls.filter((call) => call.channel === 'account.approveQrSignIn').map((call) => call.request)).toEqual([
      { link: 'http://mock.invalid/qr?code=BCDF-GHJK' },
    ]);
  });

  it('asks for a link before sending anything, and explains a link main refuses', async () => {
    const bridge = new FakeBridge().respond('account.approveQrSignIn', () => failure('validation', { fields: { link: 'invalid' } }));
    const { user } = renderSignedIn(bridge);
    await openProfile(user);
    const section = region('Approve a sign-in with QR code');
    const field = within(section).getByLabelText('Sign-in link or code');
    await user.click(within(section).getByRole('button', { name: 'Approve' }));
    expect(within(section).getByText('Paste the link from the QR code.')).toBeTruthy();
    expect(bridge.calls.some((call) => call.channel === 'account.approveQrSignIn')).toBe(false);
    await user.type(field, 'https://evil.example/qr?code=BCDF-GHJK{Enter}');
    expect(await within(section).findByText('This is not a sign-in link of this server.')).toBeTruthy();
    expect(document.activeElement).toBe(field);
  });

  it('says when the request has ended', async () => {
    const bridge = new FakeBridge().respond('account.approveQrSignIn', () => failure('sign_in_expired'));
    const { user } = renderSignedIn(bridge);
    await openProfile(user);
    const section = region('Approve a sign-in with QR code');
    await user.type(within(section).getByLabelText('Sign-in link or code'), 'BCDF-GHJK{Enter}');
    expect((await within(section).findByRole('alert')).textContent).toBe(
      'Could not approve the sign-in. This sign-in has expired. Start again.',
    );
  });
});

describe("the Mock backend panel's Approve as Alice's phone", () => {
  it('signs the waiting QR sign-in in', async () => {
    const { bridge, user } = await openQrView();
    await user.click(screen.getByRole('button', { name: 'Mock backend' }));
    const approve = await screen.findByRole('button', { name: 'Approve as Alice’s phone' });
    await user.click(approve);
    expect(await screen.findByRole('button', { name: 'Alice Demo' })).toBeTruthy();
    expect(bridge.qrWaiting).toBe(false);
  });

  it('says no request is waiting', async () => {
    const { user } = renderApp();
    await findSignInHeading();
    await user.click(screen.getByRole('button', { name: 'Mock backend' }));
    await user.click(await screen.findByRole('button', { name: 'Approve as Alice’s phone' }));
    expect(await screen.findByText('No QR sign-in request is waiting.')).toBeTruthy();
  });
});
