import type { InitialJs } from './initial-js.ts';
import type { PortalTimings } from './portals.ts';

export const TARGET_RATIO = 1.5;

export interface Row {
  label: string;
  app: string;
  baseline: string;
  ratio: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
export const ms = (value: number): string => `${value.toFixed(1)} ms`;

export function byteRows(app: InitialJs, baseline: InitialJs): Row[] {
  return [
    { label: 'initial JS (raw)', app: kib(app.raw), baseline: kib(baseline.raw), ratio: app.raw / baseline.raw },
    { label: 'initial JS (gzip)', app: kib(app.gzip), baseline: kib(baseline.gzip), ratio: app.gzip / baseline.gzip },
  ];
}

export function loadRow(app: readonly number[], baseline: readonly number[]): Row {
  const appMedian = median(app);
  const baselineMedian = median(baseline);
  return {
    label: 'load-to-interactive',
    app: `${ms(appMedian)} (median of ${app.length})`,
    baseline: `${ms(baselineMedian)} (median of ${baseline.length})`,
    ratio: appMedian / baselineMedian,
  };
}

/** Spread of a sample, so a reader can tell a real regression from a noisy run. */
export function spread(values: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `min ${ms(sorted[0] ?? Number.NaN)}, median ${ms(median(sorted))}, max ${ms(sorted.at(-1) ?? Number.NaN)}`;
}

/**
 * Median of app/baseline within each round: the two loads of a round run back to back, so this
 * cancels slow drift in machine load that the ratio of medians does not. A cross-check only.
 */
export function pairedRatio(app: readonly number[], baseline: readonly number[]): number {
  return median(app.flatMap((value, index) => (baseline[index] ? [value / baseline[index]] : [])));
}

/** App against baseline on one measure: both medians, their ratio and the paired ratio. */
export function formatRatio(app: readonly number[], baseline: readonly number[]): string {
  const ratio = median(app) / median(baseline);
  return `app ${ms(median(app))}, baseline ${ms(median(baseline))}, ratio ${ratio.toFixed(2)} (paired ${pairedRatio(app, baseline).toFixed(2)})`;
}

export function formatTable(rows: readonly Row[]): string {
  const width = (pick: (row: Row) => string) => Math.max(...rows.map((row) => pick(row).length));
  const [label, app, baseline] = [width((r) => r.label), width((r) => r.app), width((r) => r.baseline)];
  return rows
    .map((row) => {
      const verdict = row.ratio <= TARGET_RATIO ? 'ok' : 'OVER TARGET';
      return [
        row.label.padEnd(label),
        `app ${row.app.padEnd(app)}`,
        `baseline ${row.baseline.padEnd(baseline)}`,
        `ratio ${row.ratio.toFixed(2)}`,
        `target ≤ ${TARGET_RATIO}  ${verdict}`,
      ].join('   ');
    })
    .join('\n');
}

export function formatFiles(title: string, initial: InitialJs): string {
  const lines = initial.files.map((file) => `  ${file.name}  ${kib(file.raw)} raw, ${kib(file.gzip)} gzip`);
  if (initial.unlisted.length > 0) {
    lines.push(`  note: statically imported but neither loaded nor preloaded: ${initial.unlisted.join(', ')}`);
  }
  return `${title}\n${lines.join('\n')}`;
}

export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

/** The absolute targets for the portals list, each with its verdict. */
export function formatPortalTimings(timings: PortalTimings): string {
  const frame = median(timings.frameMs);
  const verdict = (value: number, limit: number) => (value <= limit ? 'ok' : 'OVER TARGET');
  const firstRender = median(timings.firstRenderMs);
  const keystroke = percentile(timings.keystrokeMs, 0.95);
  const keystrokeFloor = percentile(timings.keystrokeFloorMs, 0.95);
  const aliveFrames = percentile(timings.aliveSwitchFrames, 0.95);
  const lines = [
    `frame interval in this run: ${ms(frame)} (median of ${timings.frameMs.length})`,
    `first list render: median ${ms(firstRender)} (${spread(timings.firstRenderMs)}; ${timings.firstRenderMs.length} reloads)   target ≤ 100 ms  ${verdict(firstRender, 100)}`,
    `keystroke → painted list: p95 ${ms(keystroke)}, median ${ms(median(timings.keystrokeMs))} (${timings.keystrokeMs.length} keys)   target ≤ 16 ms at p95  ${verdict(keystroke, 16)}`,
    `  floor, the same keys in the sign-in form's login field (next to no work, just the wait for a frame): p95 ${ms(keystrokeFloor)}, median ${ms(median(timings.keystrokeFloorMs))}; the list's p95 is ${(keystroke - keystrokeFloor).toFixed(1)} ms over it`,
    `switch to a live view: p95 ${aliveFrames} frame(s), median ${ms(median(timings.aliveSwitchMs))} (${timings.aliveSwitchMs.length} switches)   target ≤ 1 frame  ${verdict(aliveFrames, 1)}`,
    `switch to a new portal (one-time login + page load): ${timings.newSwitchMs.map(ms).join(', ')}`,
  ];
  return lines.join('\n');
}
