import type { paths } from '@tandem/sdk';
import { createTandemClient, type FieldIssue, TandemApiError } from '@tandem/sdk';
import type { Project } from './types';

export type { FieldIssue };
/**
 * The web app's only door to the server is the SDK (`@tandem/sdk`, issue 15): every call is
 * `tandem.GET('/api/…', …)` typed from the server's OpenAPI document. Every failure is a
 * TandemApiError (here under its old name, ApiError) that carries the server's stable code and
 * field details, so screens can show them next to fields.
 */
export { TandemApiError as ApiError };

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

/**
 * Every request of the app goes through here (the SDK's fetch), so a lost session is noticed
 * whichever call meets it. Signing in answers 401 for a wrong token: that is the form's business.
 */
async function watchedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = new Request(input, init);
  const signingIn = new URL(request.url).pathname === '/api/session';
  const epoch = signInEpoch;
  const response = await fetch(request);
  if (signingIn && request.method === 'POST' && response.ok) signInEpoch += 1;
  if (response.status === 401 && !signingIn && epoch === signInEpoch) {
    const body = (await response
      .clone()
      .json()
      .catch(() => undefined)) as { error?: { message?: string; details?: FieldIssue[] } } | undefined;
    const neverSignedIn = body?.error?.details?.[0]?.message === 'missing';
    onUnauthenticated?.(neverSignedIn ? undefined : (body?.error?.message ?? 'Please sign in again.'));
  }
  return response;
}

/**
 * The typed client: `tandem.GET('/api/projects/{project}', …)` checks paths, parameters and
 * bodies against the server's OpenAPI document. No retries: a screen shows the failure at once
 * and keeps the person's work.
 */
export const tandem = createTandemClient({
  headers: CSRF_HEADERS,
  credentials: 'same-origin',
  retries: 0,
  fetch: watchedFetch,
  networkErrorMessage: () => 'Cannot reach the Tandem server. Check your connection; your work on this page is kept.',
});

/**
 * The success body of a typed call. The client throws ApiError on every non-2xx answer, so
 * when this resolves the body is there.
 *
 * @example
 * const project = await got(tandem.GET('/api/projects/{project}', { params: { path: { project: slug } } }));
 */
export async function got<R extends { data?: unknown }>(call: Promise<R>): Promise<NonNullable<R['data']>> {
  return (await call).data as NonNullable<R['data']>;
}

/** Path parameters as the typed client takes them (ids are strings in paths). */
export function inProject(project: string) {
  return { params: { path: { project } } } as const;
}

/** Path parameters of a task route. */
export function onTask(taskId: number) {
  return { params: { path: { taskId: String(taskId) } } } as const;
}

/**
 * A project as the named `Project` type. openapi-fetch widens tuples in answers to arrays (a
 * pairwise question's `fields: [a, b]` comes back typed `string[]`), so the screens that pass
 * a project's schema on take it from here.
 */
export async function getProject(project: string): Promise<Project> {
  return (await got(tandem.GET('/api/projects/{project}', inProject(project)))) as Project;
}

/**
 * The query parameters of `GET path`, for screens that build them from form state (filters):
 * the names and values are checked by the server, which answers 400 naming a bad one.
 */
export type QueryOf<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } }
  ? NonNullable<Q>
  : never;
