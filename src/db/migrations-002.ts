import { type Kysely, sql } from 'kysely';
import { columnTypes, type Engine } from './dialect.js';

/** Issue #3: people, policies, tasks (one row per review slot), responses, decisions, events. */
export async function createWorkEngineTables(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = columnTypes(engine);
  const id = (c: import('kysely').ColumnDefinitionBuilder) =>
    engine === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey();

  await db.schema
    .createTable('users')
    .addColumn('id', t.id, id)
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_at', t.bigint, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('api_tokens')
    .addColumn('id', t.id, id)
    .addColumn('user_id', t.bigint, (c) => c.notNull().references('users.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', t.bigint, (c) => c.notNull())
    .addColumn('last_used_at', t.bigint)
    .execute();

  await db.schema
    .createTable('policies')
    .addColumn('id', t.id, id)
    .addColumn('project_id', t.bigint, (c) => c.notNull().references('projects.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('policy', t.json, (c) => c.notNull())
    .addColumn('created_by', t.bigint)
    .addColumn('created_at', t.bigint, (c) => c.notNull())
    .addUniqueConstraint('policies_project_version', ['project_id', 'version'])
    .execute();
  await db.schema.alterTable('projects').addColumn('policy_version', 'integer').execute();
  // Approval projects: when the item must be decided by; the timeout sweeper reads it.
  await db.schema.alterTable('items').addColumn('deadline_at', t.bigint).execute();
  await db.schema
    .createIndex('items_deadline')
    .on('items')
    .column('deadline_at')
    .where(sql.ref('deadline_at'), 'is not', null)
    .execute();

  // One row per slot: an item reviewed by k people has k rows. `available_at` is when the slot
  // can next be claimed: creation time while open, lease expiry while claimed — so "claimable"
  // is the single condition available_at <= now and expired leases need no sweeper.
  await db.schema
    .createTable('tasks')
    .addColumn('id', t.id, id)
    .addColumn('project_id', t.bigint, (c) => c.notNull())
    .addColumn('item_id', t.bigint, (c) => c.notNull().references('items.id'))
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('priority', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('audit', 'integer', (c) => c.notNull())
    .addColumn('available_at', t.bigint, (c) => c.notNull())
    .addColumn('claimed_by', t.bigint)
    .addColumn('claimed_at', t.bigint)
    .addColumn('completed_at', t.bigint)
    .addColumn('created_at', t.bigint, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('tasks_queue')
    .on('tasks')
    .columns(['project_id', 'priority desc', 'id'])
    .where(sql.ref('state'), '=', 'queued')
    .execute();
  await db.schema.createIndex('tasks_item').on('tasks').columns(['item_id', 'phase']).execute();
  // No person holds or answers two slots of the same item in one phase, whatever the race.
  await db.schema
    .createIndex('tasks_item_person')
    .on('tasks')
    .columns(['item_id', 'phase', 'claimed_by'])
    .unique()
    .execute();
  await db.schema
    .createIndex('tasks_held')
    .on('tasks')
    .columns(['claimed_by', 'available_at'])
    .where(sql.ref('state'), '=', 'queued')
    .execute();
  await db.schema
    .createTable('task_skips')
    .addColumn('item_id', t.bigint, (c) => c.notNull())
    .addColumn('user_id', t.bigint, (c) => c.notNull())
    .addColumn('created_at', t.bigint, (c) => c.notNull())
    .addPrimaryKeyConstraint('task_skips_pk', ['item_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('responses')
    .addColumn('id', t.id, id)
    .addColumn('task_id', t.bigint, (c) => c.notNull().unique())
    .addColumn('item_id', t.bigint, (c) => c.notNull())
    .addColumn('project_id', t.bigint, (c) => c.notNull())
    .addColumn('user_id', t.bigint, (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('answer', t.json, (c) => c.notNull())
    .addColumn('time_spent_ms', t.bigint)
    .addColumn('idempotency_key', 'text')
    .addColumn('created_at', t.bigint, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('responses_item').on('responses').columns(['item_id', 'id']).execute();
  await db.schema
    .createIndex('responses_idempotency')
    .on('responses')
    .columns(['user_id', 'idempotency_key'])
    .unique()
    .execute();

  await db.schema
    .createTable('decisions')
    .addColumn('id', t.id, id)
    .addColumn('item_id', t.bigint, (c) => c.notNull())
    .addColumn('project_id', t.bigint, (c) => c.notNull())
    .addColumn('answer', t.json, (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('agreement', t.real)
    .addColumn('response_ids', t.json, (c) => c.notNull())
    .addColumn('policy_version', 'integer')
    .addColumn('decided_by', t.bigint)
    .addColumn('reason', 'text')
    .addColumn('superseded_by', t.bigint)
    .addColumn('created_at', t.bigint, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('decisions_item').on('decisions').columns(['item_id', 'id']).execute();

  await db.schema
    .createTable('events')
    .addColumn('id', t.id, id)
    .addColumn('project_id', t.bigint, (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('payload', t.json, (c) => c.notNull())
    .addColumn('created_at', t.bigint, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('events_project').on('events').columns(['project_id', 'id']).execute();
  await db.schema
    .createTable('webhooks')
    .addColumn('id', t.id, id)
    .addColumn('project_id', t.bigint, (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('event_types', t.json, (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.bigint, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', t.id, id)
    .addColumn('webhook_id', t.bigint, (c) => c.notNull())
    .addColumn('event_id', t.bigint, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', t.bigint, (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('delivered_at', t.bigint)
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_due')
    .on('webhook_deliveries')
    .columns(['next_attempt_at'])
    .where(sql.ref('status'), '=', 'pending')
    .execute();
}
