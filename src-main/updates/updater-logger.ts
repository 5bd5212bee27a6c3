import type { Logger } from '../logging/logger.ts';

/** The logger electron-updater writes to; without `debug`, its debug lines are dropped. */
export interface UpdaterLogger {
  info(message?: unknown): void;
  warn(message?: unknown): void;
  error(message?: unknown): void;
}

const MAX_LENGTH = 300;
/** A query string (`?a=b…`), whether its URL is absolute or a bare file name as feeds list them. */
const QUERY = /\?[^\s"'()]*=[^\s"'()]*/g;

/**
 * Keeps the first line of an updater message, without queries. electron-updater puts the feed's
 * response body and headers on the lines after the first (HTTP errors, a feed that does not parse),
 * and a download URL's query may hold a signature.
 */
export function tidyUpdaterMessage(message: unknown): string {
  const firstLine = String(message).split('\n', 1)[0] ?? '';
  return firstLine.replace(QUERY, '').slice(0, MAX_LENGTH);
}

/** electron-updater's messages into our (redacting) log, tidied. */
export function createUpdaterLogger(log: Logger): UpdaterLogger {
  return {
    info: (message) => log.info(`Updater: ${tidyUpdaterMessage(message)}`),
    warn: (message) => log.warn(`Updater: ${tidyUpdaterMessage(message)}`),
    error: (message) => log.error(`Updater: ${tidyUpdaterMessage(message)}`),
  };
}
