/**
 * `npm test`: typecheck, lint, the Electron security gate, build, then vitest and Playwright. On
 * Linux the last two run inside a private D-Bus session with an unlocked gnome-keyring and a
 * throw-away HOME, so the keychain tests hit a real Secret Service without touching the
 * developer's own keyring.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const reports = join(root, '.tmp', 'reports');
mkdirSync(reports, { recursive: true });

/** Runs one step; returns whether it passed. */
function run(title: string, command: string, args: string[], options: SpawnSyncOptions = {}): boolean {
  console.log(`\n=== ${title}`);
  const started = Date.now();
  // Windows runs npm and node_modules/.bin commands through their .cmd shims, which need a shell.
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32', ...options });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const passed = result.status === 0;
  console.log(`=== ${title} ${passed ? 'passed' : 'FAILED'} in ${seconds}s`);
  return passed;
}

function stop(): never {
  printTotals();
  process.exit(1);
}

const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/** Wraps a command in dbus-run-session with an unlocked keyring, where Linux offers one. */
function withKeychain(command: string, args: string[]): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
  if (process.platform !== 'linux' || !onPath('dbus-run-session') || !onPath('gnome-keyring-daemon')) {
    console.log('No dbus-run-session/gnome-keyring here: keychain tests use the session that exists, or skip.');
    return { command, args, env: process.env };
  }
  const home = mkdtempSync(join(tmpdir(), 'bitrix-id-test-home-'));
  process.on('exit', () => rmSync(home, { recursive: true, force: true }));
  const script = 'echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"';
  return {
    command: 'dbus-run-session',
    args: ['--', 'sh', '-c', script, 'sh', command, ...args],
    env: { ...process.env, HOME: home, BITRIX_ID_REQUIRE_KEYCHAIN: '1' },
  };
}

interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}
const totals: Totals = { passed: 0, failed: 0, skipped: 0 };

function addVitestTotals(file: string): void {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
    };
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + report.numTodoTests;
  } catch {
    // No report means vitest did not run; its exit code already says so.
  }
}

function addPlaywrightTotals(file: string): void {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8')) as {
      stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    };
    totals.passed += report.stats.expected + report.stats.flaky;
    totals.failed += report.stats.unexpected;
    totals.skipped += report.stats.skipped;
  } catch {
    // As above.
  }
}

function printTotals(): void {
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
}

const vitestReport = join(reports, 'vitest.json');
const playwrightReport = join(reports, 'playwright.json');
rmSync(vitestReport, { force: true });
rmSync(playwrightReport, { force: true });

if (!run('typecheck', bin('tsc'), ['--build'])) stop();
if (!run('lint', bin('eslint'), ['.', '--max-warnings=0'])) stop();
if (!run('Electron security gate (Electronegativity)', process.execPath, [join(root, 'scripts', 'electronegativity.ts')])) stop();
if (!run('build', 'npm', ['run', 'build', '--silent'])) stop();

const vitest = withKeychain(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
const unitPassed = run('unit and integration tests (vitest)', vitest.command, vitest.args, { env: vitest.env });
addVitestTotals(vitestReport);

const playwright = withKeychain(bin('playwright'), ['test', '--reporter=list,json']);
const e2ePassed = run('end-to-end tests (Playwright)', playwright.command, playwright.args, {
  env: { ...playwright.env, PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport },
});
addPlaywrightTotals(playwrightReport);

printTotals();
process.exit(unitPassed && e2ePassed ? 0 : 1);
