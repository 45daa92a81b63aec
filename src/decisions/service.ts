import { z } from 'zod';
import type { Storage } from '../db/storage.js';
import { formatPath, TandemError } from '../errors.js';
import type { DecisionNotifier } from '../events/notifier.js';
import { getItem } from '../items/service.js';
import type { Project } from '../projects/store.js';
import { policyOf } from '../routing/store.js';
import { validateAnswer } from '../schemas/index.js';
import type { User } from '../users/store.js';
import { recordDecision } from './resolve.js';
import { type Decision, selectCurrentDecision, selectDecisionHistory } from './store.js';

/** Longest a caller may wait for a decision in one request. */
export const MAX_WAIT_SECONDS = 60;

export const DecisionView = z.object({
  id: z.number().int(),
  itemId: z.number().int(),
  answer: z.record(z.string(), z.unknown()),
  method: z.enum(['auto', 'consensus', 'adjudicated', 'override', 'timeout']),
  agreement: z.number().nullable(),
  responseIds: z.array(z.number().int()),
  policyVersion: z.number().int().nullable(),
  decidedBy: z.number().int().nullable(),
  reason: z.string().nullable(),
  supersededBy: z.number().int().nullable(),
  createdAt: z.string(),
});
export type DecisionView = z.infer<typeof DecisionView>;

export const OverrideDecisionBody = z
  .object({ answer: z.record(z.string(), z.unknown()), reason: z.string().trim().min(1).max(2_000) })
  .strict();

export function toDecisionView(decision: Decision): DecisionView {
  return {
    id: decision.id,
    itemId: decision.itemId,
    answer: decision.answer,
    method: decision.method,
    agreement: decision.agreement,
    responseIds: [...decision.responseIds],
    policyVersion: decision.policyVersion,
    decidedBy: decision.decidedBy,
    reason: decision.reason,
    supersededBy: decision.supersededBy,
    createdAt: new Date(decision.createdAt).toISOString(),
  };
}

/** The item's decision if it is decided now. */
export async function findDecision(storage: Storage, project: Project, itemId: number): Promise<Decision | undefined> {
  const item = await getItem(storage, project, itemId);
  if (item.status !== 'decided') return undefined;
  return selectCurrentDecision(storage.db, itemId);
}

/**
 * Waits up to `waitSeconds` for the item's decision: returns it at once when it exists, else as
 * soon as any server records it, else undefined when the time is up. Subscribes before looking,
 * so a decision landing in between is never missed.
 */
export async function awaitDecision(
  storage: Storage,
  notifier: DecisionNotifier,
  project: Project,
  itemId: number,
  waitSeconds: number,
): Promise<Decision | undefined> {
  const deadline = Date.now() + Math.min(waitSeconds, MAX_WAIT_SECONDS) * 1_000;
  let wake: () => void = () => {};
  let signalled = false;
  const unsubscribe = notifier.subscribe(itemId, () => {
    signalled = true;
    wake();
  });
  try {
    for (;;) {
      signalled = false;
      const decision = await findDecision(storage, project, itemId);
      if (decision) return decision;
      const left = deadline - Date.now();
      if (left <= 0) return undefined;
      if (signalled) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  } finally {
    unsubscribe();
  }
}

export async function decisionHistory(storage: Storage, project: Project, itemId: number): Promise<Decision[]> {
  await getItem(storage, project, itemId);
  return selectDecisionHistory(storage.db, itemId);
}

/** A manager replaces the item's decision; the previous one stays in the history. */
export async function overrideDecision(
  storage: Storage,
  notifier: DecisionNotifier,
  project: Project,
  itemId: number,
  user: User,
  body: z.infer<typeof OverrideDecisionBody>,
): Promise<Decision> {
  const item = await getItem(storage, project, itemId);
  const issues = validateAnswer(project.labelSchema, body.answer, item.data);
  if (issues.length > 0) {
    const details = issues.map((issue) => ({ path: formatPath(['answer', ...issue.path]), message: issue.message }));
    throw new TandemError(
      'SCHEMA_MISMATCH',
      `The answer does not fit the label schema: ${details[0]?.message}`,
      details,
    );
  }
  const { version } = await policyOf(storage, project);
  const now = Date.now();
  const decision = await storage.db.transaction().execute(async (trx) => {
    await trx.updateTable('items').set({ updated_at: now }).where('id', '=', itemId).execute();
    const current = await selectCurrentDecision(trx, itemId);
    return recordDecision(
      trx,
      {
        itemId,
        projectId: project.id,
        answer: body.answer,
        method: 'override',
        agreement: current?.agreement ?? null,
        responseIds: current ? [...current.responseIds] : [],
        policyVersion: version,
        decidedBy: user.id,
        reason: body.reason,
      },
      item.externalId,
      now,
    );
  });
  await notifier.publish([itemId]);
  return decision;
}
