import { postChecked, WebhookTargetRefused } from '../../events/webhook-target.js';

/** A failed call to an ML backend; `permanent`: retrying cannot help (4xx, refused target, bad answer shape). */
export class BackendCallError extends Error {
  override readonly name = 'BackendCallError';
  constructor(
    message: string,
    readonly options: { permanent?: boolean; retryAfterMs?: number } = {},
  ) {
    super(message);
  }
}

/** Where and how to call a backend: base URL, headers (with the Authorization value), timeout. */
export interface BackendEndpoint {
  readonly baseUrl: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
}

/** `base` + `/path`, whatever trailing slash the base has. */
export function endpointUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path}`;
}

/**
 * One JSON call to a backend through the webhook target rules (no private addresses unless
 * allowed, pinned addresses, no redirects). Returns the parsed JSON body of a 2xx answer; throws
 * BackendCallError otherwise (429 with Retry-After, 5xx/408 retryable; other statuses permanent).
 */
export async function callBackend(
  endpoint: BackendEndpoint,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<unknown> {
  const url = endpointUrl(endpoint.baseUrl, path);
  const text = body === undefined ? '' : JSON.stringify(body);
  const headers: Record<string, string> = { accept: 'application/json', ...endpoint.headers };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let reply: Awaited<ReturnType<typeof postChecked>>;
  try {
    reply = await postChecked(url, headers, text, {
      method,
      timeoutMs: endpoint.timeoutMs,
      readBody: true,
      maxBytes: 50_000_000,
      ...(endpoint.signal ? { signal: endpoint.signal } : {}),
    });
  } catch (error) {
    if (endpoint.signal?.aborted) throw endpoint.signal.reason;
    if (error instanceof WebhookTargetRefused) throw new BackendCallError(error.message, { permanent: true });
    const name = (error as Error).name;
    throw new BackendCallError(
      name === 'TimeoutError' || name === 'AbortError'
        ? `${method} /${path} timed out after ${endpoint.timeoutMs} ms`
        : `cannot reach the backend (${method} /${path}): ${(error as Error).message}`,
    );
  }
  const status = reply.status;
  if (status === 429) {
    const seconds = Number(reply.headers['retry-after']);
    throw new BackendCallError(`${method} /${path} answered 429`, {
      ...(Number.isFinite(seconds) && seconds >= 0 ? { retryAfterMs: Math.min(seconds, 3_600) * 1_000 } : {}),
    });
  }
  if (status < 200 || status > 299) {
    const retryable = status >= 500 || status === 408;
    throw new BackendCallError(`${method} /${path} answered ${status}: ${reply.body.slice(0, 200)}`, {
      permanent: !retryable,
    });
  }
  if (reply.body.trim() === '') return null;
  try {
    return JSON.parse(reply.body);
  } catch {
    throw new BackendCallError(`${method} /${path} did not answer JSON: ${reply.body.slice(0, 200)}`);
  }
}
