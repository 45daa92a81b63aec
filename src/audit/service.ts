import { readJson } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import { NotFoundError, TandemError } from '../errors.js';
import { findProject } from '../projects/store.js';
import type { AuditRecordView, ListAuditQuery } from './contracts.js';

/**
 * Audit records, newest first, filtered and paged. `projectId` pins the project (a manager's view
 * of their project); otherwise `query.project` may name one.
 */
export async function listAudit(
  storage: Storage,
  query: ListAuditQuery,
  projectId?: number,
): Promise<{ records: AuditRecordView[]; nextCursor: string | null }> {
  let pinned = projectId;
  if (pinned === undefined && query.project !== undefined) {
    const project = await findProject(storage, query.project);
    if (!project) throw new NotFoundError('PROJECT_NOT_FOUND', `No project "${query.project}"`);
    pinned = project.id;
  }
  let select = storage.db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .leftJoin('projects as p', 'p.id', 'a.project_id')
    .select([
      'a.id',
      'a.seq',
      'a.created_at',
      'a.actor_id',
      'u.username',
      'a.action',
      'a.project_id',
      'p.slug',
      'a.target',
      'a.details',
      'a.hash',
    ]);
  if (pinned !== undefined) select = select.where('a.project_id', '=', pinned);
  if (query.actor !== undefined) select = select.where('a.actor_id', '=', query.actor);
  if (query.action !== undefined) select = select.where('a.action', '=', query.action);
  if (query.target !== undefined) select = select.where('a.target', '=', query.target);
  if (query.since !== undefined) select = select.where('a.created_at', '>=', Date.parse(query.since));
  if (query.until !== undefined) select = select.where('a.created_at', '<', Date.parse(query.until));
  if (query.cursor !== undefined) select = select.where('a.id', '<', decodeCursor(query.cursor));
  const rows = await select
    .orderBy('a.id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    records: page.map((row) => ({
      id: Number(row.id),
      seq: row.seq === null ? null : Number(row.seq),
      createdAt: new Date(Number(row.created_at)).toISOString(),
      actor: row.actor_id === null ? null : { id: Number(row.actor_id), username: row.username ?? '' },
      action: row.action,
      project: row.project_id === null ? null : { id: Number(row.project_id), slug: row.slug ?? '' },
      target: row.target,
      details: readJson<Record<string, unknown>>(row.details),
      hash: row.hash,
    })),
    nextCursor: rows.length > query.limit && last ? Buffer.from(`before:${last.id}`).toString('base64url') : null,
  };
}

function decodeCursor(cursor: string): number {
  const match = /^before:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match?.[1]) {
    throw new TandemError('INVALID_CURSOR', 'cursor is not one this server issued', [
      { path: 'cursor', message: 'pass nextCursor from a previous page unchanged' },
    ]);
  }
  return Number(match[1]);
}
