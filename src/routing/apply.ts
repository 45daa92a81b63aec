import type { Executor } from '../db/executor.js';
import { type Decision, insertDecisions, type NewDecision, supersedeEarlier } from '../decisions/store.js';
import { appendEvents } from '../events/outbox.js';
import type { Project } from '../projects/store.js';
import { cancelQueuedTasks, insertTasks, type NewTask } from '../queue/store.js';
import type { Policy } from './contracts.js';
import { inAuditSample, type RoutableItem, type RoutingDecision, routeItem } from './evaluate.js';

export type ItemStatus = 'pending' | 'queued' | 'adjudication' | 'decided' | 'held';

/** Where routing sends a new item, computed before it is stored so it is inserted with its status. */
export interface RoutingPlan {
  readonly routing: RoutingDecision;
  readonly status: ItemStatus;
  readonly deadlineAt: number | null;
}

export function planRouting(project: Project, policy: Policy, item: RoutableItem, now: number): RoutingPlan {
  const routing = routeItem(policy, item);
  const action = routing.outcome.action;
  const status: ItemStatus = action === 'auto_accept' ? 'decided' : action === 'hold' ? 'held' : 'queued';
  const isApproval = project.labelSchema.questions.some((q) => q.type === 'approval');
  const deadlineAt =
    status === 'queued' && isApproval && policy.approval ? now + policy.approval.timeoutSeconds * 1_000 : null;
  return { routing, status, deadlineAt };
}

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
 * Turns routing plans into work, inside the ingest transaction: k task slots per reviewed item,
 * an "auto" decision per auto-accepted item (plus an audit slot for the sampled ones), events.
 * An updated item (same external id) is routed again only while nobody has answered it.
 */
export async function applyRouting(
  db: Executor,
  project: Project,
  policyVersion: number,
  policy: Policy,
  entries: readonly StoredRoutedItem[],
  now: number,
): Promise<RoutingSummary> {
  const updated = entries.filter((e) => e.revision > 1);
  let rerouted = new Set<number>();
  if (updated.length > 0) {
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
    rerouted = new Set(updated.filter((e) => !answeredIds.has(e.itemId)).map((e) => e.itemId));
    await cancelQueuedTasks(db, [...rerouted]);
    for (const entry of updated.filter((e) => rerouted.has(e.itemId))) {
      await db
        .updateTable('items')
        .set({ status: entry.plan.status, deadline_at: entry.plan.deadlineAt })
        .where('id', '=', entry.itemId)
        .execute();
    }
  }
  const routed = entries.filter((e) => e.revision === 1 || rerouted.has(e.itemId));

  const tasks: NewTask[] = [];
  const decisions: NewDecision[] = [];
  for (const entry of routed) {
    const outcome = entry.plan.routing.outcome;
    if (outcome.action === 'review' || outcome.action === 'escalate') {
      for (let slot = 0; slot < outcome.k; slot++) {
        tasks.push({
          projectId: project.id,
          itemId: entry.itemId,
          phase: 'review',
          role: outcome.role,
          priority: outcome.priority,
          audit: false,
        });
      }
    } else if (outcome.action === 'auto_accept') {
      decisions.push({
        itemId: entry.itemId,
        projectId: project.id,
        answer: entry.item.prediction ?? {},
        method: 'auto',
        agreement: null,
        responseIds: [],
        policyVersion,
        decidedBy: null,
        reason: null,
      });
      if (inAuditSample(policy.auditRate, project.id, entry.externalId ?? String(entry.itemId))) {
        tasks.push({
          projectId: project.id,
          itemId: entry.itemId,
          phase: 'review',
          role: 'annotator',
          priority: 0,
          audit: true,
        });
      }
    }
  }
  await insertTasks(db, tasks, now);
  const stored = await insertDecisions(db, decisions, now);
  if (rerouted.size > 0)
    await supersedeEarlier(
      db,
      stored.filter((d) => rerouted.has(d.itemId)),
    );
  const byItem = new Map(routed.map((e) => [e.itemId, e]));
  await appendEvents(
    db,
    stored.map((d) => ({
      projectId: project.id,
      type: 'item.decided' as const,
      payload: {
        itemId: d.itemId,
        externalId: byItem.get(d.itemId)?.externalId ?? null,
        decision: { id: d.id, answer: d.answer, method: d.method, policyVersion },
      },
    })),
    now,
  );
  return { decisions: stored };
}
