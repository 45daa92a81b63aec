import type { Kysely } from 'kysely';
import { columnTypes, type Engine } from './dialect.js';

/**
 * Issue 13 review: the review items each "send to people" created (`eval_pairwise_items`), so
 * the human win rate counts those items only, not any item whose external id looks like a pair.
 * `project_id` is the evaluated project (deleted with it, like `eval_pairwise`).
 */
export async function createEvalPairwiseItems(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = columnTypes(engine);
  await db.schema
    .createTable('eval_pairwise_items')
    .addColumn('pairwise_id', t.bigint, (c) => c.notNull())
    .addColumn('item_id', t.bigint, (c) => c.notNull())
    .addColumn('project_id', t.bigint, (c) => c.notNull())
    .addPrimaryKeyConstraint('eval_pairwise_items_pk', ['pairwise_id', 'item_id'])
    .execute();
}
