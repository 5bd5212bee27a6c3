import { describe, expect, it, vi } from 'vitest';
import { fail, ok, type OpenedLink, type Profile, type Result, type SessionState } from '../../src-preload/contract.ts';
import { LinkInbox, type LinkInboxDeps } from '../../src-main/links/link-inbox.ts';
import { silentLogger } from '../../src-main/logging/logger.ts';

const token = 'tok_abcdefghijklmnopqrstuvwxyz012345';
const confirmLink = `bitrixid://confirm-login?token=${token}`;
const recoverLink = 'bitrixid://recover?login=alice%40example.com&checkword=Ab3dEf9h';
const signedOut: SessionState = { status: 'signed_out', reason: 'password_reset' };
const newLogin = 'alice.new@example.com';
const asking: OpenedLink = { kind: 'confirm-login', state: 'asking', login: newLogin };

function profileWith(pendingLoginChange: Profile['pendingLoginChange']): Profile {
  return {
    id: 'u-alice',
    name: 'Alice',
    lastName: 'Demo',
    email: 'alice@example.com',
    phone: null,
    displayName: 'Alice Demo',
    passwordChangedAt: null,
    pendingLoginChange,
    socialAccounts: [],
    hasPassword: true,
    twoFactor: { enabled: false, recoveryCodesLeft: 0 },
  };
}
const emailChange = { channel: 'email' as const, target: newLogin, resendAvailableAt: '', expiresAt: '' };

function inbox(overrides: Partial<LinkInboxDeps> = {}) {
  const announced: OpenedLink[] = [];
  const deps: LinkInboxDeps = {
    isSignedIn: () => true,
    profile: vi.fn(async (): Promise<Result<Profile>> => ok(profileWith(emailChange))),
    confirmLogin: vi.fn(async (): Promise<Result<Profile>> => ok(profileWith(null))),
    completeRecovery: vi.fn(async (): Promise<Result<SessionState>> => ok(signedOut)),
    announce: (link) => announced.push(link),
    log: silentLogger,
    ...overrides,
  };
  return { links: new LinkInbox(deps), deps, announced };
}

