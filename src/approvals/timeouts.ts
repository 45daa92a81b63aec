import type { Storage } from '../db/storage.js';
import { recordDecision } from '../decisions/resolve.js';
import { appendEvents } from '../events/outbox.js';
import { defineJob } from '../jobs/registry.js';
import { enqueueApprovalNotifications } from '../notifications/enqueue.js';
import { findProject } from '../projects/store.js';
import { cancelQueuedTasks, insertTasks } from '../queue/store.js';
import { policyOf } from '../routing/store.js';

/**
 * Applies approval timeouts: an item still undecided at its deadline gets the project's default
 * outcome — approve or reject (a decision with method "timeout"), or escalate (its open slots are
 * withdrawn and one slot for the escalation role opens with a fresh deadline; if that also runs
 * out, the action is rejected). Safe with several servers: each item is taken by one conditional
 * update. Returns the items decided, for awaiting callers.
 */
export async function applyApprovalTimeouts(storage: Storage, now = Date.now()): Promise<number[]> {
  const due = await storage.db
    .selectFrom('items')
    .select(['id', 'project_id', 'external_id', 'status'])
    .where('deadline_at', '<=', now)
    .where('status', 'in', ['queued', 'adjudication'])
    .orderBy('deadline_at')
    .limit(200)
    .execute();
  const decided: number[] = [];
  for (const row of due) {
    const itemId = Number(row.id);
    const project = await findProject(storage, String(row.project_id));
    if (!project) continue;
    const { version, policy } = await policyOf(storage, project);
    const approval = policy.approval;
    const question = project.labelSchema.questions.find((q) => q.type === 'approval');
    if (!approval || !question) continue;
    const escalateNow = approval.defaultOutcome === 'escalate' && row.status === 'queued';
    const outcome = approval.defaultOutcome === 'approve' ? 'approve' : 'reject';
    const wasDecided = await storage.db.transaction().execute(async (trx) => {
      const taken = await trx
        .updateTable('items')
        .set({
          updated_at: now,
          ...(escalateNow ? { status: 'adjudication', deadline_at: now + approval.timeoutSeconds * 1_000 } : {}),
        })
        .where('id', '=', itemId)
        .where('deadline_at', '<=', now)
        .where('status', 'in', ['queued', 'adjudication'])
        .executeTakeFirst();
      if (Number(taken.numUpdatedRows) !== 1) return false; // another server got there first
      await appendEvents(
        trx,
        [
          {
            projectId: project.id,
            type: 'item.timed_out',
            payload: { itemId, externalId: row.external_id, escalated: escalateNow },
          },
        ],
        now,
      );
      await enqueueApprovalNotifications(
        trx,
        project.id,
        [itemId],
        escalateNow ? 'approval.escalated' : 'approval.timed_out',
        now,
      );
      if (escalateNow) {
        await cancelQueuedTasks(trx, [itemId]);
        await insertTasks(
          trx,
          [
            {
              projectId: project.id,
              itemId,
              phase: 'adjudication',
              role: approval.escalateRole,
              priority: 200,
              audit: false,
            },
          ],
          now,
        );
        return false;
      }
      const answer =
        outcome === 'approve'
          ? { decision: 'approve' }
          : { decision: 'reject', reason: `No decision within ${approval.timeoutSeconds} s (default outcome)` };
      await recordDecision(
        trx,
        {
          itemId,
          projectId: project.id,
          answer: { [question.name]: answer },
          method: 'timeout',
          agreement: null,
          responseIds: [],
          policyVersion: version,
          decidedBy: null,
          reason: `timed out after ${approval.timeoutSeconds} s`,
        },
        row.external_id,
        now,
      );
      return true;
    });
    if (wasDecided) decided.push(itemId);
  }
  return decided;
}

declare module '../jobs/registry.js' {
  interface JobPayloads {
    'approvals.timeouts': Record<string, never>;
  }
}

/** Recurring: applies due timeouts every second and wakes the callers waiting on those items. */
export const approvalTimeoutsJob = defineJob({
  type: 'approvals.timeouts',
  everyMs: 1_000,
  // A failed round is simply the next round's work; its error stays on the job row.
  maxAttempts: 1,
  run: async ({ storage, services }) => services.notifier.publish(await applyApprovalTimeouts(storage)),
});
