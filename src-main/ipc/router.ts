import { fail, isChannelName, type ChannelName, type ParsedRequestOf, type Result, type ValueOf } from '../../src-preload/contract.ts';
import { requestSchemaOf } from '../../src-preload/request-schemas.ts';
import { failWith } from '../api/public-error.ts';
import { errorName, type Logger } from '../logging/logger.ts';
import { validationError } from './validation-error.ts';

export type Handlers = {
  [C in ChannelName]: (request: ParsedRequestOf<C>) => Promise<Result<ValueOf<C>>>;
};

/** The one entry point for every bridge call, whatever the transport. */
export interface IpcRouter {
  dispatch(channel: unknown, request: unknown): Promise<Result<unknown>>;
}

/**
 * Validates each request against the contract before a handler sees it, and turns anything a
 * handler throws into an `internal` error, so no exception (or its stack) crosses the boundary.
 */
export function createRouter(handlers: Handlers, log: Logger): IpcRouter {
  return {
    async dispatch(channel, request) {
      if (!isChannelName(channel)) {
        log.warn('Rejected a call to an unknown channel');
        return failWith('validation');
      }
      const parsed = requestSchemaOf(channel).safeParse(request);
      if (!parsed.success) {
        log.warn('Rejected a malformed request', { channel });
        return fail(validationError(parsed.error));
      }
      const handler = handlers[channel] as (request: unknown) => Promise<Result<unknown>>;
      try {
        return await handler(parsed.data);
      } catch (error) {
        log.error('A handler failed', { channel, error: errorName(error) });
        return failWith('internal');
      }
    },
  };
}
