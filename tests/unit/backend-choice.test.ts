import { describe, expect, it } from 'vitest';
import { normaliseApiUrl, normaliseNetworkUrl, resolveBackendChoice } from '../../src-main/config/backend-choice.ts';

const REAL_NETWORK = 'https://www.bitrix24.net/';

describe('backend choice', () => {
  it('leaves the backend to the saved setting or the default when nothing is given, with the real Network', () => {
    expect(resolveBackendChoice([], {})).toEqual({ override: null, networkUrl: REAL_NETWORK });
  });

  it('takes BITRIX_ID_API_URL, and --api-url over it', () => {
    expect(resolveBackendChoice([], { BITRIX_ID_API_URL: 'https://id.example.com/api/' }).override).toEqual({
      mode: 'url',
      url: 'https://id.example.com/api',
    });
    expect(
      resolveBackendChoice(['app.js', '--api-url', 'http://127.0.0.1:4010'], { BITRIX_ID_API_URL: 'https://x.example' }).override,
    ).toEqual({ mode: 'url', url: 'http://127.0.0.1:4010' });
    expect(resolveBackendChoice(['--api-url=http://127.0.0.1:4011'], {}).override).toEqual({ mode: 'url', url: 'http://127.0.0.1:4011' });
  });

  it('takes Bitrix24 mode from --backend or BITRIX_ID_BACKEND, on the Network --network-url or BITRIX_ID_NETWORK_URL names', () => {
    expect(resolveBackendChoice(['--backend', 'bitrix24'], {}).override).toEqual({ mode: 'bitrix24', networkUrl: REAL_NETWORK });
    expect(resolveBackendChoice([], { BITRIX_ID_BACKEND: 'bitrix24', BITRIX_ID_NETWORK_URL: 'http://127.0.0.1:4020/network' })).toEqual({
      override: { mode: 'bitrix24', networkUrl: 'http://127.0.0.1:4020/network/' },
      networkUrl: 'http://127.0.0.1:4020/network/',
    });
    expect(
      resolveBackendChoice(['--backend=bitrix24', '--network-url', 'https://network.example.com'], { BITRIX_ID_NETWORK_URL: 'https://other.example.com' })
        .override,
    ).toEqual({ mode: 'bitrix24', networkUrl: 'https://network.example.com/' });
    // The Network's address alone chooses nothing: it is used when Bitrix24 mode is chosen on the Server screen.
    expect(resolveBackendChoice(['--network-url', 'https://network.example.com'], {})).toEqual({
      override: null,
      networkUrl: 'https://network.example.com/',
    });
  });

  it('takes --backend mock over a saved choice, and the command line over the environment', () => {
    expect(resolveBackendChoice(['--backend', 'mock'], { BITRIX_ID_BACKEND: 'bitrix24' }).override).toEqual({ mode: 'mock' });
  });

  it.each([
    [['--backend', 'cloud'], {}],
    [['--backend', 'bitrix24', '--api-url', 'https://id.example.com'], {}],
    [['--backend', 'url'], {}],
    [[], { BITRIX_ID_BACKEND: 'mock', BITRIX_ID_API_URL: 'https://id.example.com' }],
    [['--network-url', 'http://network.example.com'], {}],
  ] as Array<[string[], NodeJS.ProcessEnv]>)('refuses %j %j', (argv, env) => {
    expect(() => resolveBackendChoice(argv, env)).toThrow();
  });

  it.each(['not a url', 'ftp://example.com', 'https://user:pw@example.com', 'http://id.example.com'])('refuses %s', (raw) => {
    expect(() => normaliseApiUrl(raw)).toThrow();
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'https://user:pw@www.bitrix24.net/', 'http://www.bitrix24.net/', 'https://www.bitrix24.net/?next=x'])(
    'refuses the Network address %s',
    (raw) => {
      expect(() => normaliseNetworkUrl(raw)).toThrow();
    },
  );
});
