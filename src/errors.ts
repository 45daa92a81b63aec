/**
 * Tandem's error catalogue. Every failure a client can cause is a `TandemError` with a stable
 * `code` and an HTTP `status`; the HTTP layer maps it to `{ error: { code, message, details } }`
 * in one place (src/http/error-handler.ts) and the CLI prints it and exits non-zero.
 */

/** One problem with one field: `path` names it the way a client wrote it (`items.3.confidence`). */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

export const ERROR_CODES = {
  VALIDATION_FAILED: 400,
  INVALID_JSON: 400,
  INVALID_CURSOR: 400,
  INVALID_FILE: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  ANNOTATOR_PAUSED: 403,
  PROJECT_NOT_FOUND: 404,
  USER_NOT_FOUND: 404,
  TASK_NOT_FOUND: 404,
  QUEUE_EMPTY: 404,
  WEBHOOK_NOT_FOUND: 404,
  CHANNEL_NOT_FOUND: 404,
  TOKEN_NOT_FOUND: 404,
  ITEM_NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  TEMPLATE_NOT_FOUND: 404,
  REPORT_NOT_FOUND: 404,
  JOB_NOT_FOUND: 404,
  SNAPSHOT_NOT_FOUND: 404,
  JUDGE_NOT_FOUND: 404,
  JUDGE_RUN_NOT_FOUND: 404,
  GOLDEN_SET_NOT_FOUND: 404,
  EVAL_RUN_NOT_FOUND: 404,
  MODEL_BACKEND_NOT_FOUND: 404,
  PROJECT_ARCHIVED: 409,
  PROJECT_NOT_ARCHIVED: 409,
  REPORT_RESOLVED: 409,
  SELECTION_CHANGED: 409,
  ITEM_NOT_ELIGIBLE: 409,
  JOB_NOT_FAILED: 409,
  PROJECT_SLUG_TAKEN: 409,
  USERNAME_TAKEN: 409,
  JUDGE_NAME_TAKEN: 409,
  SAMPLING_POLICY_CHANGED: 409,
  EVAL_RUN_INCOMPLETE: 409,
  LEASE_LIMIT: 409,
  LEASE_LOST: 409,
  ALREADY_ANSWERED: 409,
  ITEM_NOT_AWAITING_DECISION: 409,
  ITEM_DECIDED: 409,
  BREAK_REQUIRED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  SCHEMA_MISMATCH: 422,
  FORMAT_NOT_APPLICABLE: 422,
  LABEL_STUDIO_CONFIG_INVALID: 422,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class TandemError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: readonly FieldIssue[];

  constructor(code: ErrorCode, message: string, details: readonly FieldIssue[] = []) {
    super(message);
    this.name = 'TandemError';
    this.code = code;
    this.status = ERROR_CODES[code];
    this.details = details;
  }
}

/** Bad input that names its fields. */
export class ValidationError extends TandemError {
  constructor(details: readonly FieldIssue[], message = describeIssues(details)) {
    super('VALIDATION_FAILED', message, details);
    this.name = 'ValidationError';
  }
}

export class NotFoundError extends TandemError {
  constructor(
    code:
      | 'PROJECT_NOT_FOUND'
      | 'ITEM_NOT_FOUND'
      | 'USER_NOT_FOUND'
      | 'TASK_NOT_FOUND'
      | 'WEBHOOK_NOT_FOUND'
      | 'CHANNEL_NOT_FOUND'
      | 'TOKEN_NOT_FOUND'
      | 'JOB_NOT_FOUND'
      | 'JUDGE_NOT_FOUND'
      | 'JUDGE_RUN_NOT_FOUND'
      | 'MODEL_BACKEND_NOT_FOUND',
    message: string,
  ) {
    super(code, message);
    this.name = 'NotFoundError';
  }
}

/** Joins a path the way users read it: `items.3.prediction.verdict`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

export function describeIssues(details: readonly FieldIssue[]): string {
  const first = details[0];
  if (!first) return 'Invalid input';
  const more = details.length > 1 ? ` (and ${details.length - 1} more)` : '';
  return `${first.path ? `${first.path}: ` : ''}${first.message}${more}`;
}
