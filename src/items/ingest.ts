import { recordAudit } from '../audit/record.js';
import { type UpsertedItem, upsertItems } from '../db/bulk-insert.js';
import type { Storage } from '../db/storage.js';
import type { Decision } from '../decisions/store.js';
import type { Project } from '../projects/store.js';
import { applyRouting, GOLD_PLAN, planRouting, type RoutingPlan } from '../routing/apply.js';
import { policyOf } from '../routing/store.js';
import type { RowError, RowResult } from './contracts.js';
import type { Item } from './store.js';
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

/**
 * Stores the good rows of a batch and routes them, all in one transaction (an item is never
 * stored without its tasks or decision), and reports every row: its id and whether it was created
 * or updated (same external id), or why it was rejected. Row numbers start at `firstRow`.
 */
export async function ingestRows(
  storage: Storage,
  project: Project,
  rows: readonly unknown[],
  firstRow = 0,
  actorId: number | null = null,
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
  const { version, policy } = await policyOf(storage, project);
  const plans: RoutingPlan[] = unique.map(({ item }) =>
    item.goldAnswer !== null
      ? GOLD_PLAN
      : planRouting(project, policy, routable(item), item.externalId ?? item.data, now),
  );
  const { stored, decisions } = await storage.db.transaction().execute(async (trx) => {
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
    const summary = await applyRouting(
      trx,
      project,
      version,
      unique.map(({ item }, index) => ({
        itemId: (upserted[index] as UpsertedItem).id,
        externalId: item.externalId,
        revision: (upserted[index] as UpsertedItem).revision,
        item: routable(item),
        plan: plans[index] as RoutingPlan,
      })),
      now,
    );
    if (upserted.length > 0) {
      const created = upserted.filter((u) => u.revision === 1).length;
      await recordAudit(
        trx,
        {
          actorId,
          action: 'items.added',
          projectId: project.id,
          details: {
            created,
            updated: upserted.length - created,
            rejected: new Set(errors.map((error) => error.row)).size,
            autoDecided: summary.decisions.length,
          },
        },
        now,
      );
    }
    return { stored: upserted, decisions: summary.decisions };
  });

  const storedByRow = new Map<number, UpsertedItem>();
  const storedByExternalId = new Map<string, UpsertedItem>();
  const createdItems = new Map<number, Item>();
  unique.forEach(({ row, item }, index) => {
    const upserted = stored[index];
    if (!upserted) throw new Error('stored row missing from upsert result');
    storedByRow.set(row, upserted);
    if (item.externalId !== null) storedByExternalId.set(item.externalId, upserted);
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
  const results: RowResult[] = accepted.map(({ row, item }) => {
    const key = item.externalId;
    const upserted = key === null ? storedByRow.get(row) : storedByExternalId.get(key);
    if (!upserted) throw new Error('stored row missing from upsert result');
    const firstMention = key === null || !seenExternalIds.has(key);
    if (key !== null) seenExternalIds.add(key);
    const created = firstMention && upserted.revision === 1;
    return { row, id: upserted.id, externalId: key, status: created ? 'created' : 'updated' };
  });
  const rejected = new Set(errors.map((error) => error.row)).size;
  return { results, errors, rejected, decisions, createdItems };
}

function routable(item: PreparedItem) {
  return {
    prediction: item.input.prediction ?? null,
    confidence: item.input.confidence ?? null,
    metadata: (item.input.metadata ?? {}) as Record<string, unknown>,
  };
}
