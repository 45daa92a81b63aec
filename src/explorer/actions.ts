import { recordAudit } from '../audit/record.js';
import type { Executor } from '../db/executor.js';
import type { Storage } from '../db/storage.js';
import { formatPath, TandemError } from '../errors.js';
import { assertProjectOpen } from '../projects/lifecycle.js';
import type { Project } from '../projects/store.js';
import { cancelQueuedTasks, insertTasks, selectItemTasks } from '../queue/store.js';
import { validateAnswer } from '../schemas/index.js';
import type { WorkRole } from '../users/contracts.js';
import type { User } from '../users/store.js';

/**
 * What a manager does to one item from the explorer (issue 14). Each runs in its own transaction
 * with its audit record, so a bulk action over thousands of items reports per item instead of
 * failing halfway.
 */

async function lockedItem(trx: Executor, project: Project, itemId: number) {
  const item = await trx
    .selectFrom('items')
    .select(['id', 'status', 'gold_answer', 'data'])
    .where('id', '=', itemId)
    .where('project_id', '=', project.id)
    .executeTakeFirst();
  if (!item) throw new TandemError('ITEM_NOT_FOUND', `No item ${itemId} in project "${project.slug}"`);
  return item;
}

/**
 * Sends the item back for review: one fresh review slot (for someone who has not answered it —
 * the queue's one-slot-per-person rule), status `queued`. The current decision stays until the
 * new answer closes the phase again, when consensus over all review answers replaces it.
 */
export async function sendBackForReview(
  storage: Storage,
  project: Project,
  itemId: number,
  user: User,
  reason: string | null,
): Promise<void> {
  assertProjectOpen(project, 'sending items back');
  const now = Date.now();
  await storage.db.transaction().execute(async (trx) => {
    const item = await lockedItem(trx, project, itemId);
    if (item.status === 'gold' || item.status === 'reported') {
      throw new TandemError(
        'ITEM_NOT_ELIGIBLE',
        item.status === 'gold'
          ? `Item ${itemId} is a gold item: gold items are not reviewed`
          : `Item ${itemId} has an open problem report: resolve it first`,
      );
    }
    const reviews = await selectItemTasks(trx, itemId, 'review');
    const role: WorkRole = reviews[0]?.role ?? 'annotator';
    // Open adjudication or review slots stay; the fresh slot joins them.
    await insertTasks(trx, [{ projectId: project.id, itemId, phase: 'review', role, priority: 50, audit: false }], now);
    await trx.updateTable('items').set({ status: 'queued', updated_at: now }).where('id', '=', itemId).execute();
    await recordAudit(
      trx,
      {
        actorId: user.id,
        action: 'item.sent_back',
        projectId: project.id,
        target: `item:${itemId}`,
        details: { from: item.status, role, reason },
      },
      now,
    );
  });
}

/**
 * Makes the item a gold item with this known answer (checked against the label schema): it
 * leaves the ordinary queue and is mixed into people's work to measure them.
 */
export async function markGold(
  storage: Storage,
  project: Project,
  itemId: number,
  user: User,
  answer: Record<string, unknown>,
): Promise<void> {
  assertProjectOpen(project, 'marking gold items');
  const now = Date.now();
  await storage.db.transaction().execute(async (trx) => {
    const item = await lockedItem(trx, project, itemId);
    const data = (typeof item.data === 'string' ? JSON.parse(item.data) : item.data) as Record<string, unknown>;
    const issues = validateAnswer(project.labelSchema, answer, data);
    if (issues.length > 0) {
      const details = issues.map((issue) => ({ path: formatPath(['answer', ...issue.path]), message: issue.message }));
      throw new TandemError(
        'SCHEMA_MISMATCH',
        `The answer does not fit the label schema: ${details[0]?.message}`,
        details,
      );
    }
    await cancelQueuedTasks(trx, [itemId]);
    await trx
      .updateTable('items')
      .set({ status: 'gold', gold_answer: JSON.stringify(answer), updated_at: now })
      .where('id', '=', itemId)
      .execute();
    await recordAudit(
      trx,
      {
        actorId: user.id,
        action: 'item.gold_set',
        projectId: project.id,
        target: `item:${itemId}`,
        details: { from: item.status, answer },
      },
      now,
    );
  });
}

/** Takes the item out of the queue for good, keeping it, its answers and its decision. */
export async function archiveItem(storage: Storage, project: Project, itemId: number, user: User): Promise<void> {
  const now = Date.now();
  await storage.db.transaction().execute(async (trx) => {
    const item = await lockedItem(trx, project, itemId);
    if (item.status === 'archived') return;
    await cancelQueuedTasks(trx, [itemId]);
    await trx.updateTable('items').set({ status: 'archived', updated_at: now }).where('id', '=', itemId).execute();
    await recordAudit(
      trx,
      {
        actorId: user.id,
        action: 'item.archived',
        projectId: project.id,
        target: `item:${itemId}`,
        details: { from: item.status },
      },
      now,
    );
  });
}
