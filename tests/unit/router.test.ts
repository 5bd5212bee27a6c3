import { describe, expect, it, vi } from 'vitest';
import { channelNames, fail, fieldErrorCodes, ok, type SessionState } from '../../src-preload/contract.ts';
import { createRouter, type Handlers } from '../../src-main/ipc/router.ts';
import { silentLogger } from '../../src-main/logging/logger.ts';

const signedOut: SessionState = { status: 'signed_out' };
function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const unused = async () => fail({ code: 'internal' });
  const every = Object.fromEntries(channelNames.map((name) => [name, unused])) as unknown as Handlers;
  return { ...every, 'session.get': async () => ok(signedOut), ...overrides };
}

describe('IPC router', () => {
  it('passes a valid request to its handler, trimmed by the schema', async () => {
    const signIn = vi.fn(async () => ok(signedOut));
    const router = createRouter(handlers({ 'session.signIn': signIn }), silentLogger);
    const result = await router.dispatch('session.signIn', { login: '  alice@example.com ', password: 'x' });
    expect(result).toEqual({ ok: true, value: signedOut });
    expect(signIn).toHaveBeenCalledWith({ login: 'alice@example.com', password: 'x' });
  });

  it.each([
    ['a missing password', { login: 'alice@example.com' }, 'password'],
    ['an empty login', { login: '   ', password: 'x' }, 'login'],
    ['a number for a login', { login: 42, password: 'x' }, 'login'],
    ['an extra field', { login: 'a', password: 'x', admin: true }, 'request'],
  ])('rejects %s with validation and never calls the handler', async (_name, request, field) => {
    const signIn = vi.fn(async () => ok(signedOut));
    const router = createRouter(handlers({ 'session.signIn': signIn }), silentLogger);
    const result = await router.dispatch('session.signIn', request);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    expect(Object.keys(result.error.fields ?? {})).toContain(field);
    for (const reason of Object.values(result.error.fields ?? {})) expect(fieldErrorCodes).toContain(reason);
    expect(signIn).not.toHaveBeenCalled();
  });

  it('rejects a payload on a channel that takes none', async () => {
    const router = createRouter(handlers(), silentLogger);
    const result = await router.dispatch('session.get', { sneaky: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it.each(['session.steal', '__proto__', 'toString', 42, null])('rejects the unknown channel %s', async (channel) => {
    const router = createRouter(handlers(), silentLogger);
    expect(await router.dispatch(channel, undefined)).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('turns a throwing handler into an internal error without its message or stack', async () => {
    const router = createRouter(
      handlers({
        'profile.get': async () => {
          throw new Error('secret detail at /home/alice');
        },
      }),
      silentLogger,
    );
    const result = await router.dispatch('profile.get', undefined);
    expect(result).toEqual({ ok: false, error: { code: 'internal' } });
  });
});
