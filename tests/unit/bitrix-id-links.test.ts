import { describe, expect, it } from 'vitest';
import { parseBitrixIdLink, parseLoginConfirmation, parseRecoveryInput } from '../../src-main/links/bitrix-id-links.ts';

const token = 'tok_abcdefghijklmnopqrstuvwxyz012345';

describe('bitrixid:// links', () => {
  it('reads a login confirmation link', () => {
    expect(parseBitrixIdLink(`bitrixid://confirm-login?token=${token}`)).toEqual({ kind: 'confirm-login', token });
  });

  it('reads a recovery link with an encoded login', () => {
    expect(parseBitrixIdLink('bitrixid://recover?login=alice%40example.com&checkword=Ab3dEf9h')).toEqual({
      kind: 'recover',
      login: 'alice@example.com',
      checkword: 'Ab3dEf9h',
    });
  });

  it.each([
    ['another scheme', `https://confirm-login?token=${token}`],
    ['an unknown host', `bitrixid://delete-account?token=${token}`],
    ['an unknown parameter', `bitrixid://confirm-login?token=${token}&next=https://evil.example`],
    ['a repeated parameter', `bitrixid://confirm-login?token=${token}&token=${token}`],
    ['a path', `bitrixid://confirm-login/extra?token=${token}`],
    ['credentials', `bitrixid://user:pw@confirm-login?token=${token}`],
    ['a short token', 'bitrixid://confirm-login?token=abc'],
    ['a token with odd characters', `bitrixid://confirm-login?token=${token}%3Cscript%3E`],
    ['an oversized link', `bitrixid://confirm-login?token=${'a'.repeat(3000)}`],
    ['a recovery link without login', 'bitrixid://recover?checkword=Ab3dEf9h'],
    ['a recovery link with a bad checkword', 'bitrixid://recover?login=a%40b.c&checkword=no%20spaces'],
  ])('refuses %s', (_name, link) => {
    expect(parseBitrixIdLink(link)).toBeNull();
  });

  // Each would show a login that reads as another address, or hide part of it.
  it.each([
    ['a right-to-left override', '%E2%80%AE'],
    ['a left-to-right override', '%E2%80%AD'],
    ['a right-to-left embedding', '%E2%80%AB'],
    ['a pop directional formatting', '%E2%80%AC'],
    ['a right-to-left mark', '%E2%80%8F'],
    ['a left-to-right mark', '%E2%80%8E'],
    ['a right-to-left isolate', '%E2%81%A7'],
    ['a pop directional isolate', '%E2%81%A9'],
    ['an Arabic letter mark', '%D8%9C'],
    ['a zero-width space', '%E2%80%8B'],
    ['a zero-width joiner', '%E2%80%8D'],
    ['a byte order mark', '%EF%BB%BF'],
    ['a line separator', '%E2%80%A8'],
    ['a NUL', '%00'],
    ['a newline', '%0A'],
    ['a tab', '%09'],
    ['a DEL', '%7F'],
    ['a C1 control', '%C2%85'],
  ])('refuses a recovery login with %s', (_name, character) => {
    expect(parseBitrixIdLink('bitrixid://recover?login=alice%40example.com&checkword=Ab3dEf9h')).not.toBeNull();
    for (const login of [`${character}moc.elpmaxe%40ecila`, `alice${character}%40example.com`, `alice%40example.com${character}`]) {
      expect(parseBitrixIdLink(`bitrixid://recover?login=${login}&checkword=Ab3dEf9h`), login).toBeNull();
      expect(parseRecoveryInput('', `bitrixid://recover?login=${login}&checkword=Ab3dEf9h`), login).toBeNull();
    }
  });

  it('keeps logins in other scripts, which are not invisible', () => {
    expect(parseBitrixIdLink('bitrixid://recover?login=%D0%B0%D0%BD%D1%8F%40example.com&checkword=Ab3dEf9h')).toMatchObject({
      login: 'аня@example.com',
    });
  });
});

describe('login confirmation input', () => {
  it('takes a six-digit SMS code, a bare token or the whole link', () => {
    expect(parseLoginConfirmation(' 123456 ')).toEqual({ code: '123456' });
    expect(parseLoginConfirmation(token)).toEqual({ token });
    expect(parseLoginConfirmation(`bitrixid://confirm-login?token=${token}`)).toEqual({ token });
  });

  it('refuses anything else', () => {
    expect(parseLoginConfirmation('12345')).toBeNull();
    expect(parseLoginConfirmation('bitrixid://recover?login=a%40b.c&checkword=Ab3dEf9h')).toBeNull();
    expect(parseLoginConfirmation('hello world')).toBeNull();
  });
});

describe('recovery input', () => {
  it('takes the checkword with the login typed earlier, or the whole link', () => {
    expect(parseRecoveryInput('alice@example.com', 'Ab3dEf9h')).toEqual({ login: 'alice@example.com', checkword: 'Ab3dEf9h' });
    expect(parseRecoveryInput('', 'bitrixid://recover?login=bob%40example.com&checkword=Zz99Yy88')).toEqual({
      login: 'bob@example.com',
      checkword: 'Zz99Yy88',
    });
  });

  it('needs a login for a bare checkword', () => {
    expect(parseRecoveryInput('  ', 'Ab3dEf9h')).toBeNull();
  });
});
