/** `short-tokens`: access tokens issued while it is in force live 5 seconds; refreshing keeps working. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ACCESS_TOKEN_TTL_MS, seedCredentials, SHORT_ACCESS_TOKEN_TTL_MS } from '../index.ts';
import { signedIn, type TokenBody } from './api-client.ts';
import { useMockApi } from './msw-harness.ts';

const mock = useMockApi({ scenario: 'short-tokens' });
const alice = seedCredentials.alice;

describe('short-tokens', () => {
  it('issues access tokens that say and mean 5 seconds', async () => {
    const tokens = await signedIn(mock.api, alice.email, alice.password);
    expect(tokens.expires_in).toBe(SHORT_ACCESS_TOKEN_TTL_MS / 1000);
    mock.advance(SHORT_ACCESS_TOKEN_TTL_MS - 1);
    expect((await mock.api.me(tokens.access_token)).status).toBe(200);
    mock.advance(1);
    expect((await mock.api.me(tokens.access_token)).status).toBe(401);
  });

  it('refreshes again and again without signing the person out', async () => {
    let tokens = await signedIn(mock.api, alice.email, alice.password);
    for (let round = 0; round < 5; round += 1) {
      mock.advance(SHORT_ACCESS_TOKEN_TTL_MS);
      expect((await mock.api.me(tokens.access_token)).status).toBe(401);
      const renewed = await mock.api.refresh(tokens.refresh_token);
      expect(renewed.status).toBe(200);
      tokens = renewed.body as TokenBody;
      expect(tokens.expires_in).toBe(5);
      expect((await mock.api.me(tokens.access_token)).status).toBe(200);
    }
  });

  it('leaves tokens issued before it alone, and full-length tokens come back when it is switched off', async () => {
    mock.backend.setScenario('default');
    const before = await signedIn(mock.api, alice.email, alice.password);
    expect(before.expires_in).toBe(DEFAULT_ACCESS_TOKEN_TTL_MS / 1000);

    mock.backend.setScenario('short-tokens');
    mock.advance(60 * 1000);
    expect((await mock.api.me(before.access_token)).status).toBe(200);

    mock.backend.setScenario('default');
    const after = (await mock.api.refresh(before.refresh_token)).body as TokenBody;
    expect(after.expires_in).toBe(DEFAULT_ACCESS_TOKEN_TTL_MS / 1000);
  });
});
