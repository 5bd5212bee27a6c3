/**
 * Which scenario is in force, switchable while the mock runs, and the chance and the wait the
 * scenarios draw on. Both are injectable so that `slow` and `flaky` are deterministic in tests.
 */
import { DEFAULT_MOCK_SCENARIO, type MockScenarioName } from './scenarios.ts';

export interface ScenarioControllerOptions {
  /** The scenario at start, and the one a reset goes back to. */
  scenario?: MockScenarioName;
  /** A number in [0, 1); `slow` and `flaky` draw one per API request. */
  random?: () => number;
  /** Resolves after `ms` milliseconds; `slow` waits with it. */
  sleep?: (ms: number) => Promise<void>;
}

function sleepFor(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class ScenarioController {
  readonly initial: MockScenarioName;
  #current: MockScenarioName;
  readonly #random: () => number;
  readonly #sleep: (ms: number) => Promise<void>;

  constructor(options: ScenarioControllerOptions = {}) {
    this.initial = options.scenario ?? DEFAULT_MOCK_SCENARIO;
    this.#current = this.initial;
    // Math.random is enough: these numbers pick faults, they guard nothing.
    this.#random = options.random ?? Math.random;
    this.#sleep = options.sleep ?? sleepFor;
  }

  get current(): MockScenarioName {
    return this.#current;
  }

  switchTo(name: MockScenarioName): void {
    this.#current = name;
  }

  /** Back to the scenario chosen at start. */
  reset(): void {
    this.#current = this.initial;
  }

  random(): number {
    return this.#random();
  }

  sleep(ms: number): Promise<void> {
    return this.#sleep(ms);
  }
}
