import { sql } from 'kysely';
import { readJson } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import type { Project } from '../projects/store.js';
import type { ExplorePage, ExplorerFilter, ExplorerRow } from './contracts.js';
import { filteredItems } from './query.js';

/**
 * Counting stops here: past it the page says "10,000+" (`totalCapped`). An exact count of a
 * broad filter over a million items costs more than the page itself; bulk actions count their
 * own selection when they run.
 */
export const TOTAL_CAP = 10_000;

export interface ExplorePageRequest {
  readonly sort: '-id' | 'id' | '-confidence' | 'confidence' | '-updatedAt' | 'updatedAt';
  readonly page: number;
  readonly pageSize: number;
}

/** One page of the explorer: the rows in the asked order and how many items match in all. */
export async function explorePage(
  storage: Storage,
  project: Project,
  filter: ExplorerFilter,
  request: ExplorePageRequest,
): Promise<ExplorePage> {
  const descending = request.sort.startsWith('-');
  const direction = descending ? 'desc' : 'asc';
  const field = request.sort.replace('-', '');
  const column = field === 'confidence' ? 'items.confidence' : field === 'updatedAt' ? 'items.updated_at' : null;
  let rowsQuery = filteredItems(storage, project.id, filter).select([
    'items.id',
    'items.external_id',
    'items.status',
    'items.data',
    'items.prediction',
    'items.confidence',
    'items.metadata',
    sql<number>`case when items.gold_answer is null then 0 else 1 end`.as('gold'),
    'items.created_at',
    'items.updated_at',
  ]);
  if (column) rowsQuery = rowsQuery.orderBy(column, direction);
  rowsQuery = rowsQuery
    .orderBy('items.id', direction)
    .limit(request.pageSize)
    .offset((request.page - 1) * request.pageSize);
  const counted = filteredItems(storage, project.id, filter)
    .select(sql`1`.as('one'))
    .limit(TOTAL_CAP + 1);
  const [rows, total] = await Promise.all([
    rowsQuery.execute(),
    storage.db
      .selectFrom(counted.as('matching'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const ids = rows.map((row) => Number(row.id));
  const [decisions, reports] = await Promise.all([currentDecisions(storage, ids), openReportCounts(storage, ids)]);
  const count = Number(total.n);
  return {
    items: rows.map((row): ExplorerRow => {
      const metadata = readJson<Record<string, unknown>>(row.metadata);
      const id = Number(row.id);
      return {
        id,
        externalId: row.external_id,
        status: row.status,
        preview: previewOf(readJson(row.data)),
        prediction: row.prediction === null ? null : readJson(row.prediction),
        confidence: row.confidence,
        modelVersion: typeof metadata.modelVersion === 'string' ? metadata.modelVersion : null,
        tags: Array.isArray(metadata.tags) ? metadata.tags.filter((t): t is string => typeof t === 'string') : [],
        gold: Number(row.gold) === 1,
        decision: decisions.get(id) ?? null,
        openReports: reports.get(id) ?? 0,
        createdAt: new Date(Number(row.created_at)).toISOString(),
        updatedAt: new Date(Number(row.updated_at)).toISOString(),
      };
    }),
    total: Math.min(count, TOTAL_CAP),
    totalCapped: count > TOTAL_CAP,
    page: request.page,
    pageSize: request.pageSize,
  };
}

/** The first text found in the item data (depth-first, keys in order), cut to 200 characters. */
export function previewOf(data: unknown): string {
  const stack: unknown[] = [data];
  for (let steps = 0; stack.length > 0 && steps < 1_000; steps += 1) {
    const value = stack.pop();
    if (typeof value === 'string' && value.trim() !== '') return value.trim().replace(/\s+/g, ' ').slice(0, 200);
    if (value && typeof value === 'object') stack.push(...Object.values(value).reverse());
  }
  return '';
}

async function currentDecisions(storage: Storage, itemIds: readonly number[]) {
  const byItem = new Map<number, NonNullable<ExplorerRow['decision']>>();
  if (itemIds.length === 0) return byItem;
  const rows = await storage.db
    .selectFrom('decisions')
    .select(['item_id', 'answer', 'method', 'agreement'])
    .where('item_id', 'in', itemIds)
    .where('superseded_by', 'is', null)
    .execute();
  for (const row of rows) {
    byItem.set(Number(row.item_id), { answer: readJson(row.answer), method: row.method, agreement: row.agreement });
  }
  return byItem;
}

async function openReportCounts(storage: Storage, itemIds: readonly number[]) {
  const byItem = new Map<number, number>();
  if (itemIds.length === 0) return byItem;
  const rows = await storage.db
    .selectFrom('item_reports')
    .select(['item_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('item_id', 'in', itemIds)
    .where('status', '=', 'open')
    .groupBy('item_id')
    .execute();
  for (const row of rows) byItem.set(Number(row.item_id), Number(row.n));
  return byItem;
}
