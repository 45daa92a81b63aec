import { recordAudit } from '../audit/record.js';
import type { Storage } from '../db/storage.js';
import { enqueueJobs } from '../jobs/store.js';
import { selectAutoJudges } from '../judges/auto.js';
import { judgeRunKey } from '../judges/jobs.js';
import type { StoredJudge } from '../judges/store.js';
import type { Project } from '../projects/store.js';
import { checkRow } from './check-row.js';
import {
  type SampleReason,
  type SendTracesResponse,
  TRACE_LIMITS,
  TraceInput,
  type TraceRowError,
} from './contracts.js';
import { makeReviewItems } from './items.js';
import { arrivalReasons } from './sampling.js';
import { lockDailyBudget, selectSamplingPolicy, selectTracesByTraceId, storeDailyBudget, wrapJson } from './store.js';

/**
 * Logs a batch of production traces (≤ 1,000): good rows are stored, bad rows reported by row
 * and field. A known trace id changes nothing (idempotent). Arrival sampling (every thumbs-down,
 * random x %, slice boosts) under the daily caps, and the auto judges' runs, are decided in the
 * same transaction as the traces; the sampled ones then become review items (`makeReviewItems`).
 * Cost: O(batch) — lookups go through the (project, trace id) index, the caps read ≤ 6 rows.
 */
export async function sendTraces(
  storage: Storage,
  project: Project,
  rows: readonly unknown[],
  actorId: number | null,
  now = Date.now(),
): Promise<SendTracesResponse> {
  const errors: TraceRowError[] = [];
  if (rows.length > TRACE_LIMITS.batchRows) {
    return {
      received: 0,
      duplicates: 0,
      rejected: rows.length,
      sampled: 0,
      errors: [
        { row: TRACE_LIMITS.batchRows, path: '', message: `at most ${TRACE_LIMITS.batchRows} traces a request` },
      ],
    };
  }
  const good = new Map<string, TraceInput>();
  let duplicates = 0;
  rows.forEach((raw, row) => {
    const parsed = checkRow(TraceInput, raw);
    if (!parsed.success) {
      for (const issue of parsed.issues) errors.push({ row, ...issue });
      return;
    }
    // The same trace id twice in one request: the first one counts, like a resend.
    if (good.has(parsed.data.traceId)) duplicates += 1;
    else good.set(parsed.data.traceId, parsed.data);
  });
  const rejected = new Set(errors.map((e) => e.row)).size;
  if (good.size === 0) return { received: 0, duplicates, rejected, sampled: 0, errors };

  const { policy } = await selectSamplingPolicy(storage.db, project.id);
  const judges = await selectAutoJudges(storage.db, project.id);
  const result = await storage.db.transaction().execute(async (trx) => {
    const known = new Set((await selectTracesByTraceId(trx, project.id, [...good.keys()])).map((t) => t.traceId));
    const fresh = [...good.values()].filter((t) => !known.has(t.traceId));
    const { day, budget } = await lockDailyBudget(trx, project.id, policy, now);
    const values = fresh.map((trace) => {
      const thumbs = trace.feedback?.thumbs ?? null;
      const reason: SampleReason | null = budget.take(
        arrivalReasons(policy, { traceId: trace.traceId, thumbs, metadata: trace.metadata ?? {} }),
      );
      return {
        project_id: project.id,
        trace_id: trace.traceId,
        input: wrapJson(trace.input),
        output: wrapJson(trace.output),
        model_version: trace.modelVersion ?? null,
        thumbs,
        comment: trace.feedback?.comment ?? null,
        metadata: JSON.stringify(trace.metadata ?? {}),
        occurred_at: trace.timestamp ? Date.parse(trace.timestamp) : now,
        received_at: now,
        sample_reason: reason,
        sampled_at: reason === null ? null : now,
        item_id: null,
      };
    });
    const inserted: { id: number; traceId: string }[] = [];
    for (let start = 0; start < values.length; start += 200) {
      const returned = await trx
        .insertInto('traces')
        .values(values.slice(start, start + 200))
        // A trace id sent by two requests at once: the second one is a duplicate, not an error.
        .onConflict((oc) => oc.columns(['project_id', 'trace_id']).doNothing())
        .returning(['id', 'trace_id'])
        .execute();
      for (const r of returned) inserted.push({ id: Number(r.id), traceId: r.trace_id });
    }
    await storeDailyBudget(trx, project.id, day, budget);
    await queueTraceJudgeRuns(trx, project.id, judges, inserted, now);
    const sampled = values.filter((v) => v.sample_reason !== null).length;
    await recordAudit(
      trx,
      {
        actorId,
        action: 'traces.received',
        projectId: project.id,
        details: { received: inserted.length, duplicates: good.size - inserted.length + duplicates, sampled },
      },
      now,
    );
    return { received: inserted.length, duplicates: good.size - inserted.length + duplicates };
  });
  // Also retries items a crash left unmade for traces of this request (sampled, no item yet).
  const pending = (await selectTracesByTraceId(storage.db, project.id, [...good.keys()])).filter(
    (t) => t.sampleReason !== null && t.itemId === null,
  );
  const { made } = await makeReviewItems(storage, project, pending, actorId);
  return { ...result, rejected, sampled: made, errors };
}

/** One `trace.judge` job and verdict row per (auto judge, new trace): multi-row INSERTs. */
async function queueTraceJudgeRuns(
  trx: Parameters<typeof enqueueJobs>[0],
  projectId: number,
  judges: readonly StoredJudge[],
  traces: readonly { id: number }[],
  now: number,
): Promise<void> {
  if (judges.length === 0 || traces.length === 0) return;
  const pairs = judges.flatMap((judge) => traces.map((trace) => ({ judge, traceRowId: trace.id })));
  const jobIds = await enqueueJobs(
    trx,
    pairs.map(({ judge, traceRowId }) => ({
      type: 'trace.judge' as const,
      payload: { judgeId: judge.id, version: judge.version, traceRowId },
      key: judgeRunKey(judge.id, traceRowId, judge.config.concurrency),
      projectId,
    })),
    now,
  );
  const rows = pairs.map(({ judge, traceRowId }, index) => ({
    project_id: projectId,
    trace_row_id: traceRowId,
    judge_id: judge.id,
    judge_version: judge.version,
    job_id: jobIds[index] ?? null,
    state: 'queued',
    created_at: now,
  }));
  for (let start = 0; start < rows.length; start += 500) {
    await trx
      .insertInto('trace_verdicts')
      .values(rows.slice(start, start + 500))
      .execute();
  }
}
