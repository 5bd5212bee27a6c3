import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { NewAppPassword, Profile, Result } from '../../src-preload/contract.ts';
import { useAppPasswordsStore } from '../../src-renderer/src/stores/app-passwords-store.ts';
import { useProfileStore } from '../../src-renderer/src/stores/profile-store.ts';
import { accountPassword, aliceProfile, appCode, deferred, erin, FakeBridge, ok, recoveryCodesOf, type Deferred } from './fake-bridge.ts';
import { openProfile, renderSignedIn } from './render-app.tsx';

describe('two-step actions and the signed-in person', () => {
  it('drops the answer to turning two-step off when another person signed in meanwhile', async () => {
    const answer: Deferred<Result<Profile>> = deferred();
    const bridge = new FakeBridge().respond('twoFactor.disable', () => answer.promise);
    bridge.profile = { ...aliceProfile(), twoFactor: { enabled: true, recoveryCodesLeft: 10 } };
    const { user } = renderSignedIn(bridge);
    await openProfile(user);
    const security = await screen.findByRole('region', { name: 'Security' });
    await user.click(within(security).getByRole('button', { name: 'Turn off' }));
    await user.type(screen.getByLabelText('Current password'), accountPassword);
    await user.type(screen.getByLabelText('Code from your authenticator app'), `${appCode}{Enter}`);

    const erinProfile: Profile = { ...aliceProfile(), ...erin, twoFactor: { enabled: true, recoveryCodesLeft: 10 } };
    bridge.profile = erinProfile;
    await act(async () => bridge.emit('session.changed', { status: 'signed_in', user: erin, persistence: 'keychain' }));
    await act(async () => answer.resolve({ ok: true, value: { ...aliceProfile(), twoFactor: { enabled: false, recoveryCodesLeft: 0 } } }));

    expect(useProfileStore.getState().profile.value?.email ?? null).not.toBe(aliceProfile().email);
  });

  it('shows the recovery codes left as main counts them after new codes, not as the dialog counted', async () => {
    const bridge = new FakeBridge();
    bridge.profile = { ...aliceProfile(), twoFactor: { enabled: true, recoveryCodesLeft: 3 } };
    // Main's word is the truth (here it counts one code already used elsewhere meanwhile).
    bridge.respond('twoFactor.newRecoveryCodes', () => {
      bridge.profile = { ...bridge.profile, twoFactor: { enabled: true, recoveryCodesLeft: 9 } };
      return ok({ codes: recoveryCodesOf(2) });
    });
    const { user } = renderSignedIn(bridge);
    await openProfile(user);
    const security = await screen.findByRole('region', { name: 'Security' });
    expect(security.textContent).toContain('3 recovery codes left');
    await user.click(within(security).getByRole('button', { name: 'New recovery codes' }));
    await user.type(screen.getByLabelText('Current password'), accountPassword);
    await user.type(screen.getByLabelText('Code from your authenticator app'), `${appCode}{Enter}`);

    expect(await within(security).findByText('9 recovery codes left')).toBeTruthy();
  });
});

describe('application passwords: create', () => {
  it('asks main once when create is called again while the first runs, and hands the password back', async () => {
    const answer: Deferred<Result<NewAppPassword>> = deferred();
    const bridge = new FakeBridge().respond('appPasswords.create', () => answer.promise);
    const { user } = renderSignedIn(bridge);
    await openProfile(user);
    const { create } = useAppPasswordsStore.getState();

    const first = create('Thunderbird');
    const second = create('Thunderbird');
    const made: NewAppPassword = {
      appPassword: { id: 'ap-1', name: 'Thunderbird', createdAt: '2025-06-01T12:00:00.000Z', lastUsedAt: null },
      password: 'abcd efgh ijkl mnop',
    };
    await act(async () => answer.resolve({ ok: true, value: made }));

    expect(await first).toEqual({ ok: true, value: made });
    expect(await second).toBeNull();
    expect(bridge.callsTo('appPasswords.create')).toHaveLength(1);
  });
});
