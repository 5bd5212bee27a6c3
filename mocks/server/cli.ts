/**
 * Runs the standalone mock backend with fresh seed state:
 *   node mocks/server/cli.ts [--port 4010] [--host 127.0.0.1] [--scenario default] [--bitrix24 [--bitrix24-port 4020]]
 * `--bitrix24` also starts the emulated Bitrix24 (the Network and its portals) for the app's Bitrix24 mode.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_MOCK_SCENARIO, isMockScenarioName, MOCK_SCENARIOS, type MockScenarioName } from '../backend/scenarios.ts';
import { startEmulatedBitrix24, type EmulatedBitrix24 } from '../bitrix24-web/emulated-bitrix24.ts';
import { startMockHttpServer } from './http-server.ts';

const USAGE =
  'Usage: node mocks/server/cli.ts [--port <0-65535>] [--host <address>] [--scenario <name>] [--bitrix24 [--bitrix24-port <0-65535>]]';

function scenarioList(): string {
  return MOCK_SCENARIOS.map(({ name, description }) => `  ${name.padEnd(14)} ${description}`).join('\n');
}

function refuse(message: string, extra?: string): never {
  console.error(message);
  if (extra !== undefined) console.error(extra);
  console.error(USAGE);
  process.exit(2);
}

interface CliOptions {
  port: number;
  host: string;
  scenario: MockScenarioName;
  /** The emulated Bitrix24's port, or null when it is not asked for. */
  bitrix24Port: number | null;
}

function parsePort(text: string, flag: string): number {
  const port = Number(text);
  if (text.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) refuse(`Invalid ${flag} "${text}".`);
  return port;
}

function parseOptions(): CliOptions {
  let values: { port: string; host: string; scenario: string; bitrix24: boolean; 'bitrix24-port': string };
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string', default: '4010' },
        host: { type: 'string', default: '127.0.0.1' },
        scenario: { type: 'string', default: DEFAULT_MOCK_SCENARIO },
        bitrix24: { type: 'boolean', default: false },
        'bitrix24-port': { type: 'string', default: '4020' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    refuse(error instanceof Error ? error.message : String(error));
  }
  const port = parsePort(values.port, '--port');
  if (!isMockScenarioName(values.scenario)) {
    refuse(`Unknown --scenario "${values.scenario}". Known scenarios:`, scenarioList());
  }
  const bitrix24Port = values.bitrix24 ? parsePort(values['bitrix24-port'], '--bitrix24-port') : null;
  return { port, host: values.host, scenario: values.scenario, bitrix24Port };
}

const options = parseOptions();
const server = await startMockHttpServer(options);
async function startBitrix24(port: number): Promise<EmulatedBitrix24> {
  try {
    return await startEmulatedBitrix24({ port });
  } catch (error) {
    await server.close();
    throw error;
  }
}
const bitrix24 = options.bitrix24Port === null ? null : await startBitrix24(options.bitrix24Port);

let closing = false;
function shutDown(): void {
  if (closing) return;
  closing = true;
  Promise.all([server.close(), bitrix24?.close()]).then(
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
if (bitrix24 !== null) {
  const portals = bitrix24.portalNames.map((name) => bitrix24.portalUrl(name)).join(', ');
  console.log(`Emulated Bitrix24.Network listening at ${bitrix24.networkUrl} (portals: ${portals})`);
}
