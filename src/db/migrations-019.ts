import type { Kysely } from 'kysely';
import { columnTypes, type Engine } from './dialect.js';

/**
 * Issue 14 point 2 (management screens):
 * - the webhook screen shows each delivery's last HTTP status and when it was last tried. Both
 *   null until the first attempt; `http_status` stays null when no answer came (refused target,
 *   timeout, connection error — `last_error` says which);
 * - a project member may have a role in that project (`project_members.role`); null means their
 *   own role (src/access/project-access.ts `projectStanding`).
 */
export async function addManagementColumns(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = columnTypes(engine);
  await db.schema.alterTable('webhook_deliveries').addColumn('http_status', 'integer').execute();
  await db.schema.alterTable('webhook_deliveries').addColumn('last_attempt_at', t.bigint).execute();
  await db.schema.alterTable('project_members').addColumn('role', 'text').execute();
}
