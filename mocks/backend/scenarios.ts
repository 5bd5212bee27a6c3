/**
 * The named situations a tester can put the mock backend in, and the numbers each one uses. Each
 * scenario stands for something a real server or network does; the README says what the app
 * should show in each.
 */

/** In the order a menu should list them; the description is one line for that menu and the README. */
export const MOCK_SCENARIOS = [
  { name: 'default', description: 'The normal backend: every rule as documented, no faults.' },
  { name: 'many-portals', description: 'Alice belongs to 10,000 more portals, served 500 a page at most.' },
  { name: 'slow', description: 'Every API request waits 1–3 s before it is answered.' },
  { name: 'flaky', description: '1 API request in 5 fails with 500, 502 or 503 before it changes anything.' },
  { name: 'offline', description: 'Every request fails as if the server were unreachable (no HTTP answer at all).' },
  { name: 'sms-down', description: 'Anything that would send an SMS answers 503 sms_unavailable; e-mail still works.' },
  { name: 'rate-limited', description: 'Every API request answers 429 rate_limited with Retry-After: 30.' },
  { name: 'short-tokens', description: 'Access tokens issued meanwhile live 5 s, so the app must refresh silently.' },
] as const satisfies readonly { name: string; description: string }[];

export type MockScenarioName = (typeof MOCK_SCENARIOS)[number]['name'];

export const DEFAULT_MOCK_SCENARIO: MockScenarioName = 'default';

export const MOCK_SCENARIO_NAMES: readonly MockScenarioName[] = MOCK_SCENARIOS.map((scenario) => scenario.name);

/** For names from outside (HTTP body, command line, environment variable). */
export function isMockScenarioName(value: unknown): value is MockScenarioName {
  return typeof value === 'string' && (MOCK_SCENARIO_NAMES as readonly string[]).includes(value);
}

/** `slow`: each API request waits between these, uniformly. */
export const SLOW_MIN_DELAY_MS = 1000;
export const SLOW_MAX_DELAY_MS = 3000;

/** `flaky`: the share of API requests that fail, and the statuses they fail with (equally often). */
export const FLAKY_FAILURE_RATE = 0.2;
export const FLAKY_FAILURE_STATUSES = [500, 502, 503] as const;

/** `rate-limited` and `sms-down`: the Retry-After they send. */
export const SCENARIO_RETRY_AFTER_SECONDS = 30;

/** `short-tokens`: how long an access token issued meanwhile stays valid. */
export const SHORT_ACCESS_TOKEN_TTL_MS = 5000;

/** `many-portals`: how many generated portals Alice belongs to, besides her seed portals. */
export const MANY_PORTALS_COUNT = 10_000;
