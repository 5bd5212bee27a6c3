import { describe, expect, it, vi } from 'vitest';
import { fail, ok, type OpenedLink, type Profile, type Result, type SessionState } from '../../src-preload/contract.ts';
import { LinkInbox, type LinkInboxDeps } from '../../src-main/links/link-inbox.ts';
import { silentLogger } from '../../src-main/logging/logger.ts';

const token = 'tok_abcdefghijklmnopqrstuvwxyz012345';
const confirmLink = `bitrixid://confirm-login?token=${token}`;
const recoverLink = 'bitrixid://recover?login=alice%40example.com&checkword=Ab3dEf9h';
const signedIn: SessionState = {
  status: 'signed_in',
  user: { id: 'u-alice', name: 'Alice', lastName: 'Demo', email: 'alice@example.com', phone: null },
  persistence: 'keychain',
};
const signedOut: SessionState = { status: 'signed_out', reason: 'password_reset' };

function inbox(overrides: Partial<LinkInboxDeps> = {}) {
  const announced: OpenedLink[] = [];
  const deps: LinkInboxDeps = {
    isSignedIn: () => true,
    confirmLogin: vi.fn(async (): Promise<Result<Profile>> => ok({} as Profile)),
    completeRecovery: vi.fn(async (): Promise<Result<SessionState>> => ok(signedOut)),
    announce: (link) => announced.push(link),
    log: silentLogger,
    ...overrides,
  };
  return { links: new LinkInbox(deps), deps, announced };
}

describe('links handed over by the OS', () => {
  it('confirms a login change at once when signed in, keeping the token from the window', async () => {
    const { links, deps, announced } = inbox();

    expect(links.receive(confirmLink)).toBe(true);
    await vi.waitFor(() => expect(announced.at(-1)).toEqual({ kind: 'confirm-login', state: 'confirmed' }));

    expect(deps.confirmLogin).toHaveBeenCalledExactlyOnceWith(token);
    expect(announced[0]).toEqual({ kind: 'confirm-login', state: 'confirming' });
    expect(JSON.stringify(announced)).not.toContain(token);
  });

  it('keeps a confirmation until the next sign-in when signed out', async () => {
    let signedInNow = false;
    const { links, deps, announced } = inbox({ isSignedIn: () => signedInNow });

    links.receive(confirmLink);
    expect(announced).toEqual([{ kind: 'confirm-login', state: 'needs_sign_in' }]);
    expect(links.pending()).toEqual({ kind: 'confirm-login', state: 'needs_sign_in' });
    expect(deps.confirmLogin).not.toHaveBeenCalled();

    signedInNow = true;
    links.sessionChanged(signedIn);
    await vi.waitFor(() => expect(links.pending()).toEqual({ kind: 'confirm-login', state: 'confirmed' }));
    expect(deps.confirmLogin).toHaveBeenCalledExactlyOnceWith(token);

    links.sessionChanged(signedIn);
    expect(deps.confirmLogin).toHaveBeenCalledTimes(1);
  });

  it('reports a refused confirmation with its error', async () => {
    const error = { code: 'code_expired' as const, message: 'The confirmation has expired. Start the change again.' };
    const { links } = inbox({ confirmLogin: async () => fail(error) });

    links.receive(confirmLink);

    await vi.waitFor(() => expect(links.pending()).toEqual({ kind: 'confirm-login', state: 'failed', error }));
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
    const refused = { code: 'validation' as const, message: 'x', fields: { newPassword: 'too_short' as const } };
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

  it('forgets the link when dismissed', () => {
    const { links } = inbox();
    links.receive(recoverLink);

    expect(links.dismiss()).toEqual({ dismissed: true });
    expect(links.pending()).toBeNull();
    expect(links.dismiss()).toEqual({ dismissed: false });
  });
});
