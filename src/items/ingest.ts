import { recordAudit } from '../audit/record.js';
import { stableStringify } from '../consensus/stable-stringify.js';
import { isRefused, type UpsertedItem, type UpsertResult, upsertItems } from '../db/bulk-insert.js';
import type { Storage } from '../db/storage.js';
import type { Decision } from '../decisions/store.js';
import { queueJudgeRunsIn, selectAutoJudges } from '../judges/auto.js';
import { backendForIngest, enqueueBackendPredictions } from '../model/backend/jobs.js';
import type { Project } from '../projects/store.js';
import { isRanked } from '../queue/ordering.js';
import { dropCursorsPast } from '../queue/store.js';
import { applyRouting, GOLD_PLAN, planRouting, type RoutingPlan, type StoredRoutedItem } from '../routing/apply.js';
import { feedbackOf } from '../routing/evaluate.js';
import { policyOf } from '../routing/store.js';
import type { RowError, RowResult } from './contracts.js';
import { type Item, type StoredContent, selectStoredContent } from './store.js';
import { checkItemRow, type PreparedItem } from './validate-row.js';

export interface IngestOutcome {
  readonly results: RowResult[];
  readonly errors: RowError[];
  /** Rows rejected (each has one or more entries in `errors`). */
  readonly rejected: number;
  /** Decisions made on arrival (auto-accepted items). */
  readonly decisions: readonly Decision[];
  /** Items this call created, by id, as stored. */
  readonly createdItems: ReadonlyMap<number, Item>;
}

export interface IngestOptions {
  /** false: do not queue runs of the project's `auto` judges (traces run them on the trace). */
  readonly autoJudges?: boolean;
}

/**
 * Stores the good rows of a batch and routes them, all in one transaction (an item is never
 * stored without its tasks or decision), and reports every row: its id and whether it was created,
 * updated (same external id) or unchanged (an answered or decided item sent again as it is), or
 * why it was rejected (ITEM_DECIDED: an answered or decided item with different content). Row numbers start at `firstRow`.
 */
