import { type Kysely, sql } from 'kysely';
import { columnTypes, type Engine } from './dialect.js';

/**
 * Issue #8: people can be deactivated; API tokens expire and are revoked; the web app signs in to
 * a cookie session; every change appends to a hash-chained audit log.
 */
export async function createTrustTables(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = columnTypes(engine);
  await db.schema
    .alterTable('users')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable('api_tokens').addColumn('expires_at', t.bigint).execute();
  await db.schema.alterTable('api_tokens').addColumn('revoked_at', t.bigint).execute();
  await db.schema.createIndex('api_tokens_user').on('api_tokens').columns(['user_id', 'id']).execute();

  // Web sessions (a cookie) and short-lived event-stream tickets; only hashes are stored.
  await db.schema
    .createTable('sessions')
    .addColumn('id', t.id, (c) => (engine === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', t.bigint, (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('project_id', t.bigint)
    .addColumn('created_at', t.bigint, (c) => c.notNull())
    .addColumn('expires_at', t.bigint, (c) => c.notNull())
    .addColumn('last_seen_at', t.bigint, (c) => c.notNull())
    .execute();

  // The audit log. A record is written in the transaction of the change it describes; `seq`,
  // `prev_hash` and `hash` are filled later by the sealer (src/audit/seal.ts).
  await db.schema
    .createTable('audit_log')
    .addColumn('id', t.id, (c) => (engine === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
    .addColumn('created_at', t.bigint, (c) => c.notNull())
    .addColumn('actor_id', t.bigint)
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('project_id', t.bigint)
    .addColumn('target', 'text')
    .addColumn('details', t.json, (c) => c.notNull())
    .addColumn('seq', t.bigint, (c) => c.unique())
    .addColumn('prev_hash', 'text')
    .addColumn('hash', 'text')
    .execute();
  await db.schema.createIndex('audit_log_project').on('audit_log').columns(['project_id', 'id']).execute();
  await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor_id', 'id']).execute();
  await db.schema.createIndex('audit_log_target').on('audit_log').columns(['target', 'id']).execute();
  await db.schema
    .createIndex('audit_log_unsealed')
    .on('audit_log')
    .column('id')
    .where(sql.ref('seq'), 'is', null)
    .execute();
}
