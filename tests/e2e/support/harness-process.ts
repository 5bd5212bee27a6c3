import { spawn, type ChildProcess } from 'node:child_process';
import { SECRET_PARAM, URL_LINE_PREFIX } from '../../../harness/protocol.ts';
import { harnessEntry, repoRoot } from './paths.ts';

export interface RunningHarness {
  /** The URL the harness printed, secret in the fragment. */
  readonly url: string;
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly secret: string;
  /** SIGTERM, then wait for a clean exit (SIGKILL after a grace period). */
  stop(): Promise<void>;
}

export interface HarnessLaunch {
  dataDir: string;
  env: NodeJS.ProcessEnv;
  /** The flags that choose the backend (`backendFlags`), each followed by its value. */
  backendArgs: readonly string[];
  /** Receives everything the process writes to stdout and stderr. */
  onOutput(text: string): void;
}

// A cold start took up to 35 s on a 2-core machine at load ~25; a launch has 40 s (LAUNCH_TIME_MS, per-test-app.ts).
const STARTUP_TIMEOUT_MS = 40_000;
const STOP_GRACE_MS = 10_000;
const URL_LINE = new RegExp(`^${escapeRegExp(URL_LINE_PREFIX)}(http://127\\.0\\.0\\.1:\\d+)/#${SECRET_PARAM}=([0-9a-f]{64})$`, 'm');

/** Starts `node harness/start-web.ts --port 0` and waits for the URL line. */
export async function startHarnessProcess(launch: HarnessLaunch): Promise<RunningHarness> {
  const args = [harnessEntry, '--port', '0', '--data-dir', launch.dataDir, ...launch.backendArgs];
  const child = spawn(process.execPath, args, { cwd: repoRoot, env: launch.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  let stdout = '';
  let output = '';
  const found = new Promise<RegExpMatchArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The web harness printed no URL within ${STARTUP_TIMEOUT_MS} ms.`)), STARTUP_TIMEOUT_MS);
    const record = (text: string) => {
      output += text;
      launch.onOutput(text);
    };
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      record(text);
      stdout += text;
      const match = URL_LINE.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    });
    child.stderr.setEncoding('utf8').on('data', record);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`The web harness exited (code ${code}) before it was ready:\n${output}`));
    });
  });

  let match: RegExpMatchArray;
  try {
    match = await found;
  } catch (error) {
    await stopChild(child, exited);
    throw error;
  }
  const origin = match[1] ?? '';
  const secret = match[2] ?? '';
  return { url: `${origin}/#${SECRET_PARAM}=${secret}`, origin, secret, stop: () => stopChild(child, exited) };
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const killLater = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, STOP_GRACE_MS);
  });
  await Promise.race([exited, killLater]);
  clearTimeout(timer);
  await exited;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
