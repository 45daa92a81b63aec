import { recordAudit } from '../audit/record.js';
import { jsonText, readJson } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import { TandemError, ValidationError } from '../errors.js';
import { zodIssueDetails } from '../input/zod-issues.js';
import { deleteItem } from '../items/delete.js';
import { type ExportFormat, exportRowPages } from '../items/export.js';
import type { RawItemRow } from '../items/store.js';
import type { Project } from '../projects/store.js';
import type { User } from '../users/store.js';
import { archiveItem, markGold, sendBackForReview } from './actions.js';
import { type BulkActionBody, type BulkActionReport, type ExplorerFilter, ExplorerFilterQuery } from './contracts.js';
import { filteredItems } from './query.js';

/** A bulk action takes at most this many items; narrow the filter for more. */
export const BULK_LIMIT = 10_000;

/** Parses a filter sent as query-style strings inside a body; errors name `filter.<key>`. */
export function parseFilter(raw: Record<string, string> | undefined): ExplorerFilter {
  const parsed = ExplorerFilterQuery.safeParse(raw ?? {});
  if (!parsed.success) {
    throw new ValidationError(zodIssueDetails(parsed.error.issues, ['filter']));
  }
  return parsed.data;
}

async function selectionIds(storage: Storage, project: Project, body: BulkActionBody): Promise<number[]> {
  if (body.itemIds) {
    const rows = await storage.db
      .selectFrom('items')
      .select('id')
      .where('project_id', '=', project.id)
      .where('id', 'in', [...new Set(body.itemIds)])
      .orderBy('id')
      .execute();
    return rows.map((row) => Number(row.id));
  }
  const rows = await filteredItems(storage, project.id, parseFilter(body.filter))
    .select('items.id')
    .orderBy('items.id')
    .limit(BULK_LIMIT + 1)
    .execute();
  if (rows.length > BULK_LIMIT) {
    throw new TandemError('VALIDATION_FAILED', `More than ${BULK_LIMIT} items match: narrow the filter`, [
      { path: 'filter', message: `matches more than ${BULK_LIMIT} items` },
    ]);
  }
  return rows.map((row) => Number(row.id));
}

/**
 * Runs one action over a selection (ids, or every item matching a filter). The caller says how
 * many items they saw (`confirm`); a selection that grew since is refused rather than acting on
 * items nobody looked at. Each item is its own transaction; failures are listed per item.
 */
export async function runBulkAction(
  storage: Storage,
  project: Project,
  body: BulkActionBody,
  user: User,
): Promise<BulkActionReport> {
  const ids = await selectionIds(storage, project, body);
  if (ids.length > body.confirm) {
    throw new TandemError(
      'SELECTION_CHANGED',
      `The selection now holds ${ids.length} items, not ${body.confirm}: look at it again before acting`,
      [{ path: 'confirm', message: `${ids.length} items match now` }],
    );
  }
  const skipped: BulkActionReport['skipped'] = [];
  let done = 0;
  for (const itemId of ids) {
    try {
      await actOnItem(storage, project, itemId, body.action, user);
      done += 1;
    } catch (error) {
      if (!(error instanceof TandemError)) throw error;
      skipped.push({ itemId, reason: error.message });
    }
  }
  await recordAudit(storage.db, {
    actorId: user.id,
    action: 'items.bulk_action',
    projectId: project.id,
    target: `project:${project.id}`,
    details: { action: body.action, matched: ids.length, done, skipped: skipped.length, filter: body.filter ?? null },
  });
  return { action: body.action, matched: ids.length, done, skipped };
}

async function actOnItem(
  storage: Storage,
  project: Project,
  itemId: number,
  action: BulkActionBody['action'],
  user: User,
): Promise<void> {
  if (action === 'send_back') return sendBackForReview(storage, project, itemId, user, 'bulk action');
  if (action === 'archive') return archiveItem(storage, project, itemId, user);
  if (action === 'delete') return deleteItem(storage, project, itemId, user);
  const decision = await storage.db
    .selectFrom('decisions')
    .select('answer')
    .where('item_id', '=', itemId)
    .where('superseded_by', 'is', null)
    .executeTakeFirst();
  if (!decision) throw new TandemError('ITEM_NOT_ELIGIBLE', 'no decision to take as the gold answer');
  return markGold(storage, project, itemId, user, readJson(decision.answer));
}

/** Streams the items matching the explorer filter as JSONL or CSV (the export format of GET …/export). */
export function exportSelection(
  storage: Storage,
  project: Project,
  filter: ExplorerFilter,
  format: ExportFormat,
): AsyncGenerator<string> {
  return exportRowPages(storage, format, async (afterId, limit) => {
    const rows = await filteredItems(storage, project.id, filter)
      .where('items.id', '>', afterId)
      .select([
        'items.id',
        'items.external_id',
        jsonText(storage.engine, 'items.data').as('data'),
        jsonText(storage.engine, 'items.prediction').as('prediction'),
        'items.confidence',
        jsonText(storage.engine, 'items.metadata').as('metadata'),
        'items.status',
        'items.revision',
        'items.created_at',
        'items.updated_at',
      ])
      .orderBy('items.id')
      .limit(limit)
      .execute();
    return rows.map((row) => ({ ...row, id: Number(row.id) }) as RawItemRow);
  });
}
