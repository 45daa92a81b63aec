import { setTimeout as sleep } from 'node:timers/promises';
import { defineJob, exponentialBackoff, type JobContext, RetryJobLater } from '../jobs/registry.js';
import { judgeKind } from '../judges/kinds.js';
import { judgeRoutingOf } from '../judges/routing.js';
import { reserveCallSlot, selectJudgeVersion } from '../judges/store.js';
import { JudgeCallError, type JudgeVerdict } from '../judges/verdict.js';
import { findProject, type Project } from '../projects/store.js';
import { copyVerdictsToItem, makeReviewItems } from './items.js';
import { verdictReasons } from './sampling.js';
import {
  lockDailyBudget,
  type StoredTrace,
  selectSamplingPolicy,
  selectTrace,
  selectTraceVerdicts,
  storeDailyBudget,
} from './store.js';

declare module '../jobs/registry.js' {
  interface JobPayloads {
    'trace.judge': { judgeId: number; version: number; traceRowId: number };
  }
}

type Payload = { judgeId: number; version: number; traceRowId: number };

/**
 * An auto judge's run on a production trace (issue 13 point 6). When the verdict fails the trace,
 * or contradicts the user's thumbs, and the trace was not sampled yet, it is sampled now (under
 * the daily caps) and becomes a review item before the verdict commits; a trace with an item
 * passes the verdict on to it (as a judge run) and the item is routed again. Retries as
 * `judge.run` does: the judge's maxAttempts, then `failed` with the reason.
 */
export const traceJudgeJob = defineJob({
  type: 'trace.judge',
  maxAttempts: 21,
  backoff: exponentialBackoff(500, 60_000),
  timeoutMs: 10 * 60_000,
  run: (ctx) => runTraceJudge(ctx),
});

const MAX_SLOT_WAIT_MS = 5_000;

async function runTraceJudge(ctx: JobContext<Payload>): Promise<void> {
  const { storage, payload } = ctx;
  const db = storage.db;
  const run = await db
    .selectFrom('trace_verdicts')
    .select(['id', 'state', 'job_id', 'project_id'])
    .where('judge_id', '=', payload.judgeId)
    .where('judge_version', '=', payload.version)
    .where('trace_row_id', '=', payload.traceRowId)
    .executeTakeFirst();
  if (run?.state !== 'queued' || Number(run.job_id) !== ctx.job.id) return;
  const verdictId = Number(run.id);
  const config = await selectJudgeVersion(db, payload.judgeId, payload.version);
  const judge = await db.selectFrom('judges').select('name').where('id', '=', payload.judgeId).executeTakeFirst();
  const project = await findProject(storage, String(run.project_id));
  const trace = await selectTrace(db, payload.traceRowId);
  if (!config || !judge || !project || !trace) {
    await settle(ctx, verdictId, undefined, undefined, { error: 'the judge, project or trace no longer exists' });
    return;
  }
  if (config.ratePerMinute) {
    const interval = Math.ceil((60_000 / config.ratePerMinute) * (config.kind === 'llm' ? config.samples : 1));
    const slot = await reserveCallSlot(db, payload.judgeId, interval, MAX_SLOT_WAIT_MS, Date.now());
    if ('retryAt' in slot) throw new RetryJobLater('waiting for the rate limit', slot.retryAt, false);
    const wait = slot.slotAt - Date.now();
    if (wait > 0) await sleep(wait, undefined, { signal: ctx.signal });
  }
  let verdict: JudgeVerdict;
  try {
    verdict = await judgeKind(config).evaluate(
      config,
      {
        id: trace.id,
        externalId: trace.traceId,
        data: { input: trace.input, output: trace.output, feedback: { thumbs: trace.thumbs, comment: trace.comment } },
        metadata: trace.metadata,
        prediction: null,
      },
      { judgeName: judge.name, labelSchema: project.labelSchema, signal: ctx.signal },
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const permanent = error instanceof JudgeCallError && error.options.permanent === true;
    if (permanent || ctx.job.attempt >= config.maxAttempts) {
      await settle(ctx, verdictId, project, trace, {
        error: permanent ? message : `${message} (after ${ctx.job.attempt} attempts)`,
      });
      return;
    }
    const retryAfter = error instanceof JudgeCallError ? error.options.retryAfterMs : undefined;
    if (retryAfter !== undefined) throw new RetryJobLater(message, Date.now() + retryAfter);
    throw error;
  }
  const sampledTrace = await sampleOnVerdict(ctx, project, trace, verdict.pass);
  if (sampledTrace.sampleReason !== null && sampledTrace.itemId === null) {
    await makeReviewItems(storage, project, [sampledTrace], null);
  }
  await settle(ctx, verdictId, project, trace, { verdict });
}

/**
 * Samples a trace not sampled yet when this verdict (with the others already in) fails it or
 * contradicts the user's thumbs, spending the daily budget in its own transaction. A retry of
 * the job finds the trace sampled and goes on to make its item.
 */
async function sampleOnVerdict(
  ctx: JobContext<Payload>,
  project: Project,
  trace: StoredTrace,
  pass: boolean,
): Promise<StoredTrace> {
  if (trace.sampleReason !== null) return trace;
  const { policy } = await selectSamplingPolicy(ctx.storage.db, project.id);
  const others = await selectTraceVerdicts(ctx.storage.db, trace.id);
  const reasons = verdictReasons(policy, trace.thumbs, [...others, { pass }]);
  if (reasons.length === 0) return trace;
  const now = Date.now();
  const reason = await ctx.storage.db.transaction().execute(async (trx) => {
    const { day, budget } = await lockDailyBudget(trx, project.id, policy, now);
    const taken = budget.take(reasons);
    if (taken === null) return null;
    const updated = await trx
      .updateTable('traces')
      .set({ sample_reason: taken, sampled_at: now })
      .where('id', '=', trace.id)
      .where('sample_reason', 'is', null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return null;
    await storeDailyBudget(trx, project.id, day, budget);
    return taken;
  });
  return (await selectTrace(ctx.storage.db, trace.id)) ?? { ...trace, sampleReason: reason };
}

/** Records the verdict (or the failure) and completes the job in one transaction. */
async function settle(
  ctx: JobContext<Payload>,
  verdictId: number,
  project: Project | undefined,
  trace: StoredTrace | undefined,
  outcome: { verdict: JudgeVerdict } | { error: string },
): Promise<void> {
  const routing = project ? await judgeRoutingOf(ctx.storage, project.id) : undefined;
  const current = trace ? await selectTrace(ctx.storage.db, trace.id) : undefined;
  const now = Date.now();
  const decisions = await ctx.storage.db.transaction().execute(async (trx) => {
    const set =
      'verdict' in outcome
        ? {
            state: 'done',
            pass: outcome.verdict.pass ? 1 : 0,
            score: outcome.verdict.score,
            reason: outcome.verdict.reason?.slice(0, 10_000) ?? null,
            error: null,
            finished_at: now,
          }
        : { state: 'failed', error: outcome.error.slice(0, 2_000), finished_at: now };
    await trx
      .updateTable('trace_verdicts')
      .set(set)
      .where('id', '=', verdictId)
      .where('state', '=', 'queued')
      .execute();
    const made =
      project && current?.itemId != null && 'verdict' in outcome
        ? await copyVerdictsToItem(trx, ctx.storage, routing, project.id, current.id, current.itemId, now)
        : [];
    if (!(await ctx.completeIn(trx))) throw new Error('lost the job: another worker holds it now');
    return made;
  });
  if (decisions.length > 0) await ctx.services.notifier.publish(decisions.map((d) => d.itemId));
}
