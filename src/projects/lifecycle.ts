import { recordAudit } from '../audit/record.js';
import type { Executor } from '../db/executor.js';
import type { Storage } from '../db/storage.js';
import { TandemError } from '../errors.js';
import type { User } from '../users/store.js';
import { type Project, setProjectArchived } from './store.js';

/**
 * A project's life after creation (issue 9, point 19):
 * - **archived**: read-only. Items, responses and decisions stay and can still be read and
 *   exported; the project leaves project lists (`?archived=true` shows it), nobody can claim its
 *   tasks and no items can be added. Held leases may still be submitted (nothing is lost).
 *   Unarchiving restores everything as it was, open slots included.
 * - **deleted**: only an archived project can be deleted. Its items, tasks, responses, decisions,
 *   policies, members, webhooks, events and reports are removed for good (export first); the
 *   audit log keeps its records, ending with `project.deleted`.
 */
export function assertProjectOpen(project: Project, doing: string): void {
  if (project.archivedAt === null) return;
  throw new TandemError(
    'PROJECT_ARCHIVED',
    `Project "${project.slug}" is archived: ${doing} is not possible. A manager can unarchive it.`,
  );
}

export async function archiveProject(storage: Storage, project: Project, actor: User): Promise<Project> {
  if (project.archivedAt !== null) return project;
  return setArchived(storage, project, Date.now(), actor, 'project.archived');
}

export async function unarchiveProject(storage: Storage, project: Project, actor: User): Promise<Project> {
  if (project.archivedAt === null) return project;
  return setArchived(storage, project, null, actor, 'project.unarchived');
}

async function setArchived(
  storage: Storage,
  project: Project,
  archivedAt: number | null,
  actor: User,
  action: 'project.archived' | 'project.unarchived',
): Promise<Project> {
  const now = Date.now();
  return storage.db.transaction().execute(async (trx) => {
    const updated = await setProjectArchived(trx, project.id, archivedAt, now);
    await recordAudit(
      trx,
      { actorId: actor.id, action, projectId: project.id, target: `project:${project.id}`, details: {} },
      now,
    );
    return updated;
  });
}

/** Deletes an archived project and everything in it, in one transaction; answers what went. */
export async function deleteProject(storage: Storage, project: Project, actor: User): Promise<{ items: number }> {
  if (project.archivedAt === null) {
    throw new TandemError(
      'PROJECT_NOT_ARCHIVED',
      `Archive project "${project.slug}" before deleting it (POST …/archive): deleting removes its items and decisions for good`,
    );
  }
  const now = Date.now();
  return storage.db.transaction().execute(async (trx) => {
    const items = await deleteProjectRows(trx, project.id);
    await recordAudit(
      trx,
      {
        actorId: actor.id,
        action: 'project.deleted',
        projectId: project.id,
        target: `project:${project.id}`,
        details: { slug: project.slug, name: project.name, items },
      },
      now,
    );
    return { items };
  });
}

/** Every row that belongs to the project, children before parents; the audit log stays. */
async function deleteProjectRows(trx: Executor, projectId: number): Promise<number> {
  const itemsOf = trx.selectFrom('items').select('id').where('project_id', '=', projectId);
  const webhooksOf = trx.selectFrom('webhooks').select('id').where('project_id', '=', projectId);
  await trx.deleteFrom('task_skips').where('item_id', 'in', itemsOf).execute();
  await trx.deleteFrom('tasks').where('project_id', '=', projectId).execute();
  await trx.deleteFrom('claim_cursors').where('project_id', '=', projectId).execute();
  await trx.deleteFrom('claim_people').where('project_id', '=', projectId).execute();
  await trx.deleteFrom('responses').where('project_id', '=', projectId).execute();
  await trx.deleteFrom('decisions').where('project_id', '=', projectId).execute();
  await trx.deleteFrom('item_reports').where('project_id', '=', projectId).execute();
  await trx.deleteFrom('jobs').where('project_id', '=', projectId).execute();
  await trx.deleteFrom('consensus_fits').where('project_id', '=', projectId).execute();
  const snapshotsOf = trx.selectFrom('snapshots').select('id').where('project_id', '=', projectId);
  await trx.deleteFrom('snapshot_items').where('snapshot_id', 'in', snapshotsOf).execute();
  await trx.deleteFrom('snapshots').where('project_id', '=', projectId).execute();
  await trx.deleteFrom('models').where('project_id', '=', projectId).execute();
  await trx.deleteFrom('trace_verdicts').where('project_id', '=', projectId).execute();
  await trx.deleteFrom('trace_sample_counts').where('project_id', '=', projectId).execute();
  await trx.deleteFrom('traces').where('project_id', '=', projectId).execute();
  await trx.deleteFrom('sampling_policies').where('project_id', '=', projectId).execute();
  await trx.deleteFrom('ml_backends').where('project_id', '=', projectId).execute();
  const judgesOf = trx.selectFrom('judges').select('id').where('project_id', '=', projectId);
  await trx.deleteFrom('judge_runs').where('project_id', '=', projectId).execute();
  await trx.deleteFrom('judge_versions').where('judge_id', 'in', judgesOf).execute();
  await trx.deleteFrom('judges').where('project_id', '=', projectId).execute();
  await trx.deleteFrom('judge_thresholds').where('project_id', '=', projectId).execute();
  for (const table of [
    'eval_pairwise_items',
    'eval_pairwise',
    'eval_scores',
    'eval_outputs',
    'eval_runs',
    'golden_entries',
    'golden_set_versions',
    'golden_sets',
  ] as const) {
    await trx.deleteFrom(table).where('project_id', '=', projectId).execute();
  }
  await trx.deleteFrom('webhook_deliveries').where('webhook_id', 'in', webhooksOf).execute();
  await trx.deleteFrom('webhooks').where('project_id', '=', projectId).execute();
  await trx.deleteFrom('notification_channels').where('project_id', '=', projectId).execute();
  await trx.deleteFrom('events').where('project_id', '=', projectId).execute();
  await trx.deleteFrom('annotator_states').where('project_id', '=', projectId).execute();
  await trx.deleteFrom('sessions').where('project_id', '=', projectId).execute();
  await trx.deleteFrom('project_members').where('project_id', '=', projectId).execute();
  await trx.deleteFrom('policies').where('project_id', '=', projectId).execute();
  const items = await trx.deleteFrom('items').where('project_id', '=', projectId).executeTakeFirst();
  await trx.deleteFrom('projects').where('id', '=', projectId).execute();
  return Number(items.numDeletedRows);
}
