/**
 * `npm run bench`: how much heavier the app's sign-in screen is than a bare React 19 page, in
 * initial JS bytes and in load-to-interactive time, both measured in this run; then the portals
 * list and switching with 10,000 portals against the targets; then main's start-up to its
 * window against a bare main under the recording stand-in for electron. A measurement, not a gate:
 * it exits 0 even over target.
 *
 *   node tests/bench/run.ts [--runs 15] [--only load|portals|startup]
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildBaseline } from './build-baseline.ts';
import { startHarness } from './harness-process.ts';
import { measureInitialJs } from './initial-js.ts';
import { measureLoadTimes } from './load-time.ts';
import { measurePortals } from './portals.ts';
import { appIndexHtml, builtMainDir, harnessBridgeScript, repoRoot } from './paths.ts';
import { TARGET_RATIO, byteRows, formatFiles, formatPortalTimings, formatRatio, formatTable, kib, loadRow, pairedRatio, spread } from './report.ts';
import { measureStartup } from './startup.ts';
import { formatMockModules, formatStartupLines, mockModulesLoaded } from './startup-report.ts';
import { startStaticServer } from './static-server.ts';

const MIN_RUNS = 15;

/** Cleanups still owed, run on normal exit and on Ctrl-C so no harness process is left behind. */
const cleanups: (() => Promise<void>)[] = [];
async function cleanUp(): Promise<void> {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
}
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    // Playwright closes the browser on the same signal, so main() fails next: that is no error to report.
    interrupted = true;
    console.error('Interrupted.');
    void cleanUp().finally(() => process.exit(130));
  });
}

/** Which parts to run: the sign-in screen against a bare React page, the portals list, main's start-up; all by default. */
const BENCH_PARTS = ['load', 'portals', 'startup'] as const;
type BenchPart = (typeof BENCH_PARTS)[number];
const isBenchPart = (value: string): value is BenchPart => (BENCH_PARTS as readonly string[]).includes(value);

function parseOptions(argv: string[]): { runs: number; parts: BenchPart[] } {
  const options = { runs: { type: 'string', default: String(MIN_RUNS) }, only: { type: 'string' } } as const;
  const { values } = parseArgs({ args: argv, options, strict: true });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`Invalid --runs "${values.runs}".`);
  if (values.only === undefined) return { runs, parts: [...BENCH_PARTS] };
  if (!isBenchPart(values.only)) throw new Error(`Invalid --only "${values.only}": ${BENCH_PARTS.join(', ')}.`);
  return { runs, parts: [values.only] };
}

/** Measures whatever build is in out/ and builds only when there is none: rebuilding is the caller's call. */
async function ensureAppBuild(): Promise<void> {
  if (existsSync(appIndexHtml) && existsSync(harnessBridgeScript)) return;
  console.log('No build in out/: running `npm run build` first.');
  const code = await new Promise<number | null>((resolvePromise, reject) => {
    const child = spawn('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit', shell: process.platform === 'win32' });
    child.once('error', reject);
    child.once('exit', resolvePromise);
  });
  if (code !== 0) throw new Error(`npm run build failed (exit code ${code}).`);
}

/** A live counter on a terminal; logs and CI get no carriage-return noise. */
function progressOf(what: string): (done: number, total: number) => void {
  return (done, total) => {
    if (!process.stderr.isTTY) return;
    process.stderr.write(`\r${what}: ${done}/${total} rounds${done === total ? '\n' : ''}`);
  };
}

async function main(): Promise<void> {
  const { runs, parts } = parseOptions(process.argv.slice(2));
  await ensureAppBuild();
  if (parts.includes('load')) await benchLoad(runs);
  if (parts.includes('portals')) await benchPortals(runs);
  if (parts.includes('startup')) await benchStartup(runs);
}

async function benchLoad(runs: number): Promise<void> {
  const baselineDir = await buildBaseline();
  const appBytes = await measureInitialJs(appIndexHtml);
  const baselineBytes = await measureInitialJs(resolve(baselineDir, 'index.html'));

  const harness = await startHarness();
  cleanups.push(() => harness.stop());
  const baselineServer = await startStaticServer(baselineDir);
  cleanups.push(() => baselineServer.close());

  const times = await measureLoadTimes(
    [
      { label: 'app', url: harness.url },
      { label: 'baseline', url: `${baselineServer.origin}/` },
    ],
    runs,
    progressOf('load-to-interactive'),
  );
  await cleanUp();

  const appTimes = times.get('app')?.interactive ?? [];
  const baselineTimes = times.get('baseline')?.interactive ?? [];
  const appPainted = times.get('app')?.painted ?? [];
  const baselinePainted = times.get('baseline')?.painted ?? [];
  const rows = [...byteRows(appBytes, baselineBytes), loadRow(appTimes, baselineTimes)];
  console.log('');
  console.log(formatFiles('app initial JS (out/renderer):', appBytes));
  console.log(formatFiles('baseline initial JS (.tmp/bench/baseline):', baselineBytes));
  // The harness stands in for Electron's preload with a classic script ahead of the app: it costs load time that
  // the Electron app does not pay, and is no part of the renderer's bytes.
  const bridgeSize = kib(statSync(harnessBridgeScript).size);
  console.log(`note: the app's load time includes the harness's own bridge script (out/harness/bridge.js, ${bridgeSize} raw)`);
  console.log(`app load-to-interactive:      ${spread(appTimes)}`);
  console.log(`baseline load-to-interactive: ${spread(baselineTimes)}`);
  console.log(`paired ratio (median of per-round app/baseline): ${pairedRatio(appTimes, baselineTimes).toFixed(2)}`);
  console.log(`to the frame painted with the button: ${formatRatio(appPainted, baselinePainted)}`);
  if (runs < MIN_RUNS) console.log(`note: only ${runs} loads each; report figures from at least ${MIN_RUNS}.`);
  console.log('');
  console.log(formatTable(rows));
  const over = rows.filter((row) => !(row.ratio <= TARGET_RATIO));
  console.log('');
  const overLabels = over.map((row) => row.label).join(', ');
  console.log(over.length === 0 ? `All within target (ratio ≤ ${TARGET_RATIO}).` : `OVER TARGET: ${overLabels}.`);
}

async function benchPortals(runs: number): Promise<void> {
  console.log('\nPortals with 10,000 (scenario many-portals):');
  const manyPortals = await startHarness({ BITRIX_ID_MOCK_SCENARIO: 'many-portals' });
  cleanups.push(() => manyPortals.stop());
  const portalTimings = await measurePortals(manyPortals.url, Math.max(5, Math.round(runs / 2)));
  await cleanUp();
  console.log(formatPortalTimings(portalTimings));
}

async function benchStartup(runs: number): Promise<void> {
  console.log('\nMain start-up to its window (process start → BrowserWindow), under the recording stand-in for electron:');
  const timings = await measureStartup(runs, progressOf('main start-up'));
  console.log(
    formatStartupLines([
      { label: 'embedded mock (default)', appMs: timings.mockMs, bareMs: timings.bareMs },
      { label: '--api-url', appMs: timings.apiUrlMs, bareMs: timings.bareMs },
    ]),
  );
  console.log(formatMockModules(mockModulesLoaded(timings.apiUrlModules, builtMainDir)));
}

main().catch(async (error: unknown) => {
  await cleanUp();
  if (interrupted) return;
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
