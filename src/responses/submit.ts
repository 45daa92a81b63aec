import { z } from 'zod';
import { recordAudit } from '../audit/record.js';
import { isUniqueViolation } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import { closePhaseIfComplete } from '../decisions/resolve.js';
import type { Decision } from '../decisions/store.js';
import { formatPath, TandemError } from '../errors.js';
import { appendEvents } from '../events/outbox.js';
import { getItem } from '../items/service.js';
import { getProject } from '../projects/service.js';
import { matchesAnswer, selectGoldAnswer } from '../quality/gold.js';
import { requestRefit } from '../quality/refit.js';
import { pauseIfUntrusted } from '../quality/standing.js';
import { getTask, leaseLost } from '../queue/service.js';
import { policyOf } from '../routing/store.js';
import { validateAnswer } from '../schemas/index.js';
import type { User } from '../users/store.js';
import { answerTask, type StoredResponse, selectResponseByKey, selectResponseByTask } from './store.js';

export const SubmitTaskBody = z
  .object({
    answer: z.record(z.string(), z.unknown()).describe('Answers keyed by question name'),
    timeSpentMs: z.number().int().min(0).max(86_400_000).optional(),
    idempotencyKey: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe('Send the same key when retrying: the submit then counts once'),
  })
  .strict();
export type SubmitTaskBody = z.infer<typeof SubmitTaskBody>;

export interface SubmitResult {
  readonly response: StoredResponse;
  /** True when this call replayed an earlier submit with the same idempotency key. */
  readonly replayed: boolean;
  readonly decision?: Decision;
  readonly adjudication?: boolean;
  /** Where the item stands after this answer, read in the submit's transaction. */
  readonly itemStatus?: 'queued' | 'adjudication' | 'decided';
}

/**
 * Records a person's answer to a task. Checked against the label schema; counted once per
 * idempotency key; accepted after the lease expired only while the slot is still free. When the
 * item's last slot is answered, consensus (or adjudication) runs in the same transaction.
 */
export async function submitTask(
  storage: Storage,
  taskId: number,
  user: User,
  body: SubmitTaskBody,
  now = Date.now(),
): Promise<SubmitResult> {
  if (body.idempotencyKey) {
    const earlier = await selectResponseByKey(storage.db, user.id, body.idempotencyKey);
    if (earlier) {
      if (earlier.taskId !== taskId) {
        throw new TandemError('VALIDATION_FAILED', 'This idempotency key was already used for another task', [
          { path: 'idempotencyKey', message: `used for task ${earlier.taskId}` },
        ]);
      }
      return { response: earlier, replayed: true };
    }
  }
  const task = await getTask(storage, taskId);
  const project = await getProject(storage, String(task.projectId));
  const item = await getItem(storage, project, task.itemId);
  const issues = validateAnswer(project.labelSchema, body.answer, item.data);
  if (issues.length > 0) {
    const details = issues.map((issue) => ({ path: formatPath(['answer', ...issue.path]), message: issue.message }));
    throw new TandemError(
      'SCHEMA_MISMATCH',
      `The answer does not fit the label schema: ${details[0]?.path}: ${details[0]?.message}`,
      details,
    );
  }
  const policy = await policyOf(storage, project);
  const gold = task.phase === 'gold' ? await selectGoldAnswer(storage, task.itemId) : null;
  const shown = policy.policy.blind ? null : item.prediction;
  const facts = {
    goldCorrect: gold ? matchesAnswer(body.answer, gold) : null,
    prelabelMatch: shown ? matchesAnswer(body.answer, shown) : null,
    prelabelWrong: gold && shown ? !matchesAnswer(shown, gold) : null,
  };

  try {
    return await storage.db.transaction().execute(async (trx) => {
      const response = await answerTask(
        trx,
        storage.engine,
        {
          taskId,
          itemId: task.itemId,
          projectId: project.id,
          userId: user.id,
          phase: task.phase,
          answer: body.answer,
          timeSpentMs: body.timeSpentMs ?? null,
          idempotencyKey: body.idempotencyKey ?? null,
          ...facts,
        },
        now,
      );
      if (!response) {
        const existing = await selectResponseByTask(trx, taskId);
        if (existing?.userId === user.id) {
          // A retry that lost the race with its own first attempt: same key, same answer counted once.
          if (body.idempotencyKey && existing.idempotencyKey === body.idempotencyKey) {
            return { response: existing, replayed: true };
          }
          throw new TandemError('ALREADY_ANSWERED', `You already answered task ${taskId}`);
        }
        throw leaseLost(taskId);
      }
      await appendEvents(
        trx,
        [
          {
            projectId: project.id,
            type: 'task.submitted',
            payload: { taskId, itemId: task.itemId, externalId: item.externalId, userId: user.id, phase: task.phase },
          },
        ],
        now,
      );
      await recordAudit(
        trx,
        {
          actorId: user.id,
          action: 'response.submitted',
          projectId: project.id,
          target: `item:${task.itemId}`,
          details: { taskId, responseId: response.id, phase: task.phase },
        },
        now,
      );
      // Issue 10 point 3: the annotator model is refitted by a job, never here.
      await requestRefit(trx, project, now);
      if (gold) {
        const paused = await pauseIfUntrusted(trx, project.id, user.id, policy.policy.quality, now);
        if (paused) {
          await recordAudit(
            trx,
            {
              actorId: null,
              action: 'annotator.paused',
              projectId: project.id,
              target: `user:${user.id}`,
              details: { reason: paused },
            },
            now,
          );
        }
        return { response, replayed: false };
      }
      // Only now lock the item row: each submit has already marked its own slot done, so the
      // submits of one item serialise here and whichever takes the lock last sees every slot
      // answered and closes the phase — exactly once. Locking late keeps the lock short.
      const locked = await trx
        .updateTable('items')
        .set({ updated_at: now })
        .where('id', '=', task.itemId)
        .returning('status')
        .executeTakeFirst();
      const outcome = await closePhaseIfComplete(trx, project, policy, task.itemId, item.externalId, task.phase, now);
      // The phase stayed open: nothing in this transaction changed the status the lock returned.
      const status =
        Object.keys(outcome).length === 0
          ? locked
          : await trx.selectFrom('items').select('status').where('id', '=', task.itemId).executeTakeFirst();
      const itemStatus = ['queued', 'adjudication', 'decided'].includes(status?.status ?? '')
        ? (status?.status as SubmitResult['itemStatus'])
        : undefined;
      return { response, replayed: false, ...outcome, ...(itemStatus ? { itemStatus } : {}) };
    });
  } catch (error) {
    // Another slot of the same item already carries this person (answered or held).
    if (isUniqueViolation(error)) {
      throw new TandemError('ALREADY_ANSWERED', `You already hold or answered another slot of item ${task.itemId}`);
    }
    throw error;
  }
}
