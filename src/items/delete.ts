import { recordAudit } from '../audit/record.js';
import { readJson } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import type { Project } from '../projects/store.js';
import type { User } from '../users/store.js';
import { getItem } from './service.js';

/**
 * Deletes an item for good (issue 9, point 19): its tasks (a held lease is lost: the holder's
 * submit answers TASK_NOT_FOUND), responses, decisions and reports go with it, so later exports
 * and statistics no longer count it. The audit record keeps what was deleted: the external id,
 * the status and the current decision.
 */
export async function deleteItem(storage: Storage, project: Project, itemId: number, actor: User): Promise<void> {
  const item = await getItem(storage, project, itemId);
  const now = Date.now();
  await storage.db.transaction().execute(async (trx) => {
    const decision = await trx
      .selectFrom('decisions')
      .select(['method', 'answer'])
      .where('item_id', '=', itemId)
      .where('superseded_by', 'is', null)
      .executeTakeFirst();
    const responses = await trx.deleteFrom('responses').where('item_id', '=', itemId).executeTakeFirst();
    await trx.deleteFrom('task_skips').where('item_id', '=', itemId).execute();
    await trx.deleteFrom('tasks').where('item_id', '=', itemId).execute();
    await trx.deleteFrom('decisions').where('item_id', '=', itemId).execute();
    await trx.deleteFrom('item_reports').where('item_id', '=', itemId).execute();
    await trx.deleteFrom('items').where('id', '=', itemId).execute();
    await recordAudit(
      trx,
      {
        actorId: actor.id,
        action: 'item.deleted',
        projectId: project.id,
        target: `item:${itemId}`,
        details: {
          externalId: item.externalId,
          status: item.status,
          responses: Number(responses.numDeletedRows),
          decision: decision ? { method: decision.method, answer: readJson(decision.answer) } : null,
        },
      },
      now,
    );
  });
}