describe('links handed over by the OS', () => {
  it('asks before confirming a login change, naming the new login, and keeps the token from the window', async () => {
    const { links, deps, announced } = inbox();

    expect(links.receive(confirmLink)).toBe(true);
    await vi.waitFor(() => expect(links.pending()).toEqual(asking));
    expect(deps.confirmLogin).not.toHaveBeenCalled();

    expect(await links.confirmLogin()).toEqual(ok({ kind: 'confirm-login', state: 'confirmed' }));
    expect(deps.confirmLogin).toHaveBeenCalledExactlyOnceWith(token);
    expect(announced).toEqual([asking, { kind: 'confirm-login', state: 'confirming' }, { kind: 'confirm-login', state: 'confirmed' }]);
    expect(JSON.stringify(announced)).not.toContain(token);
  });

  it('never confirms without the question answered: Cancel forgets the link, and a second Confirm does nothing', async () => {
    const { links, deps } = inbox();
    expect((await links.confirmLogin()).ok).toBe(false);

    links.receive(confirmLink);
    await vi.waitFor(() => expect(links.pending()).toEqual(asking));
    expect(links.dismiss()).toEqual({ dismissed: true });
    expect(await links.confirmLogin()).toMatchObject({ ok: false, error: { code: 'code_expired' } });
    expect(deps.confirmLogin).not.toHaveBeenCalled();

    links.receive(confirmLink);
    await vi.waitFor(() => expect(links.pending()).toEqual(asking));
    await links.confirmLogin();
    expect((await links.confirmLogin()).ok).toBe(false);
    expect(deps.confirmLogin).toHaveBeenCalledTimes(1);
  });

  it('keeps a confirmation until the next sign-in when signed out, then asks', async () => {
    let signedInNow = false;
    const { links, deps, announced } = inbox({ isSignedIn: () => signedInNow });

    links.receive(confirmLink);
    expect(announced).toEqual([{ kind: 'confirm-login', state: 'needs_sign_in' }]);
    expect(links.pending()).toEqual({ kind: 'confirm-login', state: 'needs_sign_in' });
    expect(deps.profile).not.toHaveBeenCalled();

    signedInNow = true;
    links.signedIn();
    await vi.waitFor(() => expect(links.pending()).toEqual(asking));
    links.signedIn();
    expect(deps.profile).toHaveBeenCalledTimes(1);
    expect(deps.confirmLogin).not.toHaveBeenCalled();

    await links.confirmLogin();
    expect(deps.confirmLogin).toHaveBeenCalledExactlyOnceWith(token);
  });

  it('reports a refused confirmation with its error', async () => {
    const error = { code: 'code_expired' as const };
    const { links } = inbox({ confirmLogin: async () => fail(error) });

    links.receive(confirmLink);
    await vi.waitFor(() => expect(links.pending()).toEqual(asking));

    expect(await links.confirmLogin()).toEqual(ok({ kind: 'confirm-login', state: 'failed', error }));
    expect(links.pending()).toEqual({ kind: 'confirm-login', state: 'failed', error });
  });

  it('refuses, without a server call, a link when no e-mail change is waiting: no attempt is spent', async () => {
    const phoneChange = { ...emailChange, channel: 'phone' as const, target: '+15550100099' };
    for (const pending of [null, phoneChange]) {
      const { links, deps } = inbox({ profile: async () => ok(profileWith(pending)) });

      links.receive(confirmLink);

      await vi.waitFor(() => expect(links.pending()).toMatchObject({ kind: 'confirm-login', state: 'failed', error: { code: 'code_expired' } }));
      expect((await links.confirmLogin()).ok).toBe(false);
      expect(deps.confirmLogin).not.toHaveBeenCalled();
    }
  });

  it('says why it cannot ask when the profile does not load, and sends nothing', async () => {
    const error = { code: 'network' as const };
    const { links, deps } = inbox({ profile: async () => fail(error) });

    links.receive(confirmLink);

    await vi.waitFor(() => expect(links.pending()).toEqual({ kind: 'confirm-login', state: 'failed', error }));
    expect(deps.confirmLogin).not.toHaveBeenCalled();
  });

  it('refuses a confirmation link of the wrong shape without asking or sending anything', () => {
    const { links, deps, announced } = inbox();

    for (const link of ['bitrixid://confirm-login?token=short', `bitrixid://confirm-login?token=${token}%00`, 'bitrixid://confirm-login']) {
      expect(links.receive(link), link).toBe(false);
    }

    expect(announced).toEqual([]);
    expect(deps.profile).not.toHaveBeenCalled();
    expect(deps.confirmLogin).not.toHaveBeenCalled();
  });

  it('shows the recovery form with the login only, and sets the password with the link’s checkword', async () => {
    const { links, deps, announced } = inbox();

    links.receive(recoverLink);
    expect(announced).toEqual([{ kind: 'recover', login: 'alice@example.com' }]);

    const result = await links.completeRecovery('N3w-Passw0rd!');

    expect(result).toEqual(ok(signedOut));
    expect(deps.completeRecovery).toHaveBeenCalledWith({ login: 'alice@example.com', checkword: 'Ab3dEf9h', newPassword: 'N3w-Passw0rd!' });
    expect(links.pending()).toBeNull();
  });

  it('keeps the recovery link when the new password is refused, so the person can try another', async () => {
    const refused = { code: 'validation' as const, fields: { newPassword: 'too_short' as const } };
    const { links } = inbox({ completeRecovery: async () => fail(refused) });
    links.receive(recoverLink);

    expect(await links.completeRecovery('short')).toEqual(fail(refused));
    expect(links.pending()).toEqual({ kind: 'recover', login: 'alice@example.com' });
  });

  it('refuses anything that is not one of its links, and changes nothing', async () => {
    const { links, announced } = inbox();

    expect(links.receive('bitrixid://delete-account?token=abc')).toBe(false);
    expect(links.receive('https://example.com')).toBe(false);

    expect(announced).toEqual([]);
    expect((await links.completeRecovery('N3w-Passw0rd!')).ok).toBe(false);
  });

  it('refuses a recovery link whose login hides or reverses characters, and shows nothing', () => {
    const { links, announced } = inbox();

    expect(links.receive('bitrixid://recover?login=%E2%80%AEmoc.elpmaxe%40ecila&checkword=Ab3dEf9h')).toBe(false);
    expect(links.receive('bitrixid://recover?login=alice%E2%80%8B%40example.com&checkword=Ab3dEf9h')).toBe(false);

    expect(announced).toEqual([]);
    expect(links.pending()).toBeNull();
  });

  it('forgets the link when dismissed', () => {
    const { links } = inbox();
    links.receive(recoverLink);

    expect(links.dismiss()).toEqual({ dismissed: true });
    expect(links.pending()).toBeNull();
    expect(links.dismiss()).toEqual({ dismissed: false });
  });
});
