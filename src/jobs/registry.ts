import type { Executor } from '../db/executor.js';
import type { Storage } from '../db/storage.js';

/**
 * Payload type per job type. Each feature that defines a job kind adds its entry by declaration
 * merging, so `enqueueJob` and `defineJob` check the payload at compile time:
 *
 * @example
 * declare module '../jobs/registry.js' {
 *   interface JobPayloads { 'consensus.refit': { projectId: number; question: string } }
 * }
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in each feature
export interface JobPayloads {}

/**
 * What the server hands every job besides storage (e.g. the decision notifier). Features add
 * members by declaration merging; the runner's caller supplies them.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in each feature
export interface JobServices {}

export type JobType = keyof JobPayloads & string;

export interface JobContext<P> {
  readonly storage: Storage;
  readonly services: JobServices;
  readonly payload: P;
  readonly job: {
    readonly id: number;
    readonly type: string;
    readonly key: string | null;
    readonly projectId: number | null;
    /** 1 on the first attempt. */
    readonly attempt: number;
    readonly maxAttempts: number;
  };
  /** Aborted when the job's timeout passes or the runner stops without waiting. */
  readonly signal: AbortSignal;
  /**
   * Marks the job done inside the caller's transaction, so the job's own writes and its completion
   * commit together (exactly once). Returns false when this worker no longer holds the job (its
   * lease lapsed and another worker took it): throw then, to roll the transaction back.
   */
  completeIn(trx: Executor): Promise<boolean>;
}

export interface JobDefinition<T extends JobType = JobType> {
  readonly type: T;
  readonly run: (ctx: JobContext<JobPayloads[T]>) => Promise<void>;
  /** Attempts before the job is marked failed (default 5). */
  readonly maxAttempts?: number;
  /** Delay before attempt n+1 after n failures (default: 1 s doubling, at most 10 min). */
  readonly backoff?: (failures: number) => number;
  /** The run is aborted and counted as a failure after this long (default 5 min). */
  readonly timeoutMs?: number;
  /**
   * Recurring: one run of this type is always scheduled, `everyMs` after the previous one ends
   * (payload `{}`); the runner schedules the first on start.
   */
  readonly everyMs?: number;
}

/** A failure that should not be retried: the job goes straight to `failed`. */
export class PermanentJobError extends Error {
  override readonly name = 'PermanentJobError';
}

/**
 * A failure that names when to try again (a 429's Retry-After, a rate limiter's next slot) instead
 * of the kind's backoff. With `countsAsAttempt: false` the attempt is given back: waiting for a
 * slot is not a failure and must not use up the job's attempts.
 */
export class RetryJobLater extends Error {
  override readonly name = 'RetryJobLater';
  constructor(
    message: string,
    readonly retryAt: number,
    readonly countsAsAttempt = true,
  ) {
    super(message);
  }
}

/** Doubling backoff from `baseMs`, capped at `maxMs`. */
export function exponentialBackoff(baseMs = 1_000, maxMs = 600_000): (failures: number) => number {
  return (failures) => Math.min(baseMs * 2 ** Math.max(0, failures - 1), maxMs);
}

export interface ResolvedJobDefinition {
  readonly type: string;
  readonly run: (ctx: JobContext<unknown>) => Promise<void>;
  readonly maxAttempts: number;
  readonly backoff: (failures: number) => number;
  readonly timeoutMs: number;
  readonly everyMs: number | undefined;
}

/** A set of job kinds: the runner claims only types its registry holds. */
export class JobRegistry {
  readonly #kinds = new Map<string, ResolvedJobDefinition>();

  /** Adds a kind; a second definition of the same type is a programming error. */
  add<T extends JobType>(definition: JobDefinition<T>): this {
    if (this.#kinds.has(definition.type)) throw new Error(`job type ${definition.type} is defined twice`);
    this.#kinds.set(definition.type, {
      type: definition.type,
      run: definition.run as (ctx: JobContext<unknown>) => Promise<void>,
      maxAttempts: definition.maxAttempts ?? 5,
      backoff: definition.backoff ?? exponentialBackoff(),
      timeoutMs: definition.timeoutMs ?? 300_000,
      everyMs: definition.everyMs,
    });
    return this;
  }

  get(type: string): ResolvedJobDefinition | undefined {
    return this.#kinds.get(type);
  }

  get types(): string[] {
    return [...this.#kinds.keys()];
  }

  get recurring(): ResolvedJobDefinition[] {
    return [...this.#kinds.values()].filter((kind) => kind.everyMs !== undefined);
  }
}

/** Declares a job kind; add it to the server's registry in src/jobs/kinds.ts. */
export function defineJob<T extends JobType>(definition: JobDefinition<T>): JobDefinition<T> {
  return definition;
}
