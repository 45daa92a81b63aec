/**
 * The web app's only door to the server: the HTTP API. Every failure becomes an ApiError that
 * carries the server's stable code and field details, so screens can show them next to fields.
 */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: readonly FieldIssue[];
  constructor(status: number, code: string, message: string, details: readonly FieldIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
  /** The message for one field path (exact, or the first nested under it). */
  fieldMessage(path: string): string | undefined {
    return this.details.find((d) => d.path === path || d.path.startsWith(`${path}.`))?.message;
  }
}

/**
 * The web app signs in to an httpOnly session cookie (POST /api/session): no script can read
 * it, and nothing secret is kept in localStorage. Every request carries this header, which the
 * server requires for changes made under a cookie (a page on another site cannot add it).
 */
export const CSRF_HEADERS = { 'x-tandem-csrf': '1' } as const;

let onUnauthenticated: ((reason: string | undefined) => void) | undefined;

/**
 * Called once by the app: what to do on any 401. `reason` is the server's message when a
 * session or token was refused (ended, revoked, user deactivated); undefined when none was sent.
 */
export function whenUnauthenticated(handler: (reason: string | undefined) => void): void {
  onUnauthenticated = handler;
}

/** Counts sign-ins, so that a 401 to a request sent before the latest one is not taken as a sign-out. */
let signInEpoch = 0;

export async function api<T>(method: string, path: string, body?: unknown, init: RequestInit = {}): Promise<T> {
  const epoch = signInEpoch;
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      method,
      credentials: 'same-origin',
      headers: {
        ...CSRF_HEADERS,
        ...(body !== undefined && !(body instanceof Blob) ? { 'content-type': 'application/json' } : {}),
        ...(init.headers ?? {}),
      },
      body: body === undefined ? undefined : body instanceof Blob ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(
      0,
      'NETWORK',
      'Cannot reach the Tandem server. Check your connection; your work on this page is kept.',
    );
  }
  if (response.ok && path === '/api/session' && method === 'POST') signInEpoch += 1;
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const json = text ? safeJson(text) : undefined;
  if (!response.ok) {
    const error = (json as { error?: { code: string; message: string; details?: FieldIssue[] } } | undefined)?.error;
    // Signing in answers 401 for a wrong token: that is the form's business, not a lost session.
    if (response.status === 401 && path !== '/api/session' && epoch === signInEpoch) {
      const neverSignedIn = error?.details?.[0]?.message === 'missing';
      onUnauthenticated?.(neverSignedIn ? undefined : (error?.message ?? 'Please sign in again.'));
    }
    throw new ApiError(
      response.status,
      error?.code ?? `HTTP_${response.status}`,
      error?.message ?? text,
      error?.details ?? [],
    );
  }
  return json as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
