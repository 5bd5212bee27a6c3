import { readFileSync } from 'node:fs';
import { writeFileAtomically } from './atomic-file.ts';

/** The parsed JSON in `file`, or undefined when it is missing or unreadable: never a reason to stop. */
export function readJsonFile(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Writes atomically, readable by the person only. */
export function writeJsonFile(file: string, value: unknown): void {
  writeFileAtomically(file, JSON.stringify(value, null, 2), 0o600);
}
