import { canonicalJson } from '../audit/chain.js';
import { recordAudit } from '../audit/record.js';
import { isUniqueViolation } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import { TandemError, ValidationError } from '../errors.js';
import type { Project } from '../projects/store.js';
import type { SamplingPolicy, SamplingPolicyView } from './contracts.js';
import { selectSamplingPolicy } from './store.js';

export { sendFeedback } from './feedback.js';
export { sendTraces } from './ingest.js';
export { traceReport } from './report.js';

export async function getSamplingPolicy(storage: Storage, project: Project): Promise<SamplingPolicyView> {
  return selectSamplingPolicy(storage.db, project.id);
}

/** A new version of the project's sampling policy; the same settings again are no change. */
export async function updateSamplingPolicy(
  storage: Storage,
  project: Project,
  policy: SamplingPolicy,
  actor: { readonly id: number },
  now = Date.now(),
): Promise<SamplingPolicyView> {
  if (policy.review && !project.labelSchema.questions.some((q) => q.name === policy.review?.question)) {
    throw new ValidationError([
      { path: 'review.question', message: `the project has no question "${policy.review.question}"` },
    ]);
  }
  const current = await selectSamplingPolicy(storage.db, project.id);
  if (current.version > 0 && canonicalJson(current.policy) === canonicalJson(policy)) return current;
  const version = current.version + 1;
  try {
    await insertPolicyVersion(storage, project, policy, version, actor, now);
  } catch (error) {
    // Two updates at once: the second insert collides on (project, version); no silent loss.
    if (!isUniqueViolation(error)) throw error;
    throw new TandemError('SAMPLING_POLICY_CHANGED', 'The sampling policy changed meanwhile: load it and try again', [
      { path: 'policy', message: `version ${version} exists already` },
    ]);
  }
  return selectSamplingPolicy(storage.db, project.id);
}

async function insertPolicyVersion(
  storage: Storage,
  project: Project,
  policy: SamplingPolicy,
  version: number,
  actor: { readonly id: number },
  now: number,
): Promise<void> {
  await storage.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('sampling_policies')
      .values({
        project_id: project.id,
        version,
        policy: JSON.stringify(policy),
        created_by: actor.id,
        created_at: now,
      })
      .execute();
    await recordAudit(
      trx,
      { actorId: actor.id, action: 'sampling_policy.updated', projectId: project.id, details: { version, policy } },
      now,
    );
  });
}

/** The newest sampled traces, with their review items. */
export async function recentSampled(storage: Storage, project: Project, limit: number) {
  const rows = await storage.db
    .selectFrom('traces')
    .select(['trace_id', 'item_id', 'sample_reason', 'thumbs', 'model_version', 'sampled_at'])
    .where('project_id', '=', project.id)
    .where('sample_reason', 'is not', null)
    .orderBy('sampled_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return {
    traces: rows.map((row) => ({
      traceId: row.trace_id,
      itemId: row.item_id === null ? null : Number(row.item_id),
      reason: row.sample_reason as string,
      thumbs: row.thumbs === 'up' || row.thumbs === 'down' ? (row.thumbs as 'up' | 'down') : null,
      modelVersion: row.model_version,
      sampledAt: new Date(Number(row.sampled_at)).toISOString(),
    })),
  };
}
