import { setTimeout as sleep } from 'node:timers/promises';
import { readJson } from '../db/dialect.js';
import type { Executor } from '../db/executor.js';
import { defineJob, exponentialBackoff, type JobContext, RetryJobLater } from '../jobs/registry.js';
import { findProject } from '../projects/store.js';
import { requestCalibration } from './calibration-requests.js';
import { judgeKind } from './kinds.js';
import { judgeRoutingOf, rerouteOnVerdict } from './routing.js';
import { reserveCallSlot, selectJudgeVersion } from './store.js';
import { JudgeCallError, type JudgeVerdict } from './verdict.js';

declare module '../jobs/registry.js' {
  interface JobPayloads {
    'judge.run': { judgeId: number; version: number; itemId: number };
  }
}

/**
 * The concurrency key of a judge run: the jobs module runs one job per key at a time, so a judge
 * with concurrency N spreads its runs over N keys and never has more than N calls in flight,
 * whatever the number of servers.
 */
export function judgeRunKey(judgeId: number, itemId: number, concurrency: number): string {
  return `judge:${judgeId}:${itemId % concurrency}`;
}

/** Longest a run waits in process for its rate-limit slot; a later slot reschedules the job. */
const MAX_SLOT_WAIT_MS = 5_000;

type Payload = { judgeId: number; version: number; itemId: number };

/**
 * One judge run (issue 13 point 1). The verdict and the job's completion commit together, so a run
 * is recorded once even when a lapsed lease lets another server run it again. Failures are
 * retried with backoff (429: after Retry-After) up to the judge's `maxAttempts`; the last one
 * records `failed` with its reason — together with the job's completion, so no run stays pending.
 */
export const judgeRunJob = defineJob({
  type: 'judge.run',
  // The judge's own maxAttempts (≤ 20) decides; this is a backstop for runs the runner itself
  // times out (which the run view then shows as failed with the job's reason).
  maxAttempts: 21,
  backoff: exponentialBackoff(500, 60_000),
  timeoutMs: 10 * 60_000,
  run: (ctx) => runJudge(ctx),
});

async function runJudge(ctx: JobContext<Payload>): Promise<void> {
  const { storage, payload } = ctx;
  const db = storage.db;
  const run = await db
    .selectFrom('judge_runs')
    .select(['id', 'state', 'job_id', 'project_id'])
    .where('judge_id', '=', payload.judgeId)
    .where('judge_version', '=', payload.version)
    .where('item_id', '=', payload.itemId)
    .executeTakeFirst();
  // Gone (project deleted), already settled, or re-queued under a newer job: nothing to do.
  if (!run || run.state === 'done' || run.state === 'failed' || Number(run.job_id) !== ctx.job.id) return;
  const runId = Number(run.id);
  const config = await selectJudgeVersion(db, payload.judgeId, payload.version);
  const judge = await db.selectFrom('judges').select('name').where('id', '=', payload.judgeId).executeTakeFirst();
  const project = await findProject(storage, String(run.project_id));
  const item = await db
    .selectFrom('items')
    .select(['id', 'external_id', 'data', 'metadata', 'prediction'])
    .where('id', '=', payload.itemId)
    .executeTakeFirst();
  if (!config || !judge || !project || !item) {
    await settle(ctx, runId, { error: 'the judge, project or item no longer exists' });
    return;
  }
  const finalAttempt = ctx.job.attempt >= config.maxAttempts;
  await db
    .updateTable('judge_runs')
    .set({ state: 'running', attempts: ctx.job.attempt })
    .where('id', '=', runId)
    .where('state', 'in', ['queued', 'running'])
    .execute();
  if (config.ratePerMinute) {
    const calls = config.kind === 'llm' ? config.samples : 1;
    const interval = Math.ceil((60_000 / config.ratePerMinute) * calls);
    const slot = await reserveCallSlot(db, payload.judgeId, interval, MAX_SLOT_WAIT_MS, Date.now());
    // Waiting for a slot is not a failed attempt: the attempt is given back.
    if ('retryAt' in slot) throw new RetryJobLater('waiting for the rate limit', slot.retryAt, false);
    const wait = slot.slotAt - Date.now();
    if (wait > 0) await sleep(wait, undefined, { signal: ctx.signal });
  }
  const started = Date.now();
  let verdict: JudgeVerdict;
  try {
    verdict = await judgeKind(config).evaluate(
      config,
      {
        id: Number(item.id),
        externalId: item.external_id,
        data: readJson(item.data) ?? {},
        metadata: readJson(item.metadata) ?? {},
        prediction: item.prediction === null ? null : readJson(item.prediction),
      },
      { judgeName: judge.name, labelSchema: project.labelSchema, signal: ctx.signal },
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const permanent = error instanceof JudgeCallError && error.options.permanent === true;
    if (permanent || finalAttempt) {
      const why = permanent ? message : `${message} (after ${ctx.job.attempt} attempts)`;
      await settle(ctx, runId, { error: why });
      return;
    }
    await db
      .updateTable('judge_runs')
      .set({ error: message.slice(0, 2_000) })
      .where('id', '=', runId)
      .execute();
    const retryAfter = error instanceof JudgeCallError ? error.options.retryAfterMs : undefined;
    if (retryAfter !== undefined) throw new RetryJobLater(message, Date.now() + retryAfter);
    throw error;
  }
  await settle(ctx, runId, { verdict, latencyMs: Date.now() - started });
}

/** Writes the run's outcome and completes the job in one transaction (or neither). */
async function settle(
  ctx: JobContext<Payload>,
  runId: number,
  outcome: { verdict: JudgeVerdict; latencyMs: number } | { error: string },
): Promise<void> {
  const routing = ctx.job.projectId === null ? undefined : await judgeRoutingOf(ctx.storage, ctx.job.projectId);
  const now = Date.now();
  const decisions = await ctx.storage.db.transaction().execute(async (trx: Executor) => {
    const set =
      'verdict' in outcome
        ? {
            state: 'done',
            pass: outcome.verdict.pass ? 1 : 0,
            score: outcome.verdict.score,
            confidence: outcome.verdict.confidence,
            answers: outcome.verdict.answers === null ? null : JSON.stringify(outcome.verdict.answers),
            reason: outcome.verdict.reason?.slice(0, 10_000) ?? null,
            error: null,
            input_tokens: outcome.verdict.inputTokens,
            output_tokens: outcome.verdict.outputTokens,
            cost: outcome.verdict.cost,
            latency_ms: outcome.latencyMs,
            finished_at: now,
          }
        : { state: 'failed', error: outcome.error.slice(0, 2_000), finished_at: now };
    await trx
      .updateTable('judge_runs')
      .set(set)
      .where('id', '=', runId)
      .where('state', 'in', ['queued', 'running'])
      .execute();
    const { itemId } = ctx.payload;
    if ('verdict' in outcome && ctx.job.projectId !== null) {
      // A verdict on an item people have decided is a new calibration pair.
      const decided = await trx
        .selectFrom('decisions')
        .select('id')
        .where('item_id', '=', itemId)
        .where('superseded_by', 'is', null)
        .where('method', 'in', ['consensus', 'adjudicated', 'override'])
        .executeTakeFirst();
      if (decided) await requestCalibration(trx, ctx.job.projectId, now);
    }
    const made = routing ? await rerouteOnVerdict(trx, ctx.storage, routing, itemId, runId, now) : [];
    if (!(await ctx.completeIn(trx))) throw new Error('lost the job: another worker holds it now');
    return made;
  });
  if (decisions.length > 0) await ctx.services.notifier.publish(decisions.map((d) => d.itemId));
}
