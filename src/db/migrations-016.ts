import { type Kysely, sql } from 'kysely';
import type { Engine } from './dialect.js';

/**
 * Issue 14: the data explorer. Full-text search over item data and the indexes its sorts and
 * filters walk on a million items.
 *
 * SQLite: a contentless FTS5 table keyed by item id, holding the string values of `data` (not its
 * keys, so searching "text" does not match every item). Triggers keep it in step with every
 * insert, upsert and delete, whoever writes. PostgreSQL: the same values as a stored generated
 * tsvector column `search` with a GIN index; it cannot drift from the row. Stored, not an
 * expression index: checking a row against a search is then cheap, and ANALYZE keeps word
 * statistics on it, so the planner picks the index for rare words and the id order for common ones.
 */
export async function createExplorerIndexes(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .createIndex('items_project_confidence')
    .on('items')
    .columns(['project_id', 'confidence', 'id'])
    .execute();
  await db.schema
    .createIndex('items_project_updated')
    .on('items')
    .columns(['project_id', 'updated_at', 'id'])
    .execute();
  await db.schema
    .createIndex('decisions_current')
    .on('decisions')
    .columns(['project_id', 'superseded_by', 'item_id'])
    .execute();
  await db.schema.createIndex('responses_user_item').on('responses').columns(['user_id', 'item_id']).execute();
  if (engine === 'postgres') {
    await sql`alter table items add column search tsvector generated always as (jsonb_to_tsvector('simple'::regconfig, data::jsonb, '["string"]'::jsonb)) stored`.execute(
      db,
    );
    await sql`create index items_search on items using gin (search)`.execute(db);
    return;
  }
  await createItemsFts(db, 'full');
}

/**
 * The SQLite search table and the triggers that keep it in step with `items`, filled from the
 * items already stored. `detail` is FTS5's: 016 made it `full`; 018 rebuilds it with `none`
 * (search needs only which items hold a word, never where: every query is prefix terms ANDed).
 */
export async function createItemsFts(db: Kysely<unknown>, detail: 'full' | 'none'): Promise<void> {
  await sql`create virtual table items_fts using fts5(body, content='', contentless_delete=1, detail=${sql.raw(detail)}, tokenize='unicode61 remove_diacritics 2')`.execute(
    db,
  );
  const body = (row: 'new' | 'items') =>
    sql.raw(`(select coalesce(group_concat(value, ' '), '') from json_tree(${row}.data) where type = 'text')`);
  await sql`insert into items_fts (rowid, body) select id, ${body('items')} from items`.execute(db);
  await sql`create trigger items_fts_insert after insert on items begin
    insert into items_fts (rowid, body) values (new.id, ${body('new')});
  end`.execute(db);
  await sql`create trigger items_fts_update after update of data on items begin
    delete from items_fts where rowid = old.id;
    insert into items_fts (rowid, body) values (new.id, ${body('new')});
  end`.execute(db);
  await sql`create trigger items_fts_delete after delete on items begin
    delete from items_fts where rowid = old.id;
  end`.execute(db);
}
