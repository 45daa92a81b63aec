/** One field the server refused, as `{ error: { details: [{ path, message }] } }` names it. */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * Any refused or failed call. `code` is the server's stable error code (`ITEM_NOT_FOUND`,
 * `QUEUE_EMPTY`, …), `HTTP_<status>` when the answer was not in Tandem's error shape, or
 * `NETWORK` when the server could not be reached (status 0).
 *
 * @example
 * try { await tandem.GET('/api/projects/{project}', { params: { path: { project: 'nope' } } }); }
 * catch (error) { if (error instanceof TandemApiError && error.code === 'PROJECT_NOT_FOUND') … }
 */
export class TandemApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: readonly FieldIssue[];
  /** False when the body was not `{ error: {...} }` (a proxy's page, say): `message` is then the raw text. */
  readonly structured: boolean;
  constructor(
    status: number,
    code: string,
    message: string,
    details: readonly FieldIssue[] = [],
    options: { structured?: boolean; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'TandemApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.structured = options.structured ?? true;
  }
  /** The message for one field path (exact, or the first nested under it). */
  fieldMessage(path: string): string | undefined {
    return this.details.find((d) => d.path === path || d.path.startsWith(`${path}.`))?.message;
  }
}

/** The server could not be reached at all; `cause` is the fetch failure. */
export class TandemNetworkError extends TandemApiError {
  constructor(message: string, cause: unknown) {
    super(0, 'NETWORK', message, [], { cause });
    this.name = 'TandemNetworkError';
  }
}

/** Thrown by `requireApproval` wrappers when a person rejected the call (or it timed out to reject). */
export class ApprovalRejectedError extends Error {
  readonly reason: string | undefined;
  readonly itemId: number;
  constructor(tool: string, reason: string | undefined, itemId: number) {
    super(`A person rejected ${tool}${reason ? `: ${reason}` : ''}`);
    this.name = 'ApprovalRejectedError';
    this.reason = reason;
    this.itemId = itemId;
  }
}

/** Reads a non-2xx answer into a TandemApiError (the body is consumed). */
export async function errorFromResponse(response: Response): Promise<TandemApiError> {
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    const details = Array.isArray(error.details) ? (error.details as FieldIssue[]) : [];
    return new TandemApiError(response.status, error.code, error.message, details);
  }
  return new TandemApiError(response.status, `HTTP_${response.status}`, text, [], { structured: false });
}
