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

const TOKEN_KEY = 'tandem.token';

export function getToken(): string | null {
  return localStorage.getItem(TOKEN_KEY);
}

export function setToken(token: string | null): void {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
}

export async function api<T>(method: string, path: string, body?: unknown, init: RequestInit = {}): Promise<T> {
  const token = getToken();
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
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
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const json = text ? safeJson(text) : undefined;
  if (!response.ok) {
    const error = (json as { error?: { code: string; message: string; details?: FieldIssue[] } } | undefined)?.error;
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
