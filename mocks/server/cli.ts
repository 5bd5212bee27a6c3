/**
 * Runs the standalone mock backend with fresh seed state:
 *   node mocks/server/cli.ts [--port 4010] [--host 127.0.0.1]
 */
import { parseArgs } from 'node:util';
import { startMockHttpServer } from './http-server.ts';

const USAGE = 'Usage: node mocks/server/cli.ts [--port <0-65535>] [--host <address>]';

function parseOptions(): { port: number; host: string } {
  let values: { port: string; host: string };
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string', default: '4010' },
        host: { type: 'string', default: '127.0.0.1' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(USAGE);
    process.exit(2);
  }
  const port = Number(values.port);
  if (values.port.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Invalid --port "${values.port}".`);
    console.error(USAGE);
    process.exit(2);
  }
  return { port, host: values.host };
}

const server = await startMockHttpServer(parseOptions());
console.log(`Mock Bitrix ID backend listening at ${server.url}`);

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
process.once('SIGINT', shutDown);
process.once('SIGTERM', shutDown);
