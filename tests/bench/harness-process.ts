import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URL_LINE_PREFIX } from '../../harness/protocol.ts';
import { harnessEntry, repoRoot } from './paths.ts';

export interface HarnessProcess {
  /** The URL the harness printed, secret in the fragment; every load reuses it. */
  readonly url: string;
  /** Output so far, for error messages and the "anything odd" notes. */
  output(): string;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 5_000;

/**
 * Starts the browser harness on a free port with a throwaway data dir and keychain service,
 * so the bench never touches a real session. The keychain may be unavailable (no D-Bus): the
 * harness then keeps the session in memory, which does not matter for a signed-out load.
 */
export async function startHarness(env: NodeJS.ProcessEnv = {}): Promise<HarnessProcess> {
  const dataDir = await mkdtemp(join(tmpdir(), 'bitrix-id-bench-'));
  const child = spawn(process.execPath, [harnessEntry, '--port', '0', '--data-dir', dataDir], {
    cwd: repoRoot,
    env: { ...process.env, ...env, BITRIX_ID_KEYCHAIN_SERVICE: `bitrix-id-bench-${randomBytes(6).toString('hex')}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolvePromise) => child.once('exit', () => resolvePromise()));
  let output = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => (output += text));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    const url = await new Promise<string>((resolvePromise, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`The web harness printed no URL within ${STARTUP_TIMEOUT_MS} ms:\n${output}`)),
        STARTUP_TIMEOUT_MS,
      );
      child.stdout.setEncoding('utf8').on('data', (text: string) => {
        output += text;
        const line = output.split('\n').find((candidate) => candidate.startsWith(URL_LINE_PREFIX));
        if (line) {
          clearTimeout(timer);
          resolvePromise(line.slice(URL_LINE_PREFIX.length).trim());
        }
      });
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`The web harness exited (code ${child.exitCode}) before printing its URL:\n${output}`));
      });
    });
    return { url, output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
