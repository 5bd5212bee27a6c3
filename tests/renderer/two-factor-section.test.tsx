import { screen, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { useSessionStore } from '../../src-renderer/src/stores/session-store.ts';
import { accountPassword, aliceProfile, appCode, FakeBridge, recoveryCodesOf } from './fake-bridge.ts';
import { accountStoresText, descriptionOf, openProfile, region, renderSignedIn } from './render-app.tsx';

type User = ReturnType<typeof renderSignedIn>['user'];

const withTwoStepOn = (): FakeBridge => {
  const bridge = new FakeBridge();
  bridge.profile = { ...aliceProfile(), twoFactor: { enabled: true, recoveryCodesLeft: 10 } };
  return bridge;
};

async function openSecurity(user: User) {
  await openProfile(user);
  return screen.findByRole('region', { name: 'Security' });
}

const dialog = (name: string) => screen.getByRole('dialog', { name });
const passwordField = () => screen.getByLabelText<HTMLInputElement>('Current password');
const appCodeField = () => screen.getByLabelText<HTMLInputElement>('Code from your authenticator app');

/** Records what "Save as file" hands the browser: the file's name and its text. */
function catchDownloads() {
  const files: Array<{ name: string; blob: Blob | undefined }> = [];
  let blob: Blob | undefined;
  const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((made) => {
    blob = made as Blob;
    return 'blob:codes';
  });
  const revokeObjectURL = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob });
  });
  onTestFinished(() => {
    click.mockRestore();
    createObjectURL.mockRestore();
    revokeObjectURL.mockRestore();
  });
  return files;
}

