/** Scenarios on the standalone HTTP server and its command line: real sockets, a real child process. */
import { describe, expect, it } from 'vitest';
import { MOCK_SCENARIO_NAMES, seedCredentials } from '../index.ts';
import { createApiClient, signedIn, type HealthBody } from './api-client.ts';
import { runCliToExit, startCli, useStandaloneServer } from './standalone-harness.ts';

const alice = seedCredentials.alice;

describe('startMockHttpServer with a scenario', () => {
  const servers = useStandaloneServer();

  it('offline: drops the connection without an answer on every path outside /__mock', async () => {
    const { url, api } = await servers.start({ scenario: 'offline' });
    await expect(api.health()).rejects.toThrow(TypeError);
    await expect(api.signIn(alice.email, alice.password)).rejects.toThrow(TypeError);
    await expect(api.send('/')).rejects.toThrow(TypeError);
    await expect(api.send('/no-such-route')).rejects.toThrow(TypeError);
    // Whatever fetch reports, the cause is a closed socket, not an HTTP status.
    const failure = await fetch(`${url}/me`).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TypeError);
    expect(String((failure as TypeError).cause)).toMatch(/socket|closed|ECONNRESET/i);
  });

  it('offline: still serves /__mock, so a tester can switch the server back on', async () => {
    const { api } = await servers.start({ scenario: 'offline' });
    expect((await api.scenario()).body).toMatchObject({ scenario: 'offline' });
    expect((await api.setScenario('default')).status).toBe(200);
    expect((await api.health()).body).toMatchObject({ scenario: 'default' });
    expect((await signedIn(api, alice.email, alice.password)).user_id).toBe('u-alice');

    // And a reset goes back to offline, the scenario it started with.
    await api.reset();
    await expect(api.health()).rejects.toThrow(TypeError);
  });

  it('rate-limited: real 429s with Retry-After over HTTP', async () => {
    const { backend, api } = await servers.start({ scenario: 'rate-limited' });
    expect(backend.scenario).toBe('rate-limited');
    const reply = await api.signIn(alice.email, alice.password);
    expect(reply.status).toBe(429);
    expect(reply.headers.get('retry-after')).toBe('30');
  });

  it('starts with the default scenario when none is given', async () => {
    const { api } = await servers.start();
    expect(((await api.health()).body as HealthBody).scenario).toBe('default');
  });
});

describe('mocks/server/cli.ts --scenario', () => {
  it('starts in the scenario named, and says so in its one line', async () => {
    const cli = startCli(['--scenario', 'sms-down']);
    try {
      const line = await cli.firstLine;
      const match = /^Mock Bitrix ID backend listening at (http:\/\/127\.0\.0\.1:\d+) \(scenario: sms-down\)$/.exec(line);
      expect(match, line).not.toBeNull();
      const api = createApiClient(match?.[1] ?? '');
      expect((await api.health()).body).toMatchObject({ scenario: 'sms-down' });
      expect((await api.requestRecovery(alice.phone)).status).toBe(503);
    } finally {
      cli.child.kill('SIGTERM');
    }
    expect(await cli.exited).toBe(0);
  });

  it('keeps the usual line for --scenario default', async () => {
    const cli = startCli(['--scenario', 'default']);
    try {
      expect(await cli.firstLine).toMatch(/^Mock Bitrix ID backend listening at http:\/\/127\.0\.0\.1:\d+$/);
    } finally {
      cli.child.kill('SIGTERM');
    }
    expect(await cli.exited).toBe(0);
  });

  it('refuses an unknown scenario with exit code 2 and the list of known ones', async () => {
    const { code, stderr } = await runCliToExit(['--port', '0', '--scenario', 'turbo']);
    expect(code).toBe(2);
    expect(stderr).toContain('"turbo"');
    for (const name of MOCK_SCENARIO_NAMES) expect(stderr).toContain(name);
  });
});
