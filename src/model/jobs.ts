import type { Executor } from '../db/executor.js';
import type { Storage } from '../db/storage.js';
import { defineJob, PermanentJobError } from '../jobs/registry.js';
import { enqueueJob } from '../jobs/store.js';
import { findProject } from '../projects/store.js';
import { policyOf, selectCurrentPolicy } from '../routing/store.js';
import { enqueueBackendTraining, scheduleBackendDecisions } from './backend/jobs.js';
import { selectBackend, updateBackendCursor } from './backend/store.js';
import { rerankProject } from './ranking.js';
import { selectModelVersions } from './store.js';
import { NotEnoughLabelsError, resolveQuestion, trainProjectModel } from './train.js';
import { countHumanLabels } from './training-set.js';

declare module '../jobs/registry.js' {
  interface JobPayloads {
    'model.train': { projectId: number; question?: string };
    'model.schedule': Record<string, never>;
    'model.rerank': { projectId: number };
  }
}

/** Queues a training run; a run already waiting for the same project and question absorbs it. */
export function enqueueTraining(db: Executor, projectId: number, question: string, now = Date.now()) {
  return enqueueJob(
    db,
    {
      type: 'model.train',
      payload: { projectId, question },
      projectId,
      // One run at a time per project; the trainer reads the labels as they are when it starts.
      key: `model:${projectId}`,
      dedupe: `model:${projectId}:${question}`,
    },
    now,
  );
}

/** Trains the next model version and refreshes predictions (src/model/train.ts). */
export const modelTrainJob = defineJob({
  type: 'model.train',
  timeoutMs: 10 * 60_000,
  maxAttempts: 3,
  run: async ({ storage, payload, signal, services }) => {
    const project = await findProject(storage, String(payload.projectId));
    if (!project) throw new PermanentJobError(`project ${payload.projectId} no longer exists`);
    try {
      const outcome = await trainProjectModel(storage, project, payload.question, { signal });
      await services.notifier.publish(outcome.refresh.decisions.map((d) => d.itemId));
    } catch (error) {
      if (error instanceof NotEnoughLabelsError) throw new PermanentJobError(error.message);
      throw error;
    }
  },
});

/** Ranks a project's open slots again after its policy's ordering changed (src/model/ranking.ts). */
export const modelRerankJob = defineJob({
  type: 'model.rerank',
  timeoutMs: 10 * 60_000,
  maxAttempts: 3,
  run: async ({ storage, payload }) => {
    const project = await findProject(storage, String(payload.projectId));
    if (!project) throw new PermanentJobError(`project ${payload.projectId} no longer exists`);
    const { policy } = await policyOf(storage, project);
    await rerankProject(storage, project, policy.ordering);
  },
});

/**
 * Once a minute: queues a training run for every project whose policy sets `model.retrainEvery`
 * and that has gained at least that many human decisions since its model's last version.
 */
export const modelScheduleJob = defineJob({
  type: 'model.schedule',
  everyMs: 60_000,
  run: async ({ storage }) => {
    await scheduleRetraining(storage);
    await scheduleBackendDecisions(storage);
  },
});

export async function scheduleRetraining(storage: Storage, now = Date.now()): Promise<number> {
  const projects = await storage.db
    .selectFrom('projects')
    .select('id')
    .where('archived_at', 'is', null)
    .where('policy_version', '>', 0)
    .execute();
  let queued = 0;
  for (const { id } of projects) {
    const projectId = Number(id);
    const { policy } = await selectCurrentPolicy(storage, projectId);
    const every = policy.model?.retrainEvery;
    if (!every) continue;
    const project = await findProject(storage, String(projectId));
    if (!project) continue;
    let question: string;
    try {
      question = resolveQuestion(project, policy.model?.question).name;
    } catch {
      continue;
    }
    const labels = await countHumanLabels(storage.db, projectId);
    // A project whose ML backend predicts this question trains it instead (START_TRAINING).
    const backend = await selectBackend(storage.db, projectId);
    if (backend && resolveQuestion(project, backend.settings.question).name === question) {
      if (labels - backend.labelsAtTraining < every) continue;
      await storage.db.transaction().execute(async (trx) => {
        await updateBackendCursor(trx, projectId, { labelsAtTraining: labels });
        if ((await enqueueBackendTraining(trx, projectId, 'start', now)) !== undefined) queued++;
      });
      continue;
    }
    const versions = (await selectModelVersions(storage.db, projectId)).filter(
      (v) => v.question === question && v.source === 'builtin',
    );
    const lastLabels = versions.at(-1)?.labelsUsed ?? 0;
    if (labels - lastLabels < every) continue;
    if ((await enqueueTraining(storage.db, projectId, question, now)) !== undefined) queued++;
  }
  return queued;
}
