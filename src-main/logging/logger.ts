/** The minimal logging surface services depend on, so they never reach for console directly. */
export interface Logger {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

/** What of a caught error may be logged: its name, never its message (which may quote a secret or a path). */
export const errorName = (error: unknown): string => (error instanceof Error ? error.name : typeof error);

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
