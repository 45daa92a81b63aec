import { setTimeout as sleep } from 'node:timers/promises';
import { readJson } from '../db/dialect.js';
import type { Executor } from '../db/executor.js';
import { defineJob, exponentialBackoff, type JobContext, RetryJobLater } from '../jobs/registry.js';
import { judgeKind } from '../judges/kinds.js';
import { reserveCallSlot, selectJudgeVersion } from '../judges/store.js';
import { JudgeCallError, type JudgeItem } from '../judges/verdict.js';
import { findProject } from '../projects/store.js';
import type { GenerateConfig } from './contracts.js';
import { generateOutput } from './generate.js';
import { queueScores, withConcurrency } from './queue.js';
import type { StoredRun } from './results.js';

declare module '../jobs/registry.js' {
  interface JobPayloads {
    'eval.generate': { outputId: number };
    'eval.score': { scoreId: number };
  }
}

/**
 * The eval jobs (issue 13 point 4). Like `judge.run`: the result and the job's completion commit
 * in one transaction, failures are retried with backoff (429: after Retry-After) up to the
 * settings' `maxAttempts`, and the last failure is recorded with its reason, so no output or
 * score stays pending.
 */

const MAX_SLOT_WAIT_MS = 5_000;

async function entryOf(db: Executor, entryId: number) {
  return db
    .selectFrom('golden_entries')
    .select(['id', 'external_id', 'input', 'reference', 'rubric', 'metadata'])
    .where('id', '=', entryId)
    .executeTakeFirst();
}

/** What prompt templates see of an entry: its input fields, plus `reference`, `rubric` and (when judged) `output`. */
function entryItem(entry: NonNullable<Awaited<ReturnType<typeof entryOf>>>, output?: string): JudgeItem {
  const input = readJson<Record<string, unknown>>(entry.input) ?? {};
  return {
    id: Number(entry.id),
    externalId: entry.external_id,
    data: {
      ...input,
      reference: entry.reference,
      rubric: entry.rubric,
      ...(output === undefined ? {} : { output }),
    },
    metadata: readJson<Record<string, unknown>>(entry.metadata) ?? {},
    prediction: null,
  };
}

/** A failed call: the final failure is settled by `fail`; otherwise the error is noted and the job retried. */
async function onCallError(
  ctx: JobContext<unknown>,
  error: unknown,
  maxAttempts: number,
  note: (message: string) => Promise<void>,
  fail: (why: string) => Promise<void>,
): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  const permanent = error instanceof JudgeCallError && error.options.permanent === true;
  if (permanent || ctx.job.attempt >= maxAttempts) {
    await fail(permanent ? message : `${message} (after ${ctx.job.attempt} attempts)`);
    return;
  }
  await note(message);
  const retryAfter = error instanceof JudgeCallError ? error.options.retryAfterMs : undefined;
  if (retryAfter !== undefined) throw new RetryJobLater(message, Date.now() + retryAfter);
  throw error;
}

async function complete(ctx: JobContext<unknown>, write: (trx: Executor) => Promise<void>): Promise<void> {
  await ctx.storage.db.transaction().execute(async (trx: Executor) => {
    await write(trx);
    if (!(await ctx.completeIn(trx))) throw new Error('lost the job: another worker holds it now');
  });
}

export const evalGenerateJob = defineJob({
  type: 'eval.generate',
  // The run's own maxAttempts (≤ 20) decides; this is a backstop for runs the runner times out.
  maxAttempts: 21,
  backoff: exponentialBackoff(500, 60_000),
  timeoutMs: 10 * 60_000,
  run: async (ctx) => {
    const db = ctx.storage.db;
    const output = await db
      .selectFrom('eval_outputs')
      .innerJoin('eval_runs', 'eval_runs.id', 'eval_outputs.run_id')
      .select([
        'eval_outputs.id',
        'eval_outputs.state',
        'eval_outputs.job_id',
        'eval_outputs.entry_id',
        'eval_outputs.run_id',
        'eval_runs.project_id',
        'eval_runs.generate',
        'eval_runs.judges',
      ])
      .where('eval_outputs.id', '=', ctx.payload.outputId)
      .executeTakeFirst();
    if (!output || output.state === 'done' || output.state === 'failed' || Number(output.job_id) !== ctx.job.id) return;
    const outputId = Number(output.id);
    const config = readJson<GenerateConfig>(output.generate);
    const entry = await entryOf(db, Number(output.entry_id));
    const fail = (why: string) =>
      complete(ctx, async (trx) => {
        await trx
          .updateTable('eval_outputs')
          .set({ state: 'failed', error: why.slice(0, 2_000), attempts: ctx.job.attempt, finished_at: Date.now() })
          .where('id', '=', outputId)
          .where('state', 'in', ['queued', 'running'])
          .execute();
      });
    if (!entry || !config) return fail('the golden entry or the run no longer exists');
    await db
      .updateTable('eval_outputs')
      .set({ state: 'running', attempts: ctx.job.attempt })
      .where('id', '=', outputId)
      .where('state', 'in', ['queued', 'running'])
      .execute();
    const started = Date.now();
    let generated: Awaited<ReturnType<typeof generateOutput>>;
    try {
      generated = await generateOutput(config, entryItem(entry), ctx.signal);
    } catch (error) {
      const note = async (message: string) => {
        await db
          .updateTable('eval_outputs')
          .set({ error: message.slice(0, 2_000) })
          .where('id', '=', outputId)
          .execute();
      };
      return onCallError(ctx, error, config.maxAttempts, note, fail);
    }
    const latencyMs = Date.now() - started;
    const projectId = Number(output.project_id);
    const judges = await withConcurrency(db, projectId, readJson<StoredRun['judges']>(output.judges));
    await complete(ctx, async (trx) => {
      const now = Date.now();
      const updated = await trx
        .updateTable('eval_outputs')
        .set({
          state: 'done',
          output: generated.output,
          error: null,
          input_tokens: generated.inputTokens,
          output_tokens: generated.outputTokens,
          cost: generated.cost,
          latency_ms: latencyMs,
          finished_at: now,
        })
        .where('id', '=', outputId)
        .where('state', 'in', ['queued', 'running'])
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 1) {
        await queueScores(trx, { id: Number(output.run_id), projectId, judges }, [outputId], now);
      }
    });
  },
});

