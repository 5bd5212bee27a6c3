/**
 * The standalone mock server in tests, over real sockets: started on a free port and closed after
 * each test; and its command line, run as a child process.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { startMockHttpServer, type MockHttpServerOptions, type RunningMockHttpServer } from '../index.ts';
import { createApiClient, type ApiClient } from './api-client.ts';

export interface StartedMockServer extends RunningMockHttpServer {
  /** A client of the server's API. */
  api: ApiClient;
}

/** `start()` serves on a free port; the server it started is closed after the test. */
export function useStandaloneServer(): { start(options?: Omit<MockHttpServerOptions, 'port'>): Promise<StartedMockServer> } {
  let running: RunningMockHttpServer | undefined;
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });
  return {
    async start(options = {}) {
      running = await startMockHttpServer({ ...options, port: 0 });
      return { ...running, api: createApiClient(running.url) };
    },
  };
}

const CLI_PATH = fileURLToPath(new URL('../server/cli.ts', import.meta.url));

/** Runs the CLI on a free port; the caller must kill `child` once done with it. */
export function startCli(args: string[] = []) {
  const child = spawn(process.execPath, [CLI_PATH, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.setEncoding('utf8');
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      if (stdout.includes('\n')) resolve(stdout.split('\n')[0] ?? '');
    });
    child.once('exit', () => reject(new Error(`CLI exited early; stdout: ${stdout}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, firstLine, exited, stdout: () => stdout };
}

/** Runs the CLI to its end, for arguments it refuses: its exit code and what it wrote to stderr. */
export async function runCliToExit(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [CLI_PATH, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, stderr };
}
