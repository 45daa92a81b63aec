import { createTandemClient, type FieldIssue, TandemApiError } from '@tandem/sdk';

export type { FieldIssue };
/**
 * The web app's only door to the server is the SDK (`@tandem/sdk`, issue 15). Every failure is
 * a TandemApiError (here under its old name, ApiError) that carries the server's stable code and
 * field details, so screens can show them next to fields.
 */
export { TandemApiError as ApiError };

/**
 * The web app signs in to an httpOnly session cookie (POST /api/session): no script can read
 * it, and nothing secret is kept in localStorage. Every request carries this header, which the
 * server requires for changes made under a cookie (a page on another site cannot add it).
 */
export const CSRF_HEADERS = { 'x-tandem-csrf': '1' } as const;

/**
 * The typed client: `tandem.GET('/api/projects/{project}', …)` checks paths, parameters and
 * bodies against the server's OpenAPI document. No retries: a screen shows the failure at once
 * and keeps the person's work.
 */
export const tandem = createTandemClient({
  headers: CSRF_HEADERS,
  credentials: 'same-origin',
  retries: 0,
  networkErrorMessage: () => 'Cannot reach the Tandem server. Check your connection; your work on this page is kept.',
});

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

/** One JSON call through the SDK, watching for a lost session. */
export async function api<T>(
  method: string,
  path: string,
  body?: unknown,
  init: { keepalive?: boolean } = {},
): Promise<T> {
  const epoch = signInEpoch;
  try {
    const result = await tandem.json<T>(method, path, body, init);
    if (path === '/api/session' && method === 'POST') signInEpoch += 1;
    return result;
  } catch (error) {
    // Signing in answers 401 for a wrong token: that is the form's business, not a lost session.
    if (error instanceof TandemApiError && error.status === 401 && path !== '/api/session' && epoch === signInEpoch) {
      const neverSignedIn = error.details[0]?.message === 'missing';
      onUnauthenticated?.(neverSignedIn ? undefined : error.structured ? error.message : 'Please sign in again.');
    }
    throw error;
  }
}
