import { canonicalJson } from '../audit/chain.js';
import { recordAudit } from '../audit/record.js';
import { readJson } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import { enqueueJob } from '../jobs/store.js';
import { DEFAULT_ORDERING } from '../queue/ordering.js';
import { DEFAULT_POLICY, Policy } from './contracts.js';

export interface StoredPolicy {
  readonly version: number;
  readonly policy: Policy;
  readonly createdAt: number | null;
}

// Policy versions never change once stored, so (database, project, version) → policy can be
// cached forever; the project row, read fresh on every request, says which version is current.
const cache = new WeakMap<object, Map<string, StoredPolicy>>();

/** The policy of a project as just read (its `policyVersion`), without a query when cached. */
export async function policyOf(
  storage: Storage,
  project: { id: number; policyVersion: number },
): Promise<StoredPolicy> {
  if (project.policyVersion === 0) return { version: 0, policy: DEFAULT_POLICY, createdAt: null };
  let byKey = cache.get(storage.db);
  if (!byKey) {
    byKey = new Map();
    cache.set(storage.db, byKey);
  }
  const key = `${project.id}:${project.policyVersion}`;
  const cached = byKey.get(key);
  if (cached) return cached;
  const row = await storage.db
    .selectFrom('policies')
    .select(['version', 'policy', 'created_at'])
    .where('project_id', '=', project.id)
    .where('version', '=', project.policyVersion)
    .executeTakeFirstOrThrow();
  const stored = {
    version: row.version,
    policy: Policy.parse(readJson(row.policy)),
    createdAt: Number(row.created_at),
  };
  byKey.set(key, stored);
  return stored;
}

/** The project's current policy; version 0 is the built-in default. */
export async function selectCurrentPolicy(storage: Storage, projectId: number): Promise<StoredPolicy> {
  const row = await storage.db
    .selectFrom('policies')
    .innerJoin('projects', 'projects.id', 'policies.project_id')
    .select(['policies.version', 'policies.policy', 'policies.created_at'])
    .where('policies.project_id', '=', projectId)
    .whereRef('policies.version', '=', 'projects.policy_version')
    .executeTakeFirst();
  if (!row) return { version: 0, policy: DEFAULT_POLICY, createdAt: null };
  return { version: row.version, policy: Policy.parse(readJson(row.policy)), createdAt: Number(row.created_at) };
}

export async function selectPolicyVersions(storage: Storage, projectId: number): Promise<StoredPolicy[]> {
  const rows = await storage.db
    .selectFrom('policies')
    .select(['version', 'policy', 'created_at'])
    .where('project_id', '=', projectId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map((row) => ({
    version: row.version,
    policy: Policy.parse(readJson(row.policy)),
    createdAt: Number(row.created_at),
  }));
}

/** Stores a new version and makes it current, atomically. */
/**
 * Stores a new policy version and makes it current, with its audit record. A policy equal to
 * the current one is not a change: the current version comes back and nothing is written.
 */
export async function insertPolicyVersion(
  storage: Storage,
  projectId: number,
  policy: Policy,
  createdBy: number | null,
  now: number,
): Promise<StoredPolicy> {
  return storage.db.transaction().execute(async (trx) => {
    // Lock the project row first, so two concurrent updates get consecutive versions, not a clash.
    await trx.updateTable('projects').set({ updated_at: now }).where('id', '=', projectId).execute();
    const last = await trx
      .selectFrom('policies')
      .select(['version', 'policy', 'created_at'])
      .where('project_id', '=', projectId)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (last && canonicalJson(readJson(last.policy)) === canonicalJson(policy)) {
      return { version: Number(last.version), policy, createdAt: Number(last.created_at) };
    }
    const version = Number(last?.version ?? 0) + 1;
    await trx
      .insertInto('policies')
      .values({
        project_id: projectId,
        version,
        policy: JSON.stringify(policy),
        created_by: createdBy,
        created_at: now,
      })
      .execute();
    await trx.updateTable('projects').set({ policy_version: version }).where('id', '=', projectId).execute();
    const before = last ? Policy.parse(readJson(last.policy)).ordering : DEFAULT_ORDERING;
    if (canonicalJson(before) !== canonicalJson(policy.ordering)) {
      // Open slots carry ranks from the old ordering: a job ranks them again (src/model/ranking.ts).
      await enqueueJob(
        trx,
        {
          type: 'model.rerank',
          payload: { projectId },
          projectId,
          key: `model:${projectId}`,
          dedupe: `rerank:${projectId}`,
        },
        now,
      );
    }
    await recordAudit(
      trx,
      {
        actorId: createdBy,
        action: 'policy.set',
        projectId,
        target: `policy:${version}`,
        details: { version, policy },
      },
      now,
    );
    return { version, policy, createdAt: now };
  });
}
