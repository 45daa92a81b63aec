import { sql } from 'kysely';
import type { Executor } from '../db/executor.js';
import type { Storage } from '../db/storage.js';
import type { Decision } from '../decisions/store.js';
import { ingestRows } from '../items/ingest.js';
import { type JudgeRouting, judgeRoutingOf, rerouteOnVerdict } from '../judges/routing.js';
import type { Project } from '../projects/store.js';
import { type StoredTrace, selectTraceVerdicts, traceItemExternalId } from './store.js';

/**
 * Sampled traces become review items through the normal ingest (and so the normal routing).
 * The item's data is {input, output, feedback}; its metadata the trace's plus traceId,
 * modelVersion and sampleReason. External id `trace:<traceId>`: making it again is an upsert,
 * so a retry after a crash between "sampled" and "item made" is safe.
 */
export async function makeReviewItems(
  storage: Storage,
  project: Project,
  traces: readonly StoredTrace[],
  actorId: number | null,
): Promise<{ made: number; decisions: readonly Decision[] }> {
  const pending = traces.filter((t) => t.sampleReason !== null);
  if (pending.length === 0) return { made: 0, decisions: [] };
  const rows = pending.map((t) => itemRowOf(t, t.sampleReason as string));
  const outcome = await ingestRows(storage, project, rows, 0, actorId, { autoJudges: false });
  await storage.db.transaction().execute(async (trx) => {
    for (let start = 0; start < pending.length; start += 500) {
      const ids = pending.slice(start, start + 500).map((t) => t.traceId);
      await sql`update traces set item_id = (select items.id from items where items.project_id = ${project.id}
        and items.external_id = ${'trace:'} || traces.trace_id)
        where project_id = ${project.id} and item_id is null and trace_id in (${sql.join(ids)})`.execute(trx);
    }
  });
  return { made: outcome.results.length, decisions: outcome.decisions };
}

export function itemRowOf(trace: StoredTrace, reason: string) {
  const feedback: Record<string, unknown> = {};
  if (trace.thumbs) feedback.thumbs = trace.thumbs;
  if (trace.comment !== null) feedback.comment = trace.comment;
  return {
    externalId: traceItemExternalId(trace.traceId),
    data: { input: trace.input ?? null, output: trace.output ?? null, feedback },
    metadata: {
      ...trace.metadata,
      traceId: trace.traceId,
      ...(trace.modelVersion === null ? {} : { modelVersion: trace.modelVersion }),
      sampleReason: reason,
    },
  };
}

/**
 * Gives a trace's review item the auto judges' verdicts on the trace (as done judge runs, so
 * routing, the reviewer's pre-label and calibration read them like any run) and routes the item
 * again when a verdict changes its outcome. Inside the caller's transaction; `routing` read before it.
 */
export async function copyVerdictsToItem(
  trx: Executor,
  storage: Storage,
  routing: JudgeRouting | undefined,
  projectId: number,
  traceRowId: number,
  itemId: number,
  now: number,
): Promise<Decision[]> {
  const verdicts = await selectTraceVerdicts(trx, traceRowId);
  if (verdicts.length === 0) return [];
  const existing = await trx
    .selectFrom('judge_runs')
    .select(['judge_id', 'judge_version'])
    .where('item_id', '=', itemId)
    .execute();
  const have = new Set(existing.map((r) => `${r.judge_id}:${r.judge_version}`));
  const fresh = verdicts.filter((v) => !have.has(`${v.judgeId}:${v.judgeVersion}`));
  const decisions: Decision[] = [];
  for (const verdict of fresh) {
    const run = await trx
      .insertInto('judge_runs')
      .values({
        project_id: projectId,
        judge_id: verdict.judgeId,
        judge_version: verdict.judgeVersion,
        item_id: itemId,
        job_id: null,
        state: 'done',
        pass: verdict.pass ? 1 : 0,
        score: verdict.score,
        reason: verdict.reason,
        attempts: 1,
        created_at: now,
        finished_at: verdict.finishedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (routing) decisions.push(...(await rerouteOnVerdict(trx, storage, routing, itemId, Number(run.id), now)));
  }
  return decisions;
}

export { judgeRoutingOf };