export async function ingestRows(
  storage: Storage,
  project: Project,
  rows: readonly unknown[],
  firstRow = 0,
  actorId: number | null = null,
  options: IngestOptions = {},
): Promise<IngestOutcome> {
  const errors: RowError[] = [];
  const accepted: { row: number; item: PreparedItem }[] = [];
  rows.forEach((raw, index) => {
    const check = checkItemRow(project, raw);
    const row = firstRow + index;
    if (check.ok) accepted.push({ row, item: check.item });
    else for (const error of check.errors) errors.push({ row, ...error });
  });

  // The same external id twice in one batch: the last row's content wins, like applying the rows
  // one after another; every such row reports the same item id.
  const lastIndexByExternalId = new Map<string, number>();
  accepted.forEach(({ item }, index) => {
    if (item.externalId !== null) lastIndexByExternalId.set(item.externalId, index);
  });
  const unique = accepted.filter(
    ({ item }, index) => item.externalId === null || lastIndexByExternalId.get(item.externalId) === index,
  );

  const now = Date.now();
  // The project's auto judges and its ML backend (issue 12 point 4: it predicts new and changed
  // items; jobs queued below) are read at once: on PostgreSQL two pooled connections answer in
  // one round trip's time (an auto-accepted item over HTTP waits for every read).
  const [{ version, policy }, autoJudges, backend] = await Promise.all([
    policyOf(storage, project),
    options.autoJudges === false ? [] : selectAutoJudges(storage.db, project.id),
    backendForIngest(storage.db, project.id),
  ]);
  const plans: RoutingPlan[] = unique.map(({ item }) =>
    item.goldAnswer !== null
      ? GOLD_PLAN
      : planRouting(project, policy, routable(item), item.externalId ?? item.data, now),
  );
  const { stored, decisions, kept } = await storage.db.transaction().execute(async (trx) => {
    const upserted = await upsertItems(
      storage,
      trx,
      project.id,
      unique.map(({ item }, index) => ({
        ...item,
        status: plans[index]?.status ?? 'queued',
        deadlineAt: plans[index]?.deadlineAt ?? null,
        slots: plans[index]?.slots ?? null,
      })),
      now,
    );
    if (isRanked(policy.ordering)) {
      // New slots may sort before where people's claim cursors stand (src/queue/store.ts).
      const lowest = plans.reduce((low, plan) => Math.min(low, plan.slots?.rank ?? low), Infinity);
      if (lowest !== Infinity) await dropCursorsPast(trx, project.id, lowest);
    }
    const routed: StoredRoutedItem[] = [];
    unique.forEach(({ item }, index) => {
      const result = upserted[index] as UpsertResult;
      if (isRefused(result)) return;
      routed.push({
        itemId: result.id,
        externalId: item.externalId,
        revision: result.revision,
        item: routable(item),
        plan: plans[index] as RoutingPlan,
      });
    });
    const summary = await applyRouting(trx, project, version, routed, now);
    const createdIds = routed.filter((r) => r.revision === 1).map((r) => r.itemId);
    await queueJudgeRunsIn(trx, project.id, autoJudges, createdIds, now);
    if (backend) {
      const open = routed.filter((r) => r.plan.status === 'queued' || r.plan.status === 'held').map((r) => r.itemId);
      await enqueueBackendPredictions(trx, project.id, backend, open, now);
    }
    const refused = upserted.filter(isRefused).map((r) => r.externalId);
    if (upserted.length > 0) {
      const created = routed.filter((r) => r.revision === 1).length;
      await recordAudit(
        trx,
        {
          actorId,
          action: 'items.added',
          projectId: project.id,
          details: {
            created,
            updated: routed.length - created,
            refused: refused.length,
            rejected: new Set(errors.map((error) => error.row)).size,
            autoDecided: summary.decisions.length,
          },
        },
        now,
      );
    }
    const kept = refused.length === 0 ? new Map() : await selectStoredContent(trx, project.id, refused);
    return { stored: upserted, decisions: summary.decisions, kept };
  });

  // Issue 8: an item with answers or a decision is immutable to ingest. Sending it again as it is
  // changes nothing ("unchanged", so retries stay safe); different content is refused per row.
  const outcomeByExternalId = new Map<string, { id: number; status: RowResult['status'] } | RowErrorBody>();
  const storedByRow = new Map<number, UpsertedItem>();
  const createdItems = new Map<number, Item>();
  unique.forEach(({ row, item }, index) => {
    const upserted = stored[index];
    if (!upserted) throw new Error('stored row missing from upsert result');
    if (isRefused(upserted)) {
      const current = kept.get(upserted.externalId);
      if (!current) throw new Error('refused row missing from the stored content');
      outcomeByExternalId.set(
        upserted.externalId,
        sameContent(current, item)
          ? { id: current.id, status: 'unchanged' }
          : {
              code: 'ITEM_DECIDED',
              path: 'externalId',
              message: `item ${current.id} ("${upserted.externalId}") already has answers or a decision and cannot change; add the new content under a new externalId`,
            },
      );
      return;
    }
    storedByRow.set(row, upserted);
    if (item.externalId !== null) {
      outcomeByExternalId.set(item.externalId, {
        id: upserted.id,
        status: upserted.revision === 1 ? 'created' : 'updated',
      });
    }
    // A new row is exactly what we just wrote: callers need not read it back.
    if (upserted.revision === 1) {
      createdItems.set(upserted.id, {
        id: upserted.id,
        projectId: project.id,
        externalId: item.externalId,
        data: item.input.data,
        prediction: item.input.prediction ?? null,
        confidence: item.input.confidence ?? null,
        metadata: (item.input.metadata ?? {}) as Record<string, unknown>,
        status: plans[index]?.status ?? 'queued',
        revision: 1,
        createdAt: now,
        updatedAt: now,
      });
    }
  });
  const seenExternalIds = new Set<string>();
  const results: RowResult[] = [];
  for (const { row, item } of accepted) {
    const key = item.externalId;
    if (key === null) {
      const upserted = storedByRow.get(row);
      if (!upserted) throw new Error('stored row missing from upsert result');
      results.push({ row, id: upserted.id, externalId: null, status: 'created' });
      continue;
    }
    const outcome = outcomeByExternalId.get(key);
    if (!outcome) throw new Error('stored row missing from upsert result');
    const firstMention = !seenExternalIds.has(key);
    seenExternalIds.add(key);
    if ('code' in outcome) errors.push({ row, ...outcome });
    else {
      const status = outcome.status === 'created' && !firstMention ? 'updated' : outcome.status;
      results.push({ row, id: outcome.id, externalId: key, status });
    }
  }
  errors.sort((a, b) => a.row - b.row);
  const rejected = new Set(errors.map((error) => error.row)).size;
  return { results, errors, rejected, decisions, createdItems };
}

type RowErrorBody = Omit<RowError, 'row' | 'line'>;

/** Whether a row says exactly what the stored item says (key order aside). */
function sameContent(current: StoredContent, item: PreparedItem): boolean {
  const input = item.input;
  return (
    stableStringify(current.data) === stableStringify(input.data) &&
    stableStringify(current.prediction) === stableStringify(input.prediction ?? null) &&
    current.confidence === (input.confidence ?? null) &&
    stableStringify(current.metadata) === stableStringify(input.metadata ?? {}) &&
    stableStringify(current.goldAnswer) === stableStringify(input.gold ?? null)
  );
}

function routable(item: PreparedItem) {
  return {
    prediction: item.input.prediction ?? null,
    confidence: item.input.confidence ?? null,
    metadata: (item.input.metadata ?? {}) as Record<string, unknown>,
    feedback: feedbackOf(item.input.data),
  };
}