export const evalScoreJob = defineJob({
  type: 'eval.score',
  maxAttempts: 21,
  backoff: exponentialBackoff(500, 60_000),
  timeoutMs: 10 * 60_000,
  run: async (ctx) => {
    const db = ctx.storage.db;
    const score = await db
      .selectFrom('eval_scores')
      .innerJoin('eval_outputs', 'eval_outputs.id', 'eval_scores.output_id')
      .innerJoin('judges', 'judges.id', 'eval_scores.judge_id')
      .select([
        'eval_scores.id',
        'eval_scores.state',
        'eval_scores.job_id',
        'eval_scores.judge_id',
        'eval_scores.judge_version',
        'eval_scores.project_id',
        'eval_outputs.entry_id',
        'eval_outputs.output',
        'judges.name as judge_name',
      ])
      .where('eval_scores.id', '=', ctx.payload.scoreId)
      .executeTakeFirst();
    if (!score || score.state === 'done' || score.state === 'failed' || Number(score.job_id) !== ctx.job.id) return;
    const scoreId = Number(score.id);
    const fail = (why: string) =>
      complete(ctx, async (trx) => {
        await trx
          .updateTable('eval_scores')
          .set({ state: 'failed', error: why.slice(0, 2_000), attempts: ctx.job.attempt, finished_at: Date.now() })
          .where('id', '=', scoreId)
          .where('state', 'in', ['queued', 'running'])
          .execute();
      });
    const config = await selectJudgeVersion(db, Number(score.judge_id), Number(score.judge_version));
    const entry = await entryOf(db, Number(score.entry_id));
    const project = await findProject(ctx.storage, String(score.project_id));
    if (!config || !entry || !project) return fail('the judge, golden entry or project no longer exists');
    await db
      .updateTable('eval_scores')
      .set({ state: 'running', attempts: ctx.job.attempt })
      .where('id', '=', scoreId)
      .where('state', 'in', ['queued', 'running'])
      .execute();
    if (config.ratePerMinute) {
      const calls = config.kind === 'llm' ? config.samples : 1;
      const interval = Math.ceil((60_000 / config.ratePerMinute) * calls);
      const slot = await reserveCallSlot(db, Number(score.judge_id), interval, MAX_SLOT_WAIT_MS, Date.now());
      if ('retryAt' in slot) throw new RetryJobLater('waiting for the rate limit', slot.retryAt, false);
      const wait = slot.slotAt - Date.now();
      if (wait > 0) await sleep(wait, undefined, { signal: ctx.signal });
    }
    let verdict: Awaited<ReturnType<ReturnType<typeof judgeKind>['evaluate']>>;
    try {
      verdict = await judgeKind(config).evaluate(config, entryItem(entry, score.output ?? ''), {
        judgeName: score.judge_name,
        labelSchema: project.labelSchema,
        signal: ctx.signal,
      });
    } catch (error) {
      const note = async (message: string) => {
        await db
          .updateTable('eval_scores')
          .set({ error: message.slice(0, 2_000) })
          .where('id', '=', scoreId)
          .execute();
      };
      return onCallError(ctx, error, config.maxAttempts, note, fail);
    }
    await complete(ctx, async (trx) => {
      await trx
        .updateTable('eval_scores')
        .set({
          state: 'done',
          pass: verdict.pass ? 1 : 0,
          score: verdict.score,
          reason: verdict.reason?.slice(0, 10_000) ?? null,
          error: null,
          finished_at: Date.now(),
        })
        .where('id', '=', scoreId)
        .where('state', 'in', ['queued', 'running'])
        .execute();
    });
  },
});
