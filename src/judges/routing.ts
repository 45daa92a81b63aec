import { recordAudit } from '../audit/record.js';
import { jsonText, readJson } from '../db/dialect.js';
import type { Executor } from '../db/executor.js';
import type { Storage } from '../db/storage.js';
import type { Decision } from '../decisions/store.js';
import { findProject, type Project } from '../projects/store.js';
import { applyRouting, planRouting } from '../routing/apply.js';
import type { Policy } from '../routing/contracts.js';
import { feedbackOf, type JudgeSignal, routeItem, type Thumbs } from '../routing/evaluate.js';
import { policyOf } from '../routing/store.js';

/** Whether any rule of the policy reads judges' verdicts (or the user's thumbs, which arrive late on traces). */
export function policyReadsJudges(policy: Policy): boolean {
  return policy.rules.some(
    (rule) =>
      rule.when.judges !== undefined ||
      rule.when.judgesDisagree !== undefined ||
      rule.when.feedbackDisagrees !== undefined ||
      rule.when.feedback !== undefined,
  );
}

/** Each judge's latest settled verdict on the item, by judge name (what routing rules read). */
export async function judgeSignals(
  db: Executor,
  itemId: number,
): Promise<Record<string, JudgeSignal & { runId: number; untrustedWhy: string | null }>> {
  const rows = await db
    .selectFrom('judge_runs')
    .innerJoin('judges', 'judges.id', 'judge_runs.judge_id')
    .select([
      'judges.name',
      'judge_runs.id',
      'judge_runs.state',
      'judge_runs.pass',
      'judge_runs.score',
      'judges.version',
      'judges.trusted',
      'judges.calibrated_version',
      'judges.calibration_flag',
    ])
    .where('judge_runs.item_id', '=', itemId)
    .where('judge_runs.state', 'in', ['done', 'failed'])
    .orderBy('judge_runs.finished_at', 'desc')
    .orderBy('judge_runs.id', 'desc')
    .execute();
  const signals: Record<string, JudgeSignal & { runId: number; untrustedWhy: string | null }> = {};
  for (const row of rows) {
    if (signals[row.name]) continue;
    // The calibrated flag is cached on the judge row (calibrate-job.ts): no κ computed per item.
    const asked = Number(row.trusted) === 1;
    const calibrated = row.calibrated_version !== null && Number(row.calibrated_version) === Number(row.version);
    signals[row.name] = {
      runId: Number(row.id),
      failed: row.state === 'failed',
      pass: row.pass === null ? null : Number(row.pass) === 1,
      score: row.score === null ? null : Number(row.score),
      trusted: asked && calibrated,
      untrustedWhy: !asked
        ? 'trust was not asked for'
        : calibrated
          ? null
          : `version ${row.version} is not calibrated${row.calibration_flag ? `: ${row.calibration_flag}` : ''}`,
    };
  }
  return signals;
}

export interface JudgeRouting {
  readonly project: Project;
  readonly policyVersion: number;
  readonly policy: Policy;
}

/**
 * The project and policy a verdict re-routes by, read before the verdict's transaction (SQLite
 * has one connection: reading through `storage` inside it would wait for itself). Undefined when
 * no rule reads judges.
 */
export async function judgeRoutingOf(storage: Storage, projectId: number): Promise<JudgeRouting | undefined> {
  const project = await findProject(storage, String(projectId));
  if (!project) return undefined;
  const { version: policyVersion, policy } = await policyOf(storage, project);
  return policyReadsJudges(policy) ? { project, policyVersion, policy } : undefined;
}

/**
 * Issue 13 point 2: after a judge settles on an item, route the item again when its outcome
 * changes with the new verdict (a failing judge sends it to people; agreeing judges may
 * auto-accept it). Only items nobody has started — queued or held, no answer, no claimed slot —
 * like the model's prediction refresh. Runs inside the transaction that records the verdict.
 */
export async function rerouteOnVerdict(
  trx: Executor,
  storage: Storage,
  routing: JudgeRouting,
  itemId: number,
  runId: number,
  now: number,
  /** Feedback changed instead of a verdict: `before` is the item with this thumbs and every verdict. */
  changedFeedback?: { readonly previous: Thumbs | null },
): Promise<Decision[]> {
  const { project, policyVersion, policy } = routing;
  const row = await trx
    .selectFrom('items')
    .select([
      'id',
      'external_id',
      'prediction',
      'confidence',
      'metadata',
      jsonText(storage.engine, 'data').as('data_text'),
    ])
    .where('id', '=', itemId)
    .where('status', 'in', ['queued', 'held'])
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('responses').select('responses.id').whereRef('responses.item_id', '=', 'items.id'))),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('tasks')
            .select('tasks.id')
            .whereRef('tasks.item_id', '=', 'items.id')
            .where((eb) => eb.or([eb('tasks.state', '<>', 'queued'), eb('tasks.claimed_by', 'is not', null)])),
        ),
      ),
    )
    .executeTakeFirst();
  if (!row) return [];
  const signals = await judgeSignals(trx, itemId);
  const base = {
    prediction: readJson<Record<string, unknown> | null>(row.prediction),
    confidence: row.confidence === null ? null : Number(row.confidence),
    metadata: readJson<Record<string, unknown>>(row.metadata) ?? {},
    feedback: feedbackOf(row.data_text === null ? null : JSON.parse(row.data_text)),
  };
  const after = { ...base, judges: signals };
  const before = changedFeedback
    ? { ...base, feedback: changedFeedback.previous, judges: signals }
    : {
        ...base,
        judges: Object.fromEntries(Object.entries(signals).filter(([, signal]) => signal.runId !== runId)),
      };
  const next = routeItem(policy, after);
  if (next.untrustedJudges) {
    // Say on the item why a rule that would auto-accept it sent it to people (issue 13 point 3).
    const rule = policy.rules[next.ruleIndex];
    const why = next.untrustedJudges.map((name) => `judge "${name}": ${signals[name]?.untrustedWhy ?? 'no verdict'}`);
    await recordAudit(
      trx,
      {
        actorId: null,
        action: 'item.judge_not_trusted',
        projectId: project.id,
        target: `item:${itemId}`,
        details: {
          rule: rule?.name ?? `rule ${next.ruleIndex + 1}`,
          judges: [...next.untrustedJudges],
          reason: `auto-accept needs trusted, calibrated judges; sent to review instead (${why.join('; ')})`,
        },
      },
      now,
    );
  }
  if (JSON.stringify(routeItem(policy, before).outcome) === JSON.stringify(next.outcome)) return [];
  const summary = await applyRouting(
    trx,
    project,
    policyVersion,
    [
      {
        itemId,
        externalId: row.external_id,
        // > 1: "routed before", so applyRouting withdraws the old slots (only while unanswered).
        revision: 2,
        item: after,
        plan: planRouting(project, policy, after, row.external_id ?? row.data_text ?? '', now),
      },
    ],
    now,
  );
  return summary.decisions;
}
