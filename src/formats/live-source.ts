import { readJson } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import type { ItemFilter } from '../items/contracts.js';
import { selectItemsPage } from '../items/store.js';
import type { ExportRecord, RecordSource } from './types.js';

/** Items read per query: enough to amortise the round trip, few enough to keep memory flat. */
export const SOURCE_PAGE_ROWS = 1_000;

/**
 * The items of a project that match a filter, now, with their current decision (if any), in id
 * order by keyset pages. Items without a decision are included with `answer: null`: each format
 * decides whether it can use them.
 */
export function liveRecordSource(storage: Storage, projectId: number, filter: ItemFilter): RecordSource {
  return {
    async *pages() {
      let afterId = 0;
      for (;;) {
        const items = await selectItemsPage(storage, projectId, filter, afterId, SOURCE_PAGE_ROWS);
        if (items.length === 0) return;
        const decided = items.filter((item) => item.status === 'decided').map((item) => item.id);
        const decisions = await selectCurrentDecisions(storage, decided);
        yield items.map((item): ExportRecord => {
          const decision = decisions.get(item.id);
          return {
            itemId: item.id,
            externalId: item.externalId,
            data: item.data,
            prediction: item.prediction,
            confidence: item.confidence,
            metadata: item.metadata,
            decisionId: decision?.id ?? null,
            answer: decision?.answer ?? null,
          };
        });
        afterId = items[items.length - 1]?.id ?? afterId;
        if (items.length < SOURCE_PAGE_ROWS) return;
      }
    },
  };
}

/** The current (not superseded) decision of each given item. */
export async function selectCurrentDecisions(
  storage: Storage,
  itemIds: readonly number[],
): Promise<Map<number, { id: number; answer: Record<string, unknown> }>> {
  if (itemIds.length === 0) return new Map();
  const rows = await storage.db
    .selectFrom('decisions')
    .select(['id', 'item_id', 'answer'])
    .where('item_id', 'in', itemIds)
    .where('superseded_by', 'is', null)
    .execute();
  return new Map(
    rows.map((row) => [
      Number(row.item_id),
      { id: Number(row.id), answer: readJson<Record<string, unknown>>(row.answer) },
    ]),
  );
}
