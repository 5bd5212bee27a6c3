/**
 * Runs the standalone mock backend with fresh seed state:
 *   node mocks/server/cli.ts [--port 4010] [--host 127.0.0.1] [--scenario default]
 */
import { parseArgs } from 'node:util';
import { DEFAULT_MOCK_SCENARIO, isMockScenarioName, MOCK_SCENARIOS, type MockScenarioName } from '../backend/scenarios.ts';
import { startMockHttpServer } from './http-server.ts';

const USAGE = 'Usage: node mocks/server/cli.ts [--port <0-65535>] [--host <address>] [--scenario <name>]';

function scenarioList(): string {
  return MOCK_SCENARIOS.map(({ name, description }) => `  ${name.padEnd(14)} ${description}`).join('\n');
}

function refuse(message: string, extra?: string): never {
  console.error(message);
  if (extra !== undefined) console.error(extra);
  console.error(USAGE);
  process.exit(2);
}

function parseOptions(): { port: number; host: string; scenario: MockScenarioName } {
  let values: { port: string; host: string; scenario: string };
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string', default: '4010' },
        host: { type: 'string', default: '127.0.0.1' },
        scenario: { type: 'string', default: DEFAULT_MOCK_SCENARIO },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    refuse(error instanceof Error ? error.message : String(error));
  }
  const port = Number(values.port);
  if (values.port.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) {
    refuse(`Invalid --port "${values.port}".`);
  }
  if (!isMockScenarioName(values.scenario)) {
    refuse(`Unknown --scenario "${values.scenario}". Known scenarios:`, scenarioList());
  }
  return { port, host: values.host, scenario: values.scenario };
}

const options = parseOptions();
const server = await startMockHttpServer(options);

let closing = false;
function shutDown(): void {
  if (closing) return;
  closing = true;
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error('Mock backend failed to close:', error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
// Before the line below: whoever reads it may stop the server at once, and must get a clean exit.
process.once('SIGINT', shutDown);
process.once('SIGTERM', shutDown);

// The default keeps the line it always had: scripts and tests parse it.
const scenarioNote = options.scenario === DEFAULT_MOCK_SCENARIO ? '' : ` (scenario: ${options.scenario})`;
console.log(`Mock Bitrix ID backend listening at ${server.url}${scenarioNote}`);
