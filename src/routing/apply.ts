import type { Executor } from '../db/executor.js';
import { type Decision, insertDecisions, type NewDecision, supersedeEarlier } from '../decisions/store.js';
import { appendEvents } from '../events/outbox.js';
import { enqueueApprovalNotifications } from '../notifications/enqueue.js';
import type { Project } from '../projects/store.js';
import { probabilitiesFromConfidence, rankFor } from '../queue/ordering.js';
import { cancelQueuedTasks, insertTasks, type NewTask } from '../queue/store.js';
import type { WorkRole } from '../users/contracts.js';
import type { Policy } from './contracts.js';
import { inAuditSample, type RoutableItem, type RoutingDecision, routeItem } from './evaluate.js';

export type ItemStatus = 'pending' | 'queued' | 'adjudication' | 'decided' | 'held' | 'gold';

/** The review slots a routed item opens: k for review/escalate, 1 for a sampled audit, else none. */
export interface SlotPlan {
  readonly k: number;
  readonly role: WorkRole;
  readonly priority: number;
  readonly audit: boolean;
  /** Sort key within the priority level, from the policy's ordering (src/queue/ordering.ts). */
  readonly rank: number;
}

/** Where routing sends an item, computed before it is stored so it is written with its status and slots. */
export interface RoutingPlan {
  readonly routing: RoutingDecision;
  readonly status: ItemStatus;
  readonly deadlineAt: number | null;
  readonly slots: SlotPlan | null;
}

/**
 * Plans an item's routing. `auditKey` identifies the item for the reproducible audit sample: its
 * external id, or its data when it has none (the same item is always sampled the same way).
 */
export function planRouting(
  project: Project,
  policy: Policy,
  item: RoutableItem,
  auditKey: string,
  now: number,
): RoutingPlan {
  const routing = routeItem(policy, item);
  const outcome = routing.outcome;
  const status: ItemStatus =
    outcome.action === 'auto_accept' ? 'decided' : outcome.action === 'hold' ? 'held' : 'queued';
  const isApproval = project.labelSchema.questions.some((q) => q.type === 'approval');
  const deadlineAt =
    status === 'queued' && isApproval && policy.approval ? now + policy.approval.timeoutSeconds * 1_000 : null;
  let slots: SlotPlan | null = null;
  if (outcome.action === 'review' || outcome.action === 'escalate') {
    const rank = slotRank(project, policy, item, auditKey);
    slots = { k: outcome.k, role: outcome.role, priority: outcome.priority, audit: false, rank };
  } else if (outcome.action === 'auto_accept' && inAuditSample(policy.auditRate, project.id, auditKey)) {
    slots = { k: 1, role: 'annotator', priority: 0, audit: true, rank: slotRank(project, policy, item, auditKey) };
  }
  return { routing, status, deadlineAt, slots };
}

/**
 * The rank of a new item's slots. Predictions that come with an item carry only the top
 * confidence: the rest is spread over the other options of the project's first single-choice
 * question (two when it has none). Refreshing with the built-in model re-ranks with every class.
 */
function slotRank(project: Project, policy: Policy, item: RoutableItem, auditKey: string): number {
  if (policy.ordering.strategy === 'oldest') return 0;
  const question = project.labelSchema.questions.find((q) => q.type === 'single_choice');
  const classes = question?.type === 'single_choice' ? question.options.length : 2;
  const p = item.confidence === null ? null : probabilitiesFromConfidence(item.confidence, classes);
  return rankFor(policy.ordering, p, `${project.id}:${auditKey}`);
}

/** Gold items are not routed: no slots (each person gets their own when served), no decision. */
export const GOLD_PLAN: RoutingPlan = {
  routing: { outcome: { action: 'hold' }, ruleIndex: -1 },
  status: 'gold',
  deadlineAt: null,
  slots: null,
};

export interface StoredRoutedItem {
  readonly itemId: number;
  readonly externalId: string | null;
  readonly revision: number;
  readonly item: RoutableItem;
  readonly plan: RoutingPlan;
}

export interface RoutingSummary {
  /** Decisions made at once (auto-accepted items), for awaiting callers. */
  readonly decisions: Decision[];
}

/**
 * Completes routing inside the ingest transaction. New items already got their status and task
 * slots from the upsert itself (the hot path); here they get their "auto" decision and event.
 * An updated item (same external id) is routed again — old slots withdrawn, new ones opened —
 * only while nobody has answered it.
 */
export async function applyRouting(
  db: Executor,
  project: Project,
  policyVersion: number,
  entries: readonly StoredRoutedItem[],
  now: number,
): Promise<RoutingSummary> {
  const rerouted = await rerouteUpdatedItems(db, project, entries, now);
  // Agent actions now waiting for a person (only approval items have a deadline): tell the
  // project's notification channels, in this transaction (issue 15 point 4).
  await enqueueApprovalNotifications(
    db,
    project.id,
    entries
      .filter((e) => (e.revision === 1 || rerouted.has(e.itemId)) && e.plan.deadlineAt !== null)
      .map((e) => e.itemId),
    'approval.waiting',
    now,
  );
  const decisions: NewDecision[] = entries
    .filter((e) => (e.revision === 1 || rerouted.has(e.itemId)) && e.plan.routing.outcome.action === 'auto_accept')
    .map((e) => ({
      itemId: e.itemId,
      projectId: project.id,
      answer: e.item.prediction ?? {},
      method: 'auto',
      agreement: null,
      responseIds: [],
      policyVersion,
      decidedBy: null,
      reason: null,
    }));
  const stored = await insertDecisions(db, decisions, now);
  if (rerouted.size > 0)
    await supersedeEarlier(
      db,
      stored.filter((d) => rerouted.has(d.itemId)),
    );
  const externalIds = new Map(entries.map((e) => [e.itemId, e.externalId]));
  await appendEvents(
    db,
    stored.map((d) => ({
      projectId: project.id,
      type: 'item.decided' as const,
      payload: {
        itemId: d.itemId,
        externalId: externalIds.get(d.itemId) ?? null,
        decision: { id: d.id, answer: d.answer, method: d.method, policyVersion },
      },
    })),
    now,
  );
  return { decisions: stored };
}

/** Re-routes updated, still unanswered items; returns their ids. */
async function rerouteUpdatedItems(
  db: Executor,
  project: Project,
  entries: readonly StoredRoutedItem[],
  now: number,
): Promise<Set<number>> {
  const updated = entries.filter((e) => e.revision > 1);
  if (updated.length === 0) return new Set();
  const answered = await db
    .selectFrom('responses')
    .select('item_id')
    .distinct()
    .where(
      'item_id',
      'in',
      updated.map((e) => e.itemId),
    )
    .execute();
  const answeredIds = new Set(answered.map((r) => Number(r.item_id)));
  const rerouted = updated.filter((e) => !answeredIds.has(e.itemId));
  await cancelQueuedTasks(
    db,
    rerouted.map((e) => e.itemId),
  );
  const tasks: NewTask[] = [];
  for (const entry of rerouted) {
    await db
      .updateTable('items')
      .set({ status: entry.plan.status, deadline_at: entry.plan.deadlineAt })
      .where('id', '=', entry.itemId)
      .execute();
    const slots = entry.plan.slots;
    for (let slot = 0; slots && slot < slots.k; slot++) {
      tasks.push({
        projectId: project.id,
        itemId: entry.itemId,
        phase: 'review',
        role: slots.role,
        priority: slots.priority,
        audit: slots.audit,
        rank: slots.rank,
      });
    }
  }
  await insertTasks(db, tasks, now);
  return new Set(rerouted.map((e) => e.itemId));
}
