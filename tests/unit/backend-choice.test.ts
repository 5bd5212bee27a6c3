import { describe, expect, it } from 'vitest';
import { normaliseApiUrl, resolveBackendChoice } from '../../src-main/config/backend-choice.ts';

describe('backend choice', () => {
  it('uses the embedded mock when nothing is given', () => {
    expect(resolveBackendChoice([], {})).toEqual({ mode: 'mock' });
  });

  it('takes BITRIX_ID_API_URL, and --api-url over it', () => {
    expect(resolveBackendChoice([], { BITRIX_ID_API_URL: 'https://id.example.com/api/' })).toEqual({
      mode: 'url',
      url: 'https://id.example.com/api',
    });
    expect(
      resolveBackendChoice(['app.js', '--api-url', 'http://127.0.0.1:4010'], { BITRIX_ID_API_URL: 'https://x.example' }),
    ).toEqual({ mode: 'url', url: 'http://127.0.0.1:4010' });
    expect(resolveBackendChoice(['--api-url=http://127.0.0.1:4011'], {})).toEqual({ mode: 'url', url: 'http://127.0.0.1:4011' });
  });

  it.each(['not a url', 'ftp://example.com', 'https://user:pw@example.com', 'http://id.example.com'])('refuses %s', (raw) => {
    expect(() => normaliseApiUrl(raw)).toThrow();
  });
});
