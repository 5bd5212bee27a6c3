import axios, { isAxiosError, type AxiosInstance, type Method } from 'axios';
import type { z } from 'zod';
import type { Result } from '../../src-preload/contract.ts';
import { failure, isUnreachable, mapAxiosError, type ApiFailure } from './api-errors.ts';
import { silentLogger, type Logger } from '../logging/logger.ts';
import { directTransport, type ApiTransport } from './api-transport.ts';
import { defaultRetryPolicy, retryDelayMs, type RetryPolicy } from './retry-policy.ts';

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiFailure };

/** What the client needs from whoever owns the session's tokens. */
export interface AccessTokens {
  /** The access token in memory, or null when signed out. */
  current(): string | null;
  /** Gets a fresh access token with the refresh token; fails when the session cannot continue. */
  refresh(): Promise<Result<string>>;
}

export interface ApiRequest<T> {
  method: Method;
  path: string;
  body?: unknown;
  /**
   * Sent `application/x-www-form-urlencoded` instead of `body`, as RFC 6749 has a client call the
   * OAuth endpoints. Like `body`, never logged.
   */
  form?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
  /** Whether the call carries the session's bearer token (and may refresh it once on 401). */
  authenticated: boolean;
  response: z.ZodType<T>;
}

export interface ApiClientOptions {
  baseUrl: string;
  timeoutMs?: number;
  tokens?: AccessTokens;
  retry?: Partial<RetryPolicy>;
  log?: Logger;
  /** Told after every exchange whether the server answered at all (the offline banner follows it). */
  onReachability?: (reachable: boolean) => void;
  /** How requests leave: Electron's network stack, Node's agents with the proxy, or straight (the embedded mock, the default). */
  transport?: ApiTransport;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * The only way main talks to the backend. Every call resolves to a result; a 401 on an
 * authenticated call triggers exactly one refresh shared by all concurrent callers, then one retry;
 * reads that fail in passing are retried with backoff.
 */
export class ApiClient {
  readonly baseUrl: string;
  private readonly http: AxiosInstance;
  private tokens: AccessTokens | undefined;
  private refreshing: Promise<Result<string>> | undefined;
  private readonly retry: RetryPolicy;
  private readonly log: Logger;
  private readonly onReachability: ((reachable: boolean) => void) | undefined;
  private readonly transport: ApiTransport;

  constructor(options: ApiClientOptions) {
    this.baseUrl = options.baseUrl;
    this.transport = options.transport ?? directTransport;
    this.tokens = options.tokens;
    this.retry = { ...defaultRetryPolicy, ...options.retry };
    this.log = options.log ?? silentLogger;
    this.onReachability = options.onReachability;
    this.http = axios.create({
      baseURL: `${options.baseUrl}/`,
      timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      headers: { Accept: 'application/json' },
      // No redirect is followed (the fetch adapter turns this into `redirect: 'manual'`).
      maxRedirects: 0,
      // Responses are parsed and checked here, so a non-JSON body becomes a `server` error.
      responseType: 'text',
      transitional: { clarifyTimeoutError: true },
    });
  }

  useTokens(tokens: AccessTokens): void {
    this.tokens = tokens;
  }

  async call<T>(request: ApiRequest<T>): Promise<ApiResult<T>> {
    if (!request.authenticated) return this.sendWithRetries(request, null);
    const token = this.tokens?.current();
    if (!token) return { ok: false, error: failure('unauthorized') };
    const first = await this.sendWithRetries(request, token);
    if (first.ok || first.error.status !== 401) return first;
    const fresh = await this.freshToken(token);
    if (!fresh.ok) return fresh;
    return this.sendWithRetries(request, fresh.value);
  }

  /** Reads are retried on network failures and 429/502/503/504 (retry-policy.ts); writes never. */
  private async sendWithRetries<T>(request: ApiRequest<T>, token: string | null): Promise<ApiResult<T>> {
    let result = await this.send(request, token);
    if (request.method.toUpperCase() !== 'GET') return result;
    for (let retry = 0; !result.ok; retry++) {
      const delay = retryDelayMs(retry, result.error, this.retry);
      if (delay === null) break;
      await this.retry.sleep(delay);
      result = await this.send(request, token);
    }
    return result;
  }

  /** Single-flight: whoever sees a 401 first refreshes; the rest wait for that same refresh. */
  private freshToken(staleToken: string): Promise<ApiResult<string>> {
    const current = this.tokens?.current();
    if (current && current !== staleToken) return Promise.resolve({ ok: true, value: current });
    if (!this.tokens) return Promise.resolve({ ok: false, error: failure('unauthorized') });
    this.refreshing ??= this.tokens.refresh().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async send<T>(request: ApiRequest<T>, token: string | null): Promise<ApiResult<T>> {
    const started = Date.now();
    const result = await this.exchange(request, token);
    // Method, path and outcome only: never a body, a query or a header.
    this.log.info('api call', {
      method: request.method,
      path: request.path,
      ...(result.ok ? { status: 'ok' } : { errorCode: result.error.code, status: result.error.status ?? 'none' }),
      durationMs: Date.now() - started,
    });
    this.onReachability?.(result.ok || !isUnreachable(result.error));
    return result;
  }

  private async exchange<T>(request: ApiRequest<T>, token: string | null): Promise<ApiResult<T>> {
    const route = this.transport.route(new URL(this.baseUrl));
    try {
      const response = await this.http.request<string>({
        ...route.config,
        method: request.method,
        url: request.path.replace(/^\//, ''),
        params: request.query,
        // axios sends URLSearchParams with the form content type.
        data: request.form ? new URLSearchParams(request.form) : request.body,
        headers: token ? { Authorization: `Bearer ${token}` } : {},
      });
      return parseBody(response.status, response.data, request.response);
    } catch (error) {
      if (isAxiosError(error)) {
        if (error.response && typeof error.response.data === 'string') {
          error.response.data = safeJson(error.response.data);
        }
        return { ok: false, error: mapAxiosError(error, route.proxied) };
      }
      return { ok: false, error: failure('internal') };
    }
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function parseBody<T>(status: number, text: string, schema: z.ZodType<T>): ApiResult<T> {
  const json = text === '' ? {} : safeJson(text);
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  // An answer the app does not understand is the server's failure, whatever its status.
  return { ok: false, error: failure('server', { status }) };
}
