import { type Kysely, sql } from 'kysely';
import { columnTypes, type Engine } from './dialect.js';

/**
 * Issue 10 point 2: one durable jobs table (src/jobs). A job is `queued` until its `run_at`, then
 * `running` under a lease (`lease_until`; a crashed worker's job is claimed again once it lapses),
 * then `done` or — after its last attempt — `failed` with `last_error`; `cancelled` when a newer
 * queued copy with the same dedupe key replaced it.
 */
export async function createJobsTable(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = columnTypes(engine);
  await db.schema
    .createTable('jobs')
    .addColumn('id', t.id, (c) => (engine === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('key', 'text')
    .addColumn('dedupe_key', 'text')
    .addColumn('project_id', t.bigint)
    .addColumn('payload', t.json, (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('run_at', t.bigint, (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('lease_until', t.bigint)
    .addColumn('locked_by', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', t.bigint, (c) => c.notNull())
    .addColumn('started_at', t.bigint)
    .addColumn('finished_at', t.bigint)
    .execute();
  // The claim walks due jobs in run_at order; finished jobs stay out of this index.
  await sql`create index jobs_due on jobs (run_at, id) where state in ('queued', 'running')`.execute(db);
  // Per-key concurrency: at most one running job per key, enforced by the database so two
  // servers claiming at once cannot both start one (the loser's claim retries).
  await sql`create unique index jobs_running_key on jobs (key) where state = 'running' and key is not null`.execute(db);
  // Dedupe: at most one queued job per (type, dedupe key); enqueue does nothing when one waits.
  await sql`create unique index jobs_queued_dedupe on jobs (type, dedupe_key) where state = 'queued' and dedupe_key is not null`.execute(
    db,
  );
  await db.schema.createIndex('jobs_state_type').on('jobs').columns(['state', 'type', 'run_at']).execute();
  await db.schema.createIndex('jobs_project').on('jobs').columns(['project_id', 'id']).execute();
}

/**
 * Webhook deliveries move onto jobs: every pending delivery gets its `webhook.deliver` job, due
 * when its next attempt was, with the attempts it already made. `webhook_deliveries` stays the
 * record users read; the old periodic sender is gone.
 */
export async function moveWebhookDeliveriesToJobs(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const payload =
    engine === 'postgres' ? sql`json_build_object('deliveryId', d.id)` : sql`json_object('deliveryId', d.id)`;
  await sql`
    insert into jobs (type, key, project_id, payload, state, run_at, attempts, created_at)
    select 'webhook.deliver', 'webhook:' || d.webhook_id, w.project_id, ${payload}, 'queued', d.next_attempt_at,
      d.attempts, d.next_attempt_at
    from webhook_deliveries d join webhooks w on w.id = d.webhook_id
    where d.status = 'pending'`.execute(db);
}

/**
 * Issue 10 point 4: gapless event streams. `events.tx` is the writing transaction's id on
 * PostgreSQL (`pg_current_xact_id()`, 64-bit, never wraps), so readers can order events by
 * (tx, id) and stop at the snapshot horizon (see src/events/hub.ts). Older rows get 0, which
 * orders them before every new one. SQLite has one writer at a time, so ids already commit in
 * order: tx stays 0 there.
 */
export async function addEventTransactionIds(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = columnTypes(engine);
  await db.schema
    .alterTable('events')
    .addColumn('tx', t.bigint, (c) => c.notNull().defaultTo(0))
    .execute();
  if (engine === 'postgres')
    await sql`alter table events alter column tx set default (pg_current_xact_id()::text::bigint)`.execute(db);
  await db.schema.createIndex('events_tx_id').on('events').columns(['tx', 'id']).execute();
  await db.schema.createIndex('events_project_tx_id').on('events').columns(['project_id', 'tx', 'id']).execute();
}
