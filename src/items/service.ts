import type { Storage } from '../db/storage.js';
import type { Decision } from '../decisions/store.js';
import { NotFoundError, TandemError, ValidationError } from '../errors.js';
import { assertProjectOpen } from '../projects/lifecycle.js';
import type { Project } from '../projects/store.js';
import type { IngestReport, ItemFilter, ItemView } from './contracts.js';
import { ingestRows } from './ingest.js';
import { type Item, selectItem, selectItemsPage } from './store.js';

/**
 * Adds one item (or updates the item with the same external id). Bad input fails the whole call:
 * VALIDATION_FAILED for shape, SCHEMA_MISMATCH when the prediction does not fit the label schema.
 */
export async function addItem(
  storage: Storage,
  project: Project,
  input: unknown,
  actorId: number | null = null,
): Promise<{ item: Item; created: boolean; decision: Decision | undefined }> {
  assertProjectOpen(project, 'adding items');
  const outcome = await ingestRows(storage, project, [input], 0, actorId);
  const result = outcome.results[0];
  if (!result) {
    const details = outcome.errors.map(({ path, message }) => ({ path, message }));
    if (outcome.errors.every((error) => error.code === 'SCHEMA_MISMATCH')) {
      throw new TandemError(
        'SCHEMA_MISMATCH',
        `The prediction does not fit the label schema: ${details[0]?.path}: ${details[0]?.message}`,
        details,
      );
    }
    throw new ValidationError(details);
  }
  const item = outcome.createdItems.get(result.id) ?? (await selectItem(storage, project.id, result.id));
  if (!item) throw new Error(`item ${result.id} vanished after insert`);
  return { item, created: result.status === 'created', decision: outcome.decisions[0] };
}

/** Adds up to 10,000 items; good rows are stored, bad rows reported with their paths. */
export async function addItemsBatch(
  storage: Storage,
  project: Project,
  rows: readonly unknown[],
  actorId: number | null = null,
): Promise<IngestReport> {
  assertProjectOpen(project, 'adding items');
  const outcome = await ingestRows(storage, project, rows, 0, actorId);
  return {
    received: rows.length,
    created: outcome.results.filter((r) => r.status === 'created').length,
    updated: outcome.results.filter((r) => r.status === 'updated').length,
    rejected: outcome.rejected,
    items: outcome.results,
    errors: outcome.errors,
  };
}

export async function getItem(storage: Storage, project: Project, itemId: number): Promise<Item> {
  const item = await selectItem(storage, project.id, itemId);
  if (!item) throw new NotFoundError('ITEM_NOT_FOUND', `No item ${itemId} in project "${project.slug}"`);
  return item;
}

export interface ItemPage {
  readonly items: Item[];
  readonly nextCursor: string | null;
}

/** Lists items in id order, `limit` at a time; the cursor is opaque to clients. */
export async function listItems(
  storage: Storage,
  project: Project,
  filter: ItemFilter,
  page: { limit: number; cursor?: string | undefined },
): Promise<ItemPage> {
  const afterId = page.cursor === undefined ? 0 : decodeCursor(page.cursor);
  const items = await selectItemsPage(storage, project.id, filter, afterId, page.limit + 1);
  const hasMore = items.length > page.limit;
  const shown = hasMore ? items.slice(0, page.limit) : items;
  const last = shown.at(-1);
  return { items: shown, nextCursor: hasMore && last ? encodeCursor(last.id) : null };
}

export function toItemView(item: Item): ItemView {
  return {
    id: item.id,
    projectId: item.projectId,
    externalId: item.externalId,
    data: item.data,
    prediction: item.prediction,
    confidence: item.confidence,
    metadata: item.metadata,
    status: item.status,
    revision: item.revision,
    createdAt: new Date(item.createdAt).toISOString(),
    updatedAt: new Date(item.updatedAt).toISOString(),
  };
}

function encodeCursor(id: number): string {
  return Buffer.from(`after:${id}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^after:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match?.[1]) {
    throw new TandemError('INVALID_CURSOR', 'cursor is not one this server issued', [
      { path: 'cursor', message: 'pass nextCursor from a previous page unchanged' },
    ]);
  }
  return Number(match[1]);
}
