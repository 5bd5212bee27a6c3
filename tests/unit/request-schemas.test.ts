import { describe, expect, it } from 'vitest';
import { requestSchemas } from '../../src-preload/request-schemas.ts';

/** The first issue's message for a request, or null when the schema takes it. */
function problemOf(channel: keyof typeof requestSchemas, request: unknown): string | null {
  const parsed = requestSchemas[channel].safeParse(request);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'unknown');
}

describe('one-time codes at the bridge', () => {
  it.each(['123456', '123 456', '123-456', ' 123456 ', 'a7k2m-p9x4w', 'A7K2M P9X4W', 'a7k2mp9x4w'])('takes %j', (code) => {
    expect(problemOf('session.verifyTwoFactor', { code })).toBeNull();
    expect(problemOf('account.proveWithCode', { code })).toBeNull();
    expect(problemOf('twoFactor.enable', { code })).toBeNull();
  });

  it.each(['12345', '1234567', '12345a', 'a7k2m-p9x4', 'a7k2m-p9x4wq', 'a7k2m_p9x4w', 'а7k2m-p9x4w', '١٢٣٤٥٦', 'hello there!'])(
    'refuses %j as invalid',
    (code) => {
      expect(problemOf('session.verifyTwoFactor', { code })).toBe('invalid');
      expect(problemOf('account.proveWithCode', { code })).toBe('invalid');
      expect(problemOf('twoFactor.disable', { currentPassword: 'pw', code })).toBe('invalid');
    },
  );

  it('asks for a code when none is typed', () => {
    expect(problemOf('session.verifyTwoFactor', { code: '  ' })).toBe('required');
  });
});

describe("an app password's name at the bridge", () => {
  it.each(['Mail on my phone', 'Почта', 'Family 👨‍👩‍👧'])('takes %j', (name) => {
    expect(problemOf('appPasswords.create', { name })).toBeNull();
  });

  it.each(['Mail\u0000', 'Mail\nphone', 'Mail\u202Eenohp', 'Ma\u200Bil', 'Ma\uFEFFil', 'Mail\u2028phone'])(
    'refuses %j as invalid',
    (name) => {
      expect(problemOf('appPasswords.create', { name })).toBe('invalid');
    },
  );
});

describe('a manual proxy at the bridge', () => {
  const manual = (username: string, password: string) => ({
    mode: 'manual',
    url: 'http://proxy.example.com:3128',
    credentials: { username, password },
  });

  it('takes a user name and password that Basic authentication can carry', () => {
    expect(problemOf('proxy.set', manual('corp\\alice', 'pässword with spaces'))).toBeNull();
  });

  it('refuses a colon in the user name, and control characters in either', () => {
    expect(problemOf('proxy.set', manual('alice:admin', 'secret'))).toBe('invalid');
    expect(problemOf('proxy.set', manual('alice\r\nX-Injected: 1', 'secret'))).toBe('invalid');
    expect(problemOf('proxy.set', manual('alice', 'secret\n'))).toBe('invalid');
  });
});
