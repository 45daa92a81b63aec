import { type ExpressionBuilder, sql } from 'kysely';
import { hasTag, itemDataMatches, jsonKeyHolds, searchWords } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import type { Database } from '../db/tables.js';
import type { ExplorerFilter } from './contracts.js';

/**
 * The explorer's filter as one WHERE over `items` (issue 14). Every condition is either an index
 * walk on items (status, confidence, dates), an `exists` probe per candidate row on an indexed
 * side table (reports, responses), or a set of ids from the project's current decisions.
 */
export function filteredItems(storage: Storage, projectId: number, filter: ExplorerFilter) {
  const engine = storage.engine;
  let query = storage.db.selectFrom('items').where('items.project_id', '=', projectId);
  const words = filter.q === undefined ? [] : searchWords(filter.q);
  if (words.length > 0) query = query.where(itemDataMatches(engine, 'items.id', 'items.data', words));
  if (filter.status) query = query.where('items.status', '=', filter.status);
  if (filter.adjudication !== undefined) {
    query = query.where('items.status', filter.adjudication ? '=' : '<>', 'adjudication');
  }
  if (filter.minConfidence !== undefined) query = query.where('items.confidence', '>=', filter.minConfidence);
  if (filter.maxConfidence !== undefined) query = query.where('items.confidence', '<=', filter.maxConfidence);
  if (filter.createdFrom !== undefined) query = query.where('items.created_at', '>=', filter.createdFrom);
  if (filter.createdTo !== undefined) query = query.where('items.created_at', '<=', endOfDay(filter.createdTo));
  if (filter.updatedFrom !== undefined) query = query.where('items.updated_at', '>=', filter.updatedFrom);
  if (filter.updatedTo !== undefined) query = query.where('items.updated_at', '<=', endOfDay(filter.updatedTo));
  if (filter.tag) query = query.where(hasTag(engine, 'items.metadata', filter.tag));
  if (filter.modelVersion) {
    query = query.where(jsonKeyHolds(engine, 'items.metadata', 'modelVersion', filter.modelVersion));
  }
  if (filter.meta) query = query.where(jsonKeyHolds(engine, 'items.metadata', filter.meta.key, filter.meta.value));
  if (filter.gold !== undefined) {
    query = query.where('items.gold_answer', filter.gold ? 'is not' : 'is', null);
  }
  if (filter.reported !== undefined) {
    const openReport = (eb: ExpressionBuilder<Database, 'items'>) =>
      eb.exists(
        eb
          .selectFrom('item_reports as r')
          .select(sql`1`.as('one'))
          .whereRef('r.item_id', '=', 'items.id')
          .where('r.status', '=', 'open'),
      );
    query = query.where((eb) => (filter.reported ? openReport(eb) : eb.not(openReport(eb))));
  }
  if (filter.annotator !== undefined) {
    const annotator = filter.annotator;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('responses as resp')
          .select(sql`1`.as('one'))
          .where('resp.user_id', '=', annotator)
          .whereRef('resp.item_id', '=', 'items.id'),
      ),
    );
  }
  if (filter.label || filter.minAgreement !== undefined || filter.maxAgreement !== undefined) {
    // Driven from the project's current decisions (index decisions_current): a label few items
    // carry must not cost a probe per item of the project.
    let decided = storage.db
      .selectFrom('decisions as dec')
      .select('dec.item_id')
      .where('dec.project_id', '=', projectId)
      .where('dec.superseded_by', 'is', null);
    if (filter.label) decided = decided.where(jsonKeyHolds(engine, 'dec.answer', filter.label.key, filter.label.value));
    if (filter.minAgreement !== undefined) decided = decided.where('dec.agreement', '>=', filter.minAgreement);
    if (filter.maxAgreement !== undefined) decided = decided.where('dec.agreement', '<=', filter.maxAgreement);
    query = query.where('items.id', 'in', decided);
  }
  return query;
}

/** A date without a time (`2026-12-01`) as an upper bound means the whole of that day. */
function endOfDay(epochMs: number): number {
  return epochMs % 86_400_000 === 0 ? epochMs + 86_399_999 : epochMs;
}
