import { closeSync, fstatSync, openSync, renameSync, writeSync } from 'node:fs';

/** main.log is started afresh past this size; with the one previous file kept, the logs stay under ~10 MB. */
export const MAX_LOG_FILE_BYTES = 5 * 1024 * 1024;

/** Where the previous log goes when the current one is full: main.log → main.1.log (replacing the older one). */
export const previousLogFile = (file: string): string => file.replace(/(\.log)?$/, '.1$1');

/**
 * Whether a line of `nextBytes` must go to a fresh file: it would take a non-empty file past the cap.
 * A file past the cap from an earlier run is so rotated at its first new line; a single line longer than
 * the cap still goes into a file of its own rather than being dropped.
 */
export function needsRotation(currentBytes: number, nextBytes: number, maxBytes: number): boolean {
  return currentBytes > 0 && currentBytes + nextBytes > maxBytes;
}

export interface CappedLogFileOptions {
  file: string;
  maxBytes?: number;
  /** The mode a new file is created with (the log is the person's own: 0o600). */
  mode?: number;
}

/**
 * A pino destination that appends synchronously (the last lines before a crash are on disk) and keeps
 * `file` under `maxBytes` by moving it to `previousLogFile(file)` and starting anew when the next line
 * would not fit. Only the current and one previous file exist, so the logs never hold more than about
 * twice the cap however long the app runs or however much it logs.
 */
export function openCappedLogFile(options: CappedLogFileOptions): { write(line: string): void } {
  const maxBytes = options.maxBytes ?? MAX_LOG_FILE_BYTES;
  const open = () => openSync(options.file, 'a', options.mode ?? 0o600);
  let fd = open();
  let size = fstatSync(fd).size;
  return {
    write(line) {
      const bytes = Buffer.byteLength(line);
      if (needsRotation(size, bytes, maxBytes)) {
        closeSync(fd);
        renameSync(options.file, previousLogFile(options.file));
        fd = open();
        size = 0;
      }
      writeSync(fd, line);
      size += bytes;
    },
  };
}
