/** The minimal logging surface services depend on, so they never reach for console directly. */
export interface Logger {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

/** Writes to stderr; details are never request bodies, so no secret passes through here. */
export const consoleLogger: Logger = {
  info: (message, details) => console.warn(`[info] ${message}`, details ?? ''),
  warn: (message, details) => console.warn(`[warn] ${message}`, details ?? ''),
  error: (message, details) => console.error(`[error] ${message}`, details ?? ''),
};