describe('Security section: two-step verification', () => {
  it('turns two-step on: password, QR code and key, a code, then the ten recovery codes to copy or save', async () => {
    const bridge = new FakeBridge();
    const { user } = renderSignedIn(bridge);
    const security = await openSecurity(user);
    expect(security.textContent).toContain('Two-step verification: Off');
    const files = catchDownloads();

    await user.click(within(security).getByRole('button', { name: 'Turn on' }));
    const turnOn = dialog('Turn on two-step verification');
    expect(document.activeElement).toBe(passwordField());
    await user.type(passwordField(), 'not it{Enter}');
    expect(await within(turnOn).findByText('The current password is wrong.')).toBeTruthy();
    expect(descriptionOf(passwordField())).toBe('The current password is wrong.');
    expect(passwordField().value).toBe('not it');
    await user.clear(passwordField());
    await user.type(passwordField(), accountPassword);
    await user.click(within(turnOn).getByRole('button', { name: 'Continue' }));

    const qr = await within(turnOn).findByRole('img', { name: 'QR code for your authenticator app' });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(within(turnOn).getByText('JBSW Y3DP EHPK 3PXP')).toBeTruthy();
    const codeField = screen.getByLabelText<HTMLInputElement>('Enter the 6-digit code your app shows');
    expect(document.activeElement).toBe(codeField);
    await user.click(within(turnOn).getByRole('button', { name: 'Copy key' }));
    expect(await navigator.clipboard.readText()).toBe('JBSWY3DPEHPK3PXP');
    expect(within(turnOn).getByRole('status').textContent).toBe('The key was copied.');
    await user.type(codeField, '000000{Enter}');
    expect(await within(turnOn).findByText('Wrong code. 4 tries left.')).toBeTruthy();
    expect(codeField.value).toBe('000000');
    await user.clear(codeField);
    await user.type(codeField, appCode);
    await user.click(within(turnOn).getByRole('button', { name: 'Turn on' }));

    const list = await within(turnOn).findByRole('list', { name: 'Your recovery codes' });
    const codes = recoveryCodesOf(2);
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(codes);
    await user.click(within(turnOn).getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe(`${codes.join('\n')}\n`);
    expect(within(turnOn).getByRole('status').textContent).toBe('The recovery codes were copied.');
    await user.click(within(turnOn).getByRole('button', { name: 'Save as file' }));
    expect(files.map((file) => file.name)).toEqual(['bitrix-id-recovery-codes.txt']);
    expect(await files[0]?.blob?.text()).toBe(`${codes.join('\n')}\n`);
    // Neither the secret nor the codes are kept in any store.
    const stored = accountStoresText() + JSON.stringify(useSessionStore.getState());
    expect(stored).not.toContain('JBSWY3DPEHPK3PXP');
    expect(stored).not.toContain(codes[0]);

    await user.click(within(turnOn).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(security.textContent).toContain('Two-step verification: On');
    expect(security.textContent).toContain('10 recovery codes left');
    expect(within(security).getByRole('status').textContent).toBe('Two-step verification is on.');
    expect(within(security).getByRole('button', { name: 'Turn off' })).toBeTruthy();
    expect(bridge.callsTo('twoFactor.beginSetup').map((call) => call.request)).toEqual([
      { currentPassword: 'not it' },
      { currentPassword: accountPassword },
    ]);
    expect(bridge.callsTo('twoFactor.enable').map((call) => call.request)).toEqual([{ code: '000000' }, { code: appCode }]);
  });

  it('starts again from the password when the setup has expired', async () => {
    const bridge = new FakeBridge();
    const { user } = renderSignedIn(bridge);
    await user.click(within(await openSecurity(user)).getByRole('button', { name: 'Turn on' }));
    await user.type(passwordField(), `${accountPassword}{Enter}`);
    const codeField = await screen.findByLabelText('Enter the 6-digit code your app shows');
    bridge.twoFactorSetupStarted = false;

    await user.type(codeField, `${appCode}{Enter}`);

    const turnOn = dialog('Turn on two-step verification');
    expect((await within(turnOn).findByRole('alert')).textContent).toBe('The setup has expired. Enter your password to start again.');
    expect(document.activeElement).toBe(passwordField());
    expect(within(turnOn).queryByRole('img')).toBeNull();
  });

  it('turns two-step off with the password and a recovery code', async () => {
    const bridge = withTwoStepOn();
    const { user } = renderSignedIn(bridge);
    const security = await openSecurity(user);
    expect(security.textContent).toContain('Two-step verification: On');
    expect(security.textContent).toContain('10 recovery codes left');

    await user.click(within(security).getByRole('button', { name: 'Turn off' }));
    const turnOff = dialog('Turn off two-step verification');
    await user.type(passwordField(), accountPassword);
    await user.click(within(turnOff).getByRole('button', { name: 'Use a recovery code instead' }));
    await user.type(screen.getByLabelText('Recovery code'), 'not-a-code');
    await user.click(within(turnOff).getByRole('button', { name: 'Turn off' }));
    // Not the shape of a recovery code: refused before main is asked, no try spent.
    expect(await within(turnOff).findByText('A recovery code is 10 letters and digits, such as a7k2m-p9x4w.')).toBeTruthy();
    expect(bridge.callsTo('twoFactor.disable')).toEqual([]);
    await user.clear(screen.getByLabelText('Recovery code'));
    await user.type(screen.getByLabelText('Recovery code'), 'zzzzz-zzzzz');
    await user.click(within(turnOff).getByRole('button', { name: 'Turn off' }));
    expect(await within(turnOff).findByText('Wrong code. 4 tries left.')).toBeTruthy();
    // Nothing typed is lost.
    expect(passwordField().value).toBe(accountPassword);
    await user.clear(screen.getByLabelText('Recovery code'));
    const recoveryCode = recoveryCodesOf(1)[0] ?? '';
    await user.type(screen.getByLabelText('Recovery code'), `${recoveryCode}{Enter}`);

    expect(await within(security).findByRole('status')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(within(security).getByRole('status').textContent).toBe('Two-step verification is off.');
    expect(security.textContent).toContain('Two-step verification: Off');
    expect(within(security).getByRole('button', { name: 'Turn on' })).toBeTruthy();
    // The opener is gone: the focus is on the section, whose notice says what happened.
    expect(document.activeElement).toBe(within(security).getByRole('heading', { name: 'Security' }));
    expect(bridge.callsTo('twoFactor.disable').at(-1)?.request).toEqual({ currentPassword: accountPassword, code: recoveryCode });
  });

  it('makes new recovery codes with the password and the app’s code', async () => {
    const bridge = withTwoStepOn();
    const { user } = renderSignedIn(bridge);
    const security = await openSecurity(user);

    await user.click(within(security).getByRole('button', { name: 'New recovery codes' }));
    const newCodes = dialog('New recovery codes');
    expect(newCodes.textContent).toContain('the old recovery codes stop working');
    await user.type(passwordField(), accountPassword);
    await user.type(appCodeField(), `${appCode}{Enter}`);

    const list = await within(newCodes).findByRole('list', { name: 'Your recovery codes' });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(recoveryCodesOf(2));
    expect(bridge.callsTo('twoFactor.newRecoveryCodes').map((call) => call.request)).toEqual([
      { currentPassword: accountPassword, code: appCode },
    ]);
    await user.click(within(newCodes).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    // Still on; the opener is still there and has the focus back.
    expect(document.activeElement).toBe(within(security).getByRole('button', { name: 'New recovery codes' }));
  });

  it('sets two-step up again on a new phone: the old code, the new QR code, a new code, new recovery codes', async () => {
    const bridge = withTwoStepOn();
    const { user } = renderSignedIn(bridge);
    const security = await openSecurity(user);

    await user.click(within(security).getByRole('button', { name: 'My phone has changed' }));
    const phone = dialog('Set up two-step verification on a new phone');
    await user.type(passwordField(), accountPassword);
    await user.type(appCodeField(), `${appCode}{Enter}`);
    expect(await within(phone).findByRole('img', { name: 'QR code for your authenticator app' })).toBeTruthy();
    expect(within(phone).getByText('JBSW Y3DP EHPK 3PXP')).toBeTruthy();
    await user.type(screen.getByLabelText('Enter the 6-digit code your app shows'), `${appCode}{Enter}`);

    const list = await within(phone).findByRole('list', { name: 'Your recovery codes' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(10);
    expect(bridge.callsTo('twoFactor.beginSetup').map((call) => call.request)).toEqual([
      { currentPassword: accountPassword, code: appCode },
    ]);
  });

  it('tells an account without a password to set one first instead of offering Turn on', async () => {
    const bridge = new FakeBridge();
    bridge.profile = { ...aliceProfile(), hasPassword: false };
    const { user } = renderSignedIn(bridge);
    const security = await openSecurity(user);

    expect(within(security).getByText('Set a password first to turn on two-step verification.')).toBeTruthy();
    expect(within(security).queryByRole('button', { name: 'Turn on' })).toBeNull();
  });

  it('works from the keyboard alone: Escape closes and gives the focus back; Enter goes through every step', async () => {
    const bridge = new FakeBridge();
    const { user } = renderSignedIn(bridge);
    const security = await openSecurity(user);
    const turnOnButton = within(security).getByRole('button', { name: 'Turn on' });

    turnOnButton.focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(passwordField());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(turnOnButton);

    await user.keyboard('{Enter}');
    await user.keyboard(`${accountPassword}{Enter}`);
    const codeField = await screen.findByLabelText('Enter the 6-digit code your app shows');
    expect(document.activeElement).toBe(codeField);
    await user.keyboard(`${appCode}{Enter}`);
    const heading = await screen.findByRole('heading', { name: 'Your recovery codes' });
    expect(document.activeElement).toBe(heading);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Copy' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save as file' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Done' }));
    // Tab stays inside the dialog.
    await user.tab();
    expect(dialog('Turn on two-step verification').contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(region('Security').textContent).toContain('Two-step verification: On');
    expect(document.activeElement).toBe(within(security).getByRole('heading', { name: 'Security' }));
  });
});
