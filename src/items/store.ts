import { type Engine, hasTag, jsonText, readJson } from '../db/dialect.js';
import { chunked, type Executor } from '../db/executor.js';
import type { Storage } from '../db/storage.js';
import type { ItemFilter } from './contracts.js';

/** An item as the domain sees it (times in epoch ms). */
export interface Item {
  readonly id: number;
  readonly projectId: number;
  readonly externalId: string | null;
  readonly data: Record<string, unknown>;
  readonly prediction: Record<string, unknown> | null;
  readonly confidence: number | null;
  readonly metadata: Record<string, unknown>;
  readonly status: string;
  readonly revision: number;
  readonly createdAt: number;
  readonly updatedAt: number;
}

const itemColumns = [
  'id',
  'project_id',
  'external_id',
  'data',
  'prediction',
  'confidence',
  'metadata',
  'status',
  'revision',
  'created_at',
  'updated_at',
] as const;

interface ItemRow {
  id: number;
  project_id: number;
  external_id: string | null;
  data: unknown;
  prediction: unknown;
  confidence: number | null;
  metadata: unknown;
  status: string;
  revision: number;
  created_at: number;
  updated_at: number;
}

function toItem(row: ItemRow): Item {
  return {
    id: Number(row.id),
    projectId: Number(row.project_id),
    externalId: row.external_id,
    data: readJson(row.data),
    prediction: row.prediction === null ? null : readJson(row.prediction),
    confidence: row.confidence,
    metadata: readJson(row.metadata),
    status: row.status,
    revision: row.revision,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

function filteredItems(storage: Storage, projectId: number, filter: ItemFilter, afterId: number) {
  // Qualified names: the export page joins decisions, which has columns of the same names.
  let query = storage.db.selectFrom('items').where('items.project_id', '=', projectId).where('items.id', '>', afterId);
  if (filter.status) query = query.where('items.status', '=', filter.status);
  if (filter.minConfidence !== undefined) query = query.where('items.confidence', '>=', filter.minConfidence);
  if (filter.maxConfidence !== undefined) query = query.where('items.confidence', '<=', filter.maxConfidence);
  if (filter.tag) query = query.where(hasTag(storage.engine, 'items.metadata', filter.tag));
  return query;
}

/** One page of items in id order, starting after `afterId` (keyset pagination). */
export async function selectItemsPage(
  storage: Storage,
  projectId: number,
  filter: ItemFilter,
  afterId: number,
  limit: number,
): Promise<Item[]> {
  const rows = await filteredItems(storage, projectId, filter, afterId)
    .select(itemColumns.map((column) => `items.${column}` as const))
    .orderBy('items.id')
    .limit(limit)
    .execute();
  return rows.map(toItem);
}

export async function selectItem(storage: Storage, projectId: number, itemId: number): Promise<Item | undefined> {
  const row = await storage.db
    .selectFrom('items')
    .select(itemColumns)
    .where('project_id', '=', projectId)
    .where('id', '=', itemId)
    .executeTakeFirst();
  return row ? toItem(row) : undefined;
}

/** An item with its JSON columns left as text, for streaming exports without re-serialising. */
export interface RawItemRow {
  readonly id: number;
  readonly external_id: string | null;
  readonly data: string;
  readonly prediction: string | null;
  readonly confidence: number | null;
  readonly metadata: string;
  readonly status: string;
  readonly revision: number;
  readonly created_at: number;
  readonly updated_at: number;
}

export async function selectRawItemsPage(
  storage: Storage,
  projectId: number,
  filter: ItemFilter,
  afterId: number,
  limit: number,
): Promise<RawItemRow[]> {
  const engine: Engine = storage.engine;
  const rows = await filteredItems(storage, projectId, filter, afterId)
    .select([
      'items.id',
      'items.external_id',
      jsonText(engine, 'items.data').as('data'),
      jsonText(engine, 'items.prediction').as('prediction'),
      'items.confidence',
      jsonText(engine, 'items.metadata').as('metadata'),
      'items.status',
      'items.revision',
      'items.created_at',
      'items.updated_at',
    ])
    .orderBy('items.id')
    .limit(limit)
    .execute();
  return rows as RawItemRow[];
}

/** An exported item with its current decision (null columns when it has none), JSON as text. */
export interface RawExportRow extends RawItemRow {
  readonly decision_answer: string | null;
  readonly decision_method: string | null;
  readonly decision_agreement: number | null;
  readonly decided_at: number | null;
}

/**
 * One export page: the items after `afterId` in id order, each joined with its current decision
 * in the same query (one round trip a page, however many items are decided). Only a decided item's
 * decision is exported: a re-routed item keeps its earlier decisions as history.
 */
export async function selectExportPage(
  storage: Storage,
  projectId: number,
  filter: ItemFilter,
  afterId: number,
  limit: number,
): Promise<RawExportRow[]> {
  const engine: Engine = storage.engine;
  const rows = await filteredItems(storage, projectId, filter, afterId)
    // `decisions.item_id > afterId` is implied by the join, but said out loud it bounds the
    // decisions side too: without it PostgreSQL merge-joined every page from the first decision,
    // so each page read all earlier decisions again (quadratic over an export).
    .leftJoin('decisions', (join) =>
      join
        .onRef('decisions.item_id', '=', 'items.id')
        .on('decisions.item_id', '>', afterId)
        .on('decisions.superseded_by', 'is', null)
        .on('items.status', '=', 'decided'),
    )
    .select([
      'items.id',
      'items.external_id',
      jsonText(engine, 'items.data').as('data'),
      jsonText(engine, 'items.prediction').as('prediction'),
      'items.confidence',
      jsonText(engine, 'items.metadata').as('metadata'),
      'items.status',
      'items.revision',
      'items.created_at',
      'items.updated_at',
      jsonText(engine, 'decisions.answer').as('decision_answer'),
      'decisions.method as decision_method',
      'decisions.agreement as decision_agreement',
      'decisions.created_at as decided_at',
    ])
    .orderBy('items.id')
    .limit(limit)
    .execute();
  return rows as RawExportRow[];
}

/** The current decisions of the given items, as stored JSON text (for exports). */
export async function selectRawDecisions(
  storage: Storage,
  itemIds: readonly number[],
): Promise<Map<number, { answer: string; method: string; agreement: number | null; created_at: number }>> {
  if (itemIds.length === 0) return new Map();
  const rows = await storage.db
    .selectFrom('decisions')
    .select(['item_id', jsonText(storage.engine, 'answer').as('answer'), 'method', 'agreement', 'created_at'])
    .where('item_id', 'in', itemIds)
    .where('superseded_by', 'is', null)
    .execute();
  return new Map(
    rows.map((row) => [
      Number(row.item_id),
      { ...row, answer: row.answer ?? 'null', created_at: Number(row.created_at) },
    ]),
  );
}

/** What an item holds, parsed, by external id (to tell a re-sent item from a changed one). */
export interface StoredContent {
  readonly id: number;
  readonly data: unknown;
  readonly prediction: unknown;
  readonly confidence: number | null;
  readonly metadata: unknown;
  readonly goldAnswer: unknown;
}

export async function selectStoredContent(
  db: Executor,
  projectId: number,
  externalIds: readonly string[],
): Promise<Map<string, StoredContent>> {
  const found = new Map<string, StoredContent>();
  for (const chunk of chunked(externalIds, 1_000)) {
    const rows = await db
      .selectFrom('items')
      .select(['id', 'external_id', 'data', 'prediction', 'confidence', 'metadata', 'gold_answer'])
      .where('project_id', '=', projectId)
      .where('external_id', 'in', chunk)
      .execute();
    for (const row of rows) {
      found.set(row.external_id as string, {
        id: Number(row.id),
        data: readJson(row.data),
        prediction: row.prediction === null ? null : readJson(row.prediction),
        confidence: row.confidence,
        metadata: readJson(row.metadata),
        goldAnswer: row.gold_answer === null ? null : readJson(row.gold_answer),
      });
    }
  }
  return found;
}
