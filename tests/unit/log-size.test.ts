import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { needsRotation, openCappedLogFile, previousLogFile } from '../../src-main/logging/capped-log-file.ts';
import { createFileLogger, LOG_FILE_NAME } from '../../src-main/logging/file-logger.ts';
import type { Logger } from '../../src-main/logging/logger.ts';
import { LogRateLimit, rateLimitedWarning } from '../../src-main/logging/rate-limited-log.ts';
import { refusedBridgeCallLog, REFUSED_CALLS_LOGGED_PER_MINUTE } from '../../src-main/logging/refused-bridge-calls.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function logDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bitrix-id-log-size-'));
  dirs.push(dir);
  return dir;
}

const filesIn = (dir: string) => readdirSync(dir).sort();
const bytesIn = (dir: string) => readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
const linesOf = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);

/** A clock the test moves by hand. */
function fakeClock(start = Date.parse('2026-12-01T10:00:00Z')) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

/** A logger that keeps what it is told, for reading back. */
function recordingLogger() {
  const lines: Array<{ message: string; details?: Record<string, unknown> }> = [];
  const record = (message: string, details?: Record<string, unknown>) => void lines.push({ message, details });
  const log: Logger = { info: record, warn: record, error: record };
  return { log, lines };
}

describe('the capped log file', () => {
  it('keeps the previous file as main.1.log', () => {
    expect(previousLogFile(join('/logs', 'main.log'))).toBe(join('/logs', 'main.1.log'));
  });

  it('rotates only when the next line would take a non-empty file past the cap', () => {
    expect(needsRotation(0, 10, 100)).toBe(false);
    expect(needsRotation(0, 500, 100)).toBe(false);
    expect(needsRotation(90, 10, 100)).toBe(false);
    expect(needsRotation(91, 10, 100)).toBe(true);
    expect(needsRotation(150, 1, 100)).toBe(true);
  });

  it('moves a full main.log to main.1.log, replacing the older one, and starts a fresh main.log', () => {
    const dir = logDir();
    const file = join(dir, 'main.log');
    writeFileSync(previousLogFile(file), 'the oldest lines\n');
    const sink = openCappedLogFile({ file, maxBytes: 30 });
    sink.write('line 1...\n');
    sink.write('line 2...\n');
    sink.write('line 3...\n');
    sink.write('line 4...\n');
    expect(filesIn(dir)).toEqual(['main.1.log', 'main.log']);
    expect(readFileSync(previousLogFile(file), 'utf8')).toBe('line 1...\nline 2...\nline 3...\n');
    expect(readFileSync(file, 'utf8')).toBe('line 4...\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('moves aside a main.log that an earlier run left past the cap, at the first new line', () => {
    const dir = logDir();
    const file = join(dir, 'main.log');
    writeFileSync(file, 'x'.repeat(200));
    const sink = openCappedLogFile({ file, maxBytes: 100 });
    sink.write('first line of this run\n');
    expect(statSync(previousLogFile(file)).size).toBe(200);
    expect(readFileSync(file, 'utf8')).toBe('first line of this run\n');
  });

  it('never holds more than the current and one previous file, each within the cap', () => {
    const dir = logDir();
    const file = join(dir, 'main.log');
    const sink = openCappedLogFile({ file, maxBytes: 4096 });
    for (let line = 1; line <= 10_000; line += 1) sink.write(`line ${line}\n`);
    expect(filesIn(dir)).toEqual(['main.1.log', 'main.log']);
    expect(statSync(file).size).toBeLessThanOrEqual(4096);
    expect(statSync(previousLogFile(file)).size).toBeLessThanOrEqual(4096);
    // Nothing lost in between: main.1.log ends where main.log begins.
    const lines = [...linesOf(previousLogFile(file)), ...linesOf(file)];
    expect(lines.at(-1)).toBe('line 10000');
    expect(lines.map((line) => Number(line.slice(5)))).toEqual(lines.map((_, index) => 10_001 - lines.length + index));
  });
});

describe('a rate-limited warning', () => {
  it('lets the first N of a window through and counts the rest', () => {
    const clock = fakeClock();
    const limit = new LogRateLimit({ limit: 2, windowMs: 60_000, now: clock.now });
    expect([limit.take(), limit.take(), limit.take(), limit.take()].map((taken) => taken.log)).toEqual([true, true, false, false]);
    clock.advance(59_999);
    expect(limit.take()).toEqual({ log: false, unloggedBefore: 0 });
    clock.advance(1);
    expect(limit.take()).toEqual({ log: true, unloggedBefore: 3 });
  });

  it('logs one summary line with the count when the next window opens, then the new window’s first N', () => {
    const clock = fakeClock();
    const { log, lines } = recordingLogger();
    const warning = rateLimitedWarning(log, 'Refused', { limit: 2, windowMs: 60_000, now: clock.now });
    for (const channel of ['a', 'b', 'c', 'd', 'e']) warning.warn({ channel });
    clock.advance(60_000);
    warning.warn({ channel: 'f' });
    expect(lines).toEqual([
      { message: 'Refused', details: { channel: 'a' } },
      { message: 'Refused', details: { channel: 'b' } },
      { message: 'Refused (more of these, not logged one by one)', details: { count: 3, windowSeconds: 60 } },
      { message: 'Refused', details: { channel: 'f' } },
    ]);
  });

  it('writes the pending summary at flush, and nothing when there is none', () => {
    const clock = fakeClock();
    const { log, lines } = recordingLogger();
    const warning = rateLimitedWarning(log, 'Refused', { limit: 1, windowMs: 60_000, now: clock.now });
    warning.flush();
    expect(lines).toEqual([]);
    warning.warn({ channel: 'a' });
    warning.warn({ channel: 'b' });
    warning.flush();
    warning.flush();
    expect(lines.map((line) => line.details)).toEqual([{ channel: 'a' }, { count: 1, windowSeconds: 60 }]);
  });
});

describe('22,880 refused bridge calls', () => {
  const REFUSED = 22_880;

  /** Every refused call, as the IPC transport logs it, into a real main.log; `gapMs` apart. */
  function refuseCalls(dir: string, gapMs: number, maxFileBytes?: number) {
    const clock = fakeClock();
    const log = createFileLogger({ dir, maxFileBytes });
    const refusals = refusedBridgeCallLog(log, clock.now);
    for (let call = 0; call < REFUSED; call += 1) {
      refusals.warn({ channel: 'auth.getSession' });
      clock.advance(gapMs);
    }
    refusals.flush();
    log.flush();
  }

  it('leave a few kilobytes in main.log when they come in a burst, every one of them counted', () => {
    const dir = logDir();
    // 10 ms apart: about four minutes of a page hammering the bridge.
    refuseCalls(dir, 10);
    expect(filesIn(dir)).toEqual([LOG_FILE_NAME]);
    expect(bytesIn(dir)).toBeLessThan(32 * 1024);
    const lines = linesOf(join(dir, LOG_FILE_NAME)).map((line) => JSON.parse(line) as { msg: string; count?: number });
    const oneByOne = lines.filter((line) => line.count === undefined);
    const summarised = lines.reduce((sum, line) => sum + (line.count ?? 0), 0);
    expect(oneByOne.length).toBe(4 * REFUSED_CALLS_LOGGED_PER_MINUTE);
    expect(oneByOne.length + summarised).toBe(REFUSED);
  });

  it('stay within twice the file cap even when spread out enough to be logged one by one', () => {
    const dir = logDir();
    // 3 s apart, twenty a minute: the rate limit lets each through, so only the size cap bounds the log.
    refuseCalls(dir, 3_000, 64 * 1024);
    expect(filesIn(dir)).toEqual(['main.1.log', LOG_FILE_NAME]);
    expect(bytesIn(dir)).toBeLessThanOrEqual(2 * 64 * 1024);
  });
});
