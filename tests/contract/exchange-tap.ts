/**
 * Records every HTTP response the app's client receives, as msw sees it: `response:mocked` for
 * answers msw's handlers gave in-process, `response:bypass` for requests it let through to a real
 * server. The client itself stays untouched, so what is recorded is what the app got.
 */
import type { SetupServer } from 'msw/node';
import type { RecordedExchange } from './response-validator.ts';

/** How long `take()` waits for the answer to a request msw has seen start. */
const ANSWER_WAIT_MS = 2000;

export interface ExchangeTapOptions {
  /** Requests the transport itself makes on the client's behalf: only the client's own are recorded. */
  ignore?: (request: Request) => boolean;
}

export class ExchangeTap {
  readonly #base: URL;
  #pending: Array<Promise<RecordedExchange>> = [];
  /** Requests seen to start whose response has not been recorded yet. */
  readonly #unanswered = new Set<string>();

  /** `baseUrl`: the API root the client is pointed at; recorded paths are relative to it. */
  constructor(events: SetupServer['events'], baseUrl: string, options: ExchangeTapOptions = {}) {
    this.#base = new URL(baseUrl);
    const ignore = options.ignore ?? (() => false);
    const record = ({ requestId, request, response }: { requestId: string; request: Request; response: Response }) => {
      this.#unanswered.delete(requestId);
      if (ignore(request)) return;
      // Cloned at once: the client reads the original.
      this.#pending.push(this.#read(request, response.clone()));
    };
    events.on('request:start', ({ requestId, request }) => {
      if (!ignore(request)) this.#unanswered.add(requestId);
    });
    events.on('response:mocked', record);
    events.on('response:bypass', record);
  }

  /** Everything recorded since the last call, once each body has been read. */
  async take(): Promise<RecordedExchange[]> {
    // The response events may fire a few turns after the client already has its answer. A request
    // that never got one (a network error) is given up on after a while, not waited for forever.
    const deadline = Date.now() + ANSWER_WAIT_MS;
    do await new Promise((resolve) => setImmediate(resolve));
    while (this.#unanswered.size > 0 && Date.now() < deadline);
    this.#unanswered.clear();
    const pending = this.#pending;
    this.#pending = [];
    return Promise.all(pending);
  }

  async #read(request: Request, response: Response): Promise<RecordedExchange> {
    return {
      method: request.method,
      path: this.#relativePath(new URL(request.url)),
      status: response.status,
      headers: response.headers,
      body: await response.text(),
    };
  }

  /**
   * A request outside the base URL keeps its full URL (without the query): the validator matches it
   * against the operations served elsewhere (a portal's page), and reports anything else.
   */
  #relativePath(url: URL): string {
    const root = this.#base.pathname.replace(/\/+$/, '');
    if (url.origin !== this.#base.origin || !(url.pathname === root || url.pathname.startsWith(`${root}/`))) {
      return `${url.origin}${url.pathname}`;
    }
    return url.pathname.slice(root.length) || '/';
  }
}
