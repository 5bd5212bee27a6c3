import { readFileSync, renameSync, statSync } from 'node:fs';

/**
 * What checks the parsed JSON: a zod schema, or a hand-written check with the same `safeParse` where
 * loading zod would cost the window its start-up (the window's placement).
 */
export interface JsonSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/**
 * What reading a JSON file through its schema found. A damaged file (too big, not JSON, or not the
 * schema's shape) is moved aside, not overwritten, so what it held can still be looked at or
 * recovered; `keptAs` is where it went, or null when even moving it failed.
 */
export type CheckedRead<T> = { status: 'missing' } | { status: 'read'; value: T } | { status: 'damaged'; keptAs: string | null };

export interface CheckedReadOptions {
  /** A file larger than this is damaged: it is never read into memory. */
  maxBytes: number;
  /** The clock that names a damaged file's copy. */
  now?: () => number;
}

const isMissing = (error: unknown): boolean => error instanceof Error && 'code' in error && error.code === 'ENOENT';

function keepAside(file: string, now: () => number): string | null {
  const keptAs = `${file}.damaged-${now()}`;
  try {
    renameSync(file, keptAs);
    return keptAs;
  } catch {
    return null;
  }
}

/** Reads `file` and checks it against `schema`; never throws for what the file holds. */
export function readCheckedJsonFile<T>(file: string, schema: JsonSchema<T>, options: CheckedReadOptions): CheckedRead<T> {
  const now = options.now ?? Date.now;
  let text: string;
  try {
    if (statSync(file).size > options.maxBytes) return { status: 'damaged', keptAs: keepAside(file, now) };
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (isMissing(error)) return { status: 'missing' };
    return { status: 'damaged', keptAs: keepAside(file, now) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { status: 'damaged', keptAs: keepAside(file, now) };
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { status: 'read', value: parsed.data } : { status: 'damaged', keptAs: keepAside(file, now) };
}
