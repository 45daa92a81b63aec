import type { Kysely } from 'kysely';
import { columnTypes, type Engine } from './dialect.js';

/**
 * Issue 15 point 4: notifications. `notification_channels` are a project's Slack-compatible
 * webhooks and its email channel (the Slack URL is a secret: never sent back by the API);
 * `notification_settings` is one row per person who set an email address or opted out of
 * channels or events.
 */
export async function createNotificationTables(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = columnTypes(engine);
  await db.schema
    .createTable('notification_channels')
    .addColumn('id', t.id, (c) => (engine === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
    .addColumn('project_id', t.bigint, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('events', t.json, (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_by', t.bigint, (c) => c.notNull())
    .addColumn('created_at', t.bigint, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('notification_channels_project')
    .on('notification_channels')
    .columns(['project_id', 'active'])
    .execute();
  await db.schema
    .createTable('notification_settings')
    .addColumn('user_id', t.bigint, (c) => c.primaryKey())
    .addColumn('email', 'text')
    .addColumn('muted_events', t.json, (c) => c.notNull())
    .addColumn('muted_channels', t.json, (c) => c.notNull())
    .addColumn('updated_at', t.bigint, (c) => c.notNull())
    .execute();
}
