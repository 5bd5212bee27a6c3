import { describe, expect, it } from 'vitest';
import { loadOpenApiDocument } from '../../tests/contract/openapi-document.ts';
import {
  MOCK_BACKEND_NAME,
  MOCK_BACKEND_VERSION,
  MOCK_SCENARIO_NAMES,
  MOCK_SCENARIOS,
  MockBackend,
  isMockScenarioName,
  seedCredentials,
} from '../index.ts';
import { signedIn, type ErrorBody, type HealthBody } from './api-client.ts';
import { useMockApi } from './msw-harness.ts';

const alice = seedCredentials.alice;

describe('the scenario list', () => {
  it('names each scenario once, with a one-line description, default first', () => {
    expect(MOCK_SCENARIO_NAMES).toEqual([
      'default',
      'many-portals',
      'slow',
      'flaky',
      'offline',
      'sms-down',
      'rate-limited',
      'short-tokens',
    ]);
    for (const scenario of MOCK_SCENARIOS) expect(scenario.description).toMatch(/^[^\n]{10,100}$/);
  });

  it('recognises only known names', () => {
    expect(isMockScenarioName('sms-down')).toBe(true);
    expect(isMockScenarioName('SMS-DOWN')).toBe(false);
    expect(isMockScenarioName('')).toBe(false);
    expect(isMockScenarioName(undefined)).toBe(false);
  });
});

describe('the scenario through the TypeScript API', () => {
  it('starts as chosen, switches at run time, and a reset goes back to the one chosen at start', () => {
    expect(new MockBackend().scenario).toBe('default');
    const backend = new MockBackend({ scenario: 'sms-down' });
    expect(backend.scenario).toBe('sms-down');
    backend.setScenario('offline');
    expect(backend.scenario).toBe('offline');
    backend.reset();
    expect(backend.scenario).toBe('sms-down');
  });

  it('keeps the restored data and takes the scenario from the options, not the snapshot', () => {
    const backend = MockBackend.fromSnapshot(new MockBackend().snapshot(), { scenario: 'slow' });
    expect(backend.scenario).toBe('slow');
    expect(JSON.stringify(backend.snapshot())).not.toContain('slow');
  });
});

describe('GET and POST /__mock/scenario', () => {
  const mock = useMockApi();

  it('tells the scenario in force and lists every scenario with its description', async () => {
    const reply = await mock.api.scenario();
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      scenario: 'default',
      scenarios: MOCK_SCENARIOS.map(({ name, description }) => ({ name, description })),
    });
  });

  it('switches at run time: the next request sees the new scenario, the data stays', async () => {
    const tokens = await signedIn(mock.api, alice.email, alice.password);

    const switched = await mock.api.setScenario('rate-limited');
    expect([switched.status, switched.body]).toEqual([200, { scenario: 'rate-limited' }]);
    expect(mock.backend.scenario).toBe('rate-limited');
    expect((await mock.api.me(tokens.access_token)).status).toBe(429);

    await mock.api.setScenario('default');
    expect((await mock.api.me(tokens.access_token)).status).toBe(200);
  });

  it('refuses an unknown name with 400 and the list of known ones', async () => {
    const reply = await mock.api.setScenario('turbo');
    expect(reply.status).toBe(400);
    const body = reply.body as ErrorBody & { scenarios: string[] };
    expect(body.error).toBe('invalid_request');
    expect(body.fields).toEqual({ name: 'invalid' });
    expect(body.scenarios).toEqual([...MOCK_SCENARIO_NAMES]);
    expect(body.message).toContain('many-portals');
    expect(mock.backend.scenario).toBe('default');
  });

  it.each([[undefined], [''], [null]])('asks for a name when it is %j', async (name) => {
    const reply = await mock.api.setScenario(name);
    expect(reply.status).toBe(400);
    expect((reply.body as ErrorBody).fields).toEqual({ name: 'required' });
  });

  it('refuses a body that is not JSON', async () => {
    const reply = await mock.api.send('/__mock/scenario', { method: 'POST', body: 'slow' });
    expect(reply.status).toBe(400);
    expect(mock.backend.scenario).toBe('default');
  });
});

describe('POST /__mock/reset with a scenario chosen at start', () => {
  const mock = useMockApi({ scenario: 'short-tokens' });

  it('puts back the data and the starting scenario, not the default', async () => {
    await mock.api.setScenario('rate-limited');
    expect((await mock.api.reset()).status).toBe(200);
    expect((await mock.api.scenario()).body).toMatchObject({ scenario: 'short-tokens' });
    const tokens = await signedIn(mock.api, alice.email, alice.password);
    expect(tokens.expires_in).toBe(5);
  });
});

describe('GET /health', () => {
  const mock = useMockApi();

  it('answers name, version and scenario without sign-in, never cached', async () => {
    const reply = await mock.api.health();
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ name: MOCK_BACKEND_NAME, version: MOCK_BACKEND_VERSION, scenario: 'default' });
    expect(reply.headers.get('cache-control')).toBe('no-store');
  });

  it.each(['many-portals', 'slow', 'flaky', 'sms-down', 'rate-limited', 'short-tokens'] as const)(
    'still answers while %s is in force, and says so',
    async (scenario) => {
      // A draw of 0 would fail a flaky request, and this sleep would fail a slowed one.
      const sleep = () => Promise.reject(new Error('the health check was slowed down'));
      mock.serve(new MockBackend({ ...mock.clockOptions(), scenario, random: () => 0, sleep }));
      const reply = await mock.api.health();
      expect(reply.status).toBe(200);
      expect((reply.body as HealthBody).scenario).toBe(scenario);
    },
  );

  it('reports the version of the API that openapi.yaml describes', () => {
    expect(loadOpenApiDocument().version).toBe(MOCK_BACKEND_VERSION);
  });
});
