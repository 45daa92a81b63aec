import { recordAudit } from '../audit/record.js';
import type { Storage } from '../db/storage.js';
import type { Decision } from '../decisions/store.js';
import { judgeRoutingOf, rerouteOnVerdict } from '../judges/routing.js';
import type { Project } from '../projects/store.js';
import { checkRow } from './check-row.js';
import {
  type SampleReason,
  type SendFeedbackResponse,
  TRACE_LIMITS,
  TraceFeedbackInput,
  type TraceRowError,
} from './contracts.js';
import { copyVerdictsToItem, itemRowOf, makeReviewItems } from './items.js';
import { verdictReasons } from './sampling.js';
import { lockDailyBudget, selectSamplingPolicy, selectTracesByTraceId, storeDailyBudget } from './store.js';

/**
 * User feedback arriving after its trace (issue 13 point 6). A thumbs-down, or thumbs that a
 * judge's verdict contradicts, samples a trace not sampled yet (under the daily caps); a trace
 * that already has an unstarted review item gets the new feedback in the item's data and the item
 * is routed again (`feedback` / `feedbackDisagrees` rules). The random draw is not made again.
 */
export async function sendFeedback(
  storage: Storage,
  project: Project,
  rows: readonly unknown[],
  actorId: number | null,
  publish: (itemIds: number[]) => Promise<void> = async () => {},
  now = Date.now(),
): Promise<SendFeedbackResponse> {
  const errors: TraceRowError[] = [];
  const good = new Map<string, TraceFeedbackInput>();
  rows.slice(0, TRACE_LIMITS.batchRows).forEach((raw, row) => {
    const parsed = checkRow(TraceFeedbackInput, raw);
    if (parsed.success) good.set(parsed.data.traceId, parsed.data);
    else for (const issue of parsed.issues) errors.push({ row, ...issue });
  });
  const rejected = new Set(errors.map((e) => e.row)).size;
  const { policy } = await selectSamplingPolicy(storage.db, project.id);
  const routing = await judgeRoutingOf(storage, project.id);
  const traces = await selectTracesByTraceId(storage.db, project.id, [...good.keys()]);
  const unknown = [...good.keys()].filter((id) => !traces.some((t) => t.traceId === id));
  const verdictRows =
    traces.length === 0
      ? []
      : await storage.db
          .selectFrom('trace_verdicts')
          .select(['trace_row_id', 'pass'])
          .where('project_id', '=', project.id)
          .where('state', '=', 'done')
          .where(
            'trace_row_id',
            'in',
            traces.map((t) => t.id),
          )
          .execute();
  const passesOf = (traceRowId: number) =>
    verdictRows.filter((v) => Number(v.trace_row_id) === traceRowId).map((v) => ({ pass: Number(v.pass) === 1 }));

  const { decisions, sampledIds } = await storage.db.transaction().execute(async (trx) => {
    const { day, budget } = await lockDailyBudget(trx, project.id, policy, now);
    const decisions: Decision[] = [];
    const sampledIds: number[] = [];
    for (const trace of traces) {
      const input = good.get(trace.traceId) as TraceFeedbackInput;
      const thumbs = input.thumbs ?? trace.thumbs;
      const comment = input.comment ?? trace.comment;
      let reason: SampleReason | null = null;
      if (trace.sampleReason === null) {
        const reasons: SampleReason[] = [];
        if (policy.thumbsDown && thumbs === 'down') reasons.push('thumbs_down');
        reasons.push(...verdictReasons(policy, thumbs, passesOf(trace.id)).filter((r) => r === 'disagreement'));
        reason = reasons.length > 0 ? budget.take(reasons) : null;
        if (reason !== null) sampledIds.push(trace.id);
      }
      await trx
        .updateTable('traces')
        .set({
          thumbs,
          comment,
          ...(reason === null ? {} : { sample_reason: reason, sampled_at: now }),
        })
        .where('id', '=', trace.id)
        .execute();
      if (trace.itemId !== null && (thumbs !== trace.thumbs || comment !== trace.comment)) {
        const data = itemRowOf({ ...trace, thumbs, comment }, trace.sampleReason ?? '').data;
        // Only while nobody has answered it: an answered item's content is fixed (issue 8).
        const updated = await trx
          .updateTable('items')
          .set({ data: JSON.stringify(data), updated_at: now })
          .where('id', '=', trace.itemId)
          .where(({ not, exists, selectFrom }) =>
            not(exists(selectFrom('responses').select('responses.id').whereRef('responses.item_id', '=', 'items.id'))),
          )
          .where('status', '<>', 'decided')
          .executeTakeFirst();
        if (routing && Number(updated.numUpdatedRows) > 0) {
          decisions.push(
            ...(await rerouteOnVerdict(trx, storage, routing, trace.itemId, -1, now, { previous: trace.thumbs })),
          );
        }
      }
    }
    await storeDailyBudget(trx, project.id, day, budget);
    if (traces.length > 0) {
      await recordAudit(
        trx,
        {
          actorId,
          action: 'traces.feedback',
          projectId: project.id,
          details: { updated: traces.length, sampled: sampledIds.length },
        },
        now,
      );
    }
    return { decisions, sampledIds };
  });
  const fresh = (await selectTracesByTraceId(storage.db, project.id, [...good.keys()])).filter(
    (t) => t.sampleReason !== null && t.itemId === null,
  );
  const { made } = await makeReviewItems(storage, project, fresh, actorId);
  await attachVerdicts(storage, project, sampledIds);
  if (decisions.length > 0) await publish(decisions.map((d) => d.itemId));
  return { updated: traces.length, unknown, rejected, sampled: made, errors };
}

/** Verdicts already on traces that just became items: passed on to the items (and routed by). */
export async function attachVerdicts(storage: Storage, project: Project, traceRowIds: readonly number[]) {
  if (traceRowIds.length === 0) return;
  const routing = await judgeRoutingOf(storage, project.id);
  const linked = await storage.db
    .selectFrom('traces')
    .select(['id', 'item_id'])
    .where('id', 'in', [...traceRowIds])
    .where('item_id', 'is not', null)
    .execute();
  await storage.db.transaction().execute(async (trx) => {
    for (const row of linked) {
      await copyVerdictsToItem(trx, storage, routing, project.id, Number(row.id), Number(row.item_id), Date.now());
    }
  });
}
