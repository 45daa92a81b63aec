import type { LabelSchema } from '../schemas/label-schema.js';

/** What a judge sees of an item. */
export interface JudgeItem {
  readonly id: number;
  readonly externalId: string | null;
  readonly data: Record<string, unknown>;
  readonly metadata: Record<string, unknown>;
  readonly prediction: Record<string, unknown> | null;
}

export interface JudgeVerdict {
  readonly pass: boolean;
  /** 0–1: share of checks passed (rule), of samples passing (llm), or as the webhook said. */
  readonly score: number;
  readonly confidence: number | null;
  readonly answers: Record<string, unknown> | null;
  readonly reason: string | null;
  readonly inputTokens: number | null;
  readonly outputTokens: number | null;
  readonly cost: number | null;
}

export interface JudgeCallContext {
  readonly judgeName: string;
  readonly labelSchema: LabelSchema;
  readonly signal: AbortSignal;
}

/**
 * A call that did not produce a verdict. `permanent`: trying again cannot help (a 401, a bad
 * model name); `retryAfterMs`: the endpoint said when to come back (429 Retry-After).
 */
export class JudgeCallError extends Error {
  override readonly name = 'JudgeCallError';
  constructor(
    message: string,
    readonly options: { readonly permanent?: boolean; readonly retryAfterMs?: number } = {},
  ) {
    super(message);
  }
}
