import createFetchClient, { type Client, type Middleware } from 'openapi-fetch';
import { errorFromResponse, TandemNetworkError } from './errors.js';
import type { paths } from './generated/openapi.js';

export interface TandemClientOptions {
  /** Server root, e.g. `http://localhost:4000`; empty (the default) means the page's own origin. */
  readonly baseUrl?: string;
  /** An API token, sent as `Authorization: Bearer …`. Browsers signed in by cookie leave it out. */
  readonly token?: string;
  /** Headers sent with every request (the web app's CSRF header, say). */
  readonly headers?: Readonly<Record<string, string>>;
  /** `same-origin` for a browser session cookie. */
  readonly credentials?: RequestCredentials;
  /**
   * How many times an idempotent call (GET, HEAD, PUT, DELETE, OPTIONS) is tried again after a
   * network failure or a 429/502/503/504 answer; 2 by default. POSTs are never repeated here.
   */
  readonly retries?: number;
  /** First pause between tries in ms (doubles each time; `Retry-After` wins when longer). 250 by default. */
  readonly retryDelayMs?: number;
  /** The message of the `NETWORK` error; by default it names the server and the cause. */
  readonly networkErrorMessage?: (cause: unknown) => string;
  readonly fetch?: typeof globalThis.fetch;
}

/** Options of one low-level call. */
export interface RequestOptions {
  /** JSON-encoded unless a Blob, a string with a `content-type` header, or a stream. */
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
  /** Lets a request outlive the page (releasing a task on unload). */
  readonly keepalive?: boolean;
}

type TypedClient = Pick<Client<paths>, 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'use'>;

/**
 * The Tandem API client. `GET`/`POST`/`PUT`/`PATCH`/`DELETE` are typed from the server's OpenAPI
 * document (paths, parameters, bodies, answers) and throw `TandemApiError` on any non-2xx answer,
 * so `data` is the success body. `fetch` is the untyped escape hatch (file uploads, streamed
 * exports).
 */
export interface TandemClient extends TypedClient {
  readonly baseUrl: string;
  /** Sends one request; resolves with the Response when 2xx, else throws TandemApiError. */
  fetch(method: string, path: string, options?: RequestOptions): Promise<Response>;
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
const RETRY_STATUSES = new Set([429, 502, 503, 504]);

/**
 * @example
 * const tandem = createTandemClient({ baseUrl: 'http://localhost:4000', token: process.env.TANDEM_TOKEN });
 * const { data } = await tandem.GET('/api/projects/{project}', { params: { path: { project: 'spam-triage' } } });
 * console.log(data?.name);
 */
export function createTandemClient(options: TandemClientOptions = {}): TandemClient {
  const baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
  const baseFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const retries = Math.max(0, options.retries ?? 2);
  const firstDelay = options.retryDelayMs ?? 250;
  const networkMessage =
    options.networkErrorMessage ??
    ((cause: unknown) =>
      `Cannot reach Tandem at ${baseUrl || 'this origin'} (${(cause as { cause?: Error }).cause?.message ?? (cause as Error).message})`);
  const commonHeaders: Record<string, string> = {
    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    ...(options.headers ?? {}),
  };

  /** One attempt, or several for idempotent methods; network failures become TandemNetworkError. */
  const send = async (request: Request): Promise<Response> => {
    const attempts = IDEMPOTENT.has(request.method) ? retries + 1 : 1;
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await baseFetch(attempt < attempts ? request.clone() : request);
      } catch (error) {
        if (request.signal.aborted) throw error;
        if (attempt >= attempts) throw new TandemNetworkError(networkMessage(error), error);
        await pause(firstDelay * 2 ** (attempt - 1), request.signal);
        continue;
      }
      if (attempt >= attempts || !RETRY_STATUSES.has(response.status)) return response;
      const retryAfter = Number(response.headers.get('retry-after'));
      await response.body?.cancel();
      await pause(Math.max(firstDelay * 2 ** (attempt - 1), Number.isFinite(retryAfter) ? retryAfter * 1_000 : 0));
    }
  };

  const typed = createFetchClient<paths>({
    baseUrl,
    fetch: send,
    headers: commonHeaders,
    ...(options.credentials ? { credentials: options.credentials } : {}),
  });
  const throwOnError: Middleware = {
    async onResponse({ response }) {
      if (!response.ok) throw await errorFromResponse(response);
      return undefined;
    },
  };
  typed.use(throwOnError);

  const rawFetch: TandemClient['fetch'] = async (method, path, request = {}) => {
    const { body } = request;
    const raw =
      body === undefined ||
      body instanceof Blob ||
      body instanceof ReadableStream ||
      (typeof body === 'object' && body !== null && typeof (body as { pipe?: unknown }).pipe === 'function') ||
      (typeof body === 'string' && request.headers?.['content-type'] !== undefined);
    const init: RequestInit & { duplex?: 'half' } = {
      method,
      headers: {
        ...commonHeaders,
        ...(body !== undefined && !raw ? { 'content-type': 'application/json' } : {}),
        ...(request.headers ?? {}),
      },
      body: body === undefined ? undefined : raw ? (body as BodyInit) : JSON.stringify(body),
      ...(options.credentials ? { credentials: options.credentials } : {}),
      ...(request.signal ? { signal: request.signal } : {}),
      ...(request.keepalive ? { keepalive: true } : {}),
      // Node's fetch needs this to send a stream as the body (a file import).
      ...(body !== undefined && raw && !(body instanceof Blob) && typeof body !== 'string' ? { duplex: 'half' } : {}),
    };
    const response = await send(new Request(absolute(baseUrl, path), init));
    if (!response.ok) throw await errorFromResponse(response);
    return response;
  };

  return {
    baseUrl,
    GET: typed.GET,
    POST: typed.POST,
    PUT: typed.PUT,
    PATCH: typed.PATCH,
    DELETE: typed.DELETE,
    use: typed.use,
    fetch: rawFetch,
  };
}

/** A relative base ('' in a browser) resolves against the page's location. */
function absolute(baseUrl: string, path: string): string {
  const url = `${baseUrl}${path}`;
  if (/^https?:/i.test(url)) return url;
  const origin = (globalThis as { location?: { href: string } }).location?.href;
  return origin ? new URL(url, origin).toString() : url;
}

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
