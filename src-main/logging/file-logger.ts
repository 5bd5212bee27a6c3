import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { openCappedLogFile } from './capped-log-file.ts';
import type { Logger } from './logger.ts';
import { redactText, redactValue } from './redaction.ts';

export const LOG_FILE_NAME = 'main.log';

export interface FileLoggerOptions {
  /** The app's log folder ("Help → Show logs" opens it). */
  dir: string;
  /** Also copy warnings and errors to stderr, for people running from a terminal. */
  echoWarnings?: boolean;
  /** Where main.log starts afresh (main.1.log keeps the previous one); MAX_LOG_FILE_BYTES unless a test says. */
  maxFileBytes?: number;
}

/**
 * Structured JSON lines (pino) in `<dir>/main.log`, capped in size (see openCappedLogFile); every line
 * passes through redaction first.
 */
export function createFileLogger(options: FileLoggerOptions): Logger & { flush(): void } {
  mkdirSync(options.dir, { recursive: true });
  const destination = openCappedLogFile({ file: join(options.dir, LOG_FILE_NAME), maxBytes: options.maxFileBytes, mode: 0o600 });
  const logger = pino({ base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
  const write = (level: 'info' | 'warn' | 'error', message: string, details?: Record<string, unknown>) => {
    const safeMessage = redactText(message);
    const safeDetails = details ? (redactValue(details) as Record<string, unknown>) : {};
    logger[level](safeDetails, safeMessage);
    if (options.echoWarnings && level !== 'info') console.error(`[${level}] ${safeMessage}`, details ? safeDetails : '');
  };
  return {
    info: (message, details) => write('info', message, details),
    warn: (message, details) => write('warn', message, details),
    error: (message, details) => write('error', message, details),
    flush: () => logger.flush(),
  };
}
