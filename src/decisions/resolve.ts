import { recordAudit } from '../audit/record.js';
import { aggregateResponses } from '../consensus/index.js';
import type { Executor } from '../db/executor.js';
import { appendEvents } from '../events/outbox.js';
import { requestCalibrationForItem } from '../judges/calibration-requests.js';
import type { Project } from '../projects/store.js';
import { applyConsensusMethod } from '../quality/consensus-methods.js';
import { cancelQueuedTasks, insertTasks, selectItemTasks, type TaskPhase } from '../queue/store.js';
import { selectItemResponses } from '../responses/store.js';
import type { Policy } from '../routing/contracts.js';
import { type Decision, insertDecisions, type NewDecision, supersedeEarlier } from './store.js';

/** Decisions made by people: what judges are calibrated against. */
const HUMAN_METHODS = new Set(['consensus', 'adjudicated', 'override']);

export interface PhaseOutcome {
  readonly decision?: Decision;
  readonly adjudication?: boolean;
}

/**
 * Called (inside the submit transaction, with the item row locked) after a response lands. When
 * every slot of the phase is answered: review → consensus decision, or adjudication when agreement
 * is below the threshold; adjudication → the adjudicator's answer decides.
 */
export async function closePhaseIfComplete(
  db: Executor,
  project: Project,
  policy: { version: number; policy: Policy },
  itemId: number,
  externalId: string | null,
  phase: TaskPhase,
  now: number,
): Promise<PhaseOutcome> {
  // Only open and answered slots count: withdrawn (cancelled), held (a paused person's) and
  // discarded answers are out of consensus.
  const tasks = (await selectItemTasks(db, itemId, phase)).filter((t) => t.state === 'queued' || t.state === 'done');
  if (tasks.length === 0 || tasks.some((t) => t.state !== 'done')) return {};
  const reviewTasks = phase === 'review' ? tasks : await selectItemTasks(db, itemId, 'review');
  const counted = new Set(reviewTasks.filter((t) => t.state === 'done').map((t) => t.id));
  const reviewResponses = (await selectItemResponses(db, itemId, 'review')).filter((r) => counted.has(r.taskId));
  if (reviewResponses.length === 0) return {};
  const votes = reviewResponses.map((r) => ({ userId: r.userId, answer: r.answer }));
  const consensus = await applyConsensusMethod(
    db,
    project,
    policy.policy,
    votes,
    aggregateResponses(project.labelSchema, votes, { ratingAggregate: policy.policy.consensus.ratingAggregate }),
  );

  let decision: NewDecision;
  if (phase === 'adjudication') {
    const [final] = (await selectItemResponses(db, itemId, 'adjudication')).slice(-1);
    if (!final) throw new Error(`adjudication of item ${itemId} has no response`);
    decision = {
      itemId,
      projectId: project.id,
      answer: final.answer,
      method: 'adjudicated',
      agreement: consensus.agreement,
      responseIds: [...reviewResponses.map((r) => r.id), final.id],
      policyVersion: policy.version,
      decidedBy: final.userId,
      reason: null,
    };
  } else if (consensus.agreement + 1e-9 >= policy.policy.consensus.threshold || reviewResponses.length === 1) {
    decision = {
      itemId,
      projectId: project.id,
      answer: consensus.answer,
      method: 'consensus',
      agreement: consensus.agreement,
      responseIds: reviewResponses.map((r) => r.id),
      policyVersion: policy.version,
      decidedBy: null,
      reason: null,
    };
  } else {
    // One open adjudication slot per item, however the review phase came to close again.
    const open = (await selectItemTasks(db, itemId, 'adjudication')).some((t) => t.state === 'queued');
    if (open) return { adjudication: true };
    await insertTasks(
      db,
      [
        {
          projectId: project.id,
          itemId,
          phase: 'adjudication',
          role: policy.policy.consensus.adjudicatorRole,
          priority: 100,
          audit: false,
        },
      ],
      now,
    );
    await db.updateTable('items').set({ status: 'adjudication' }).where('id', '=', itemId).execute();
    await appendEvents(
      db,
      [
        {
          projectId: project.id,
          type: 'item.adjudication',
          payload: { itemId, externalId, agreement: consensus.agreement },
        },
      ],
      now,
    );
    return { adjudication: true };
  }
  return { decision: await recordDecision(db, decision, externalId, now) };
}

/** Stores a decision as the item's current one, closes its open work and emits item.decided. */
export async function recordDecision(
  db: Executor,
  decision: NewDecision,
  externalId: string | null,
  now: number,
): Promise<Decision> {
  const [stored] = await insertDecisions(db, [decision], now);
  if (!stored) throw new Error('decision insert returned nothing');
  await supersedeEarlier(db, [stored]);
  await cancelQueuedTasks(db, [decision.itemId]);
  await recordAudit(
    db,
    {
      actorId: decision.decidedBy ?? null,
      action: decision.method === 'override' ? 'decision.overridden' : 'decision.made',
      projectId: decision.projectId,
      target: `item:${decision.itemId}`,
      details: {
        decisionId: stored.id,
        method: stored.method,
        agreement: stored.agreement,
        ...(decision.reason ? { reason: decision.reason } : {}),
      },
    },
    now,
  );
  await db
    .updateTable('items')
    .set({ status: 'decided', deadline_at: null, updated_at: now })
    .where('id', '=', decision.itemId)
    .execute();
  // A person's verdict on an item a judge has judged moves that judge's calibration (issue 13).
  if (HUMAN_METHODS.has(decision.method)) await requestCalibrationForItem(db, decision.projectId, decision.itemId, now);
  await appendEvents(
    db,
    [
      {
        projectId: decision.projectId,
        type: 'item.decided',
        payload: {
          itemId: decision.itemId,
          externalId,
          decision: {
            id: stored.id,
            answer: stored.answer,
            method: stored.method,
            agreement: stored.agreement,
            policyVersion: stored.policyVersion,
            decidedBy: stored.decidedBy,
          },
        },
      },
    ],
    now,
  );
  return stored;
}
