import { describe, expect, it } from 'vitest';
import { isAllowedServerUrl, normalisedServerUrl, serverUrlProblem } from '../../src-preload/server-url.ts';

describe('server addresses', () => {
  it.each([
    ['not a url', 'not_a_url'],
    ['id.example.com', 'not_a_url'],
    ['localhost:4010', 'not_a_url'],
    ['ftp://id.example.com', 'not_a_url'],
    ['https://user:pw@id.example.com', 'credentials'],
    ['https://user@id.example.com', 'credentials'],
    ['https://id.example.com/?next=x', 'extras'],
    ['https://id.example.com/#top', 'extras'],
    ['http://id.example.com', 'not_https'],
  ] as const)('refuses %s (%s)', (value, problem) => {
    expect(serverUrlProblem(value)).toBe(problem);
    expect(isAllowedServerUrl(value)).toBe(false);
  });

  it.each(['https://id.example.com', 'https://id.example.com:8443/api/', 'http://127.0.0.1:4010', 'http://localhost:4010', 'http://[::1]:4010'])(
    'accepts %s',
    (value) => {
      expect(serverUrlProblem(value)).toBeNull();
    },
  );

  it('spells one server one way, so the one in use is recognised however it is typed', () => {
    expect(normalisedServerUrl(' https://ID.example.com/ ')).toBe('https://id.example.com');
    expect(normalisedServerUrl('https://id.example.com:443/api/')).toBe('https://id.example.com/api');
  });
});
