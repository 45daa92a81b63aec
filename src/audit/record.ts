import type { Executor } from '../db/executor.js';

/** What happened, in verbs users read: `project.created`, `policy.set`, `token.revoked`, … */
export type AuditAction =
  | 'project.created'
  | 'project.updated'
  | 'project.archived'
  | 'project.unarchived'
  | 'project.deleted'
  | 'project.duplicated'
  | 'item.deleted'
  | 'item.reported'
  | 'item.report_resolved'
  | 'item.sent_back'
  | 'item.gold_set'
  | 'item.archived'
  | 'items.bulk_action'
  | 'policy.set'
  | 'members.set'
  | 'member.set'
  | 'member.removed'
  | 'user.created'
  | 'user.updated'
  | 'token.created'
  | 'token.revoked'
  | 'session.started'
  | 'session.ended'
  | 'webhook.created'
  | 'webhook.deleted'
  | 'notification_channel.created'
  | 'notification_channel.deleted'
  | 'items.added'
  | 'response.submitted'
  | 'decision.made'
  | 'decision.overridden'
  | 'decision.redecided'
  | 'annotator.paused'
  | 'annotator.resumed'
  | 'annotator.discarded'
  | 'export.started'
  | 'job.retried'
  | 'snapshot.created'
  | 'label_studio.imported'
  | 'model.train_requested'
  | 'model.trained'
  | 'model.backend_set'
  | 'model.backend_removed'
  | 'model.backend_refresh_requested'
  | 'model.backend_train_requested'
  | 'judge.created'
  | 'golden_set.version_created'
  | 'eval_run.created'
  | 'eval_run.outputs_posted'
  | 'eval_run.sent_to_people'
  | 'judge.updated'
  | 'judge.runs_requested'
  | 'traces.received'
  | 'traces.feedback'
  | 'traces.sampled'
  | 'sampling_policy.updated'
  | 'judge.thresholds_set'
  | 'item.judge_not_trusted';

export interface AuditEntry {
  /** Who did it; null for Tandem itself (timeouts, consensus after a pause is lifted, …). */
  readonly actorId: number | null;
  readonly action: AuditAction;
  readonly projectId?: number | null;
  /** What it was done to, as `kind:id` (`item:42`, `user:7`, `webhook:3`). */
  readonly target?: string | null;
  /** The facts of the change: what was set, counts, reasons. Never a secret. */
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * Appends an audit record. Call it with the transaction that makes the change, so the record
 * exists exactly when the change does (issue #8). The record is chained later by the sealer.
 */
export async function recordAudit(db: Executor, entry: AuditEntry, now = Date.now()): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      created_at: now,
      actor_id: entry.actorId,
      action: entry.action,
      project_id: entry.projectId ?? null,
      target: entry.target ?? null,
      details: JSON.stringify(entry.details ?? {}),
      seq: null,
      prev_hash: null,
      hash: null,
    })
    .execute();
}
