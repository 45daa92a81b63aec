import { recordAudit } from '../../audit/record.js';
import type { Storage } from '../../db/storage.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import { checkWebhookTarget } from '../../events/webhook-target.js';
import type { Project } from '../../projects/store.js';
import type { User } from '../../users/store.js';
import { selectCandidates } from '../predictions.js';
import { resolveQuestion } from '../train.js';
import type { ModelBackendSettings, ModelBackendView } from './contracts.js';
import { enqueueBackendPredictions, enqueueBackendTraining } from './jobs.js';
import { checkBackendNow } from './run.js';
import { deleteBackend, type StoredBackend, selectBackend, upsertBackend } from './store.js';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

async function viewOf(storage: Storage, project: Project, backend: StoredBackend): Promise<ModelBackendView> {
  const pending = await storage.db
    .selectFrom('jobs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('project_id', '=', project.id)
    .where('type', 'in', ['model.backend_predict', 'model.backend_train'])
    .where('state', 'in', ['queued', 'running'])
    .executeTakeFirst();
  let question = backend.settings.question ?? '';
  try {
    question = resolveQuestion(project, backend.settings.question).name;
  } catch {
    // The schema changed since: show the setting as saved.
  }
  return {
    settings: { ...backend.settings, question },
    health: {
      status: backend.status,
      modelVersion: backend.modelVersion,
      lastError: backend.lastError,
      lastCallAt: iso(backend.lastCallAt),
      lastOkAt: iso(backend.lastOkAt),
      checkedAt: iso(backend.checkedAt),
    },
    pendingJobs: Number(pending?.n ?? 0),
  };
}

async function requireBackend(storage: Storage, project: Project): Promise<StoredBackend> {
  const backend = await selectBackend(storage.db, project.id);
  if (!backend) throw new NotFoundError('MODEL_BACKEND_NOT_FOUND', `Project "${project.slug}" has no ML backend`);
  return backend;
}

/** The project's ML backend with its health, or null. */
export async function getModelBackend(storage: Storage, project: Project): Promise<ModelBackendView | null> {
  const backend = await selectBackend(storage.db, project.id);
  return backend ? viewOf(storage, project, backend) : null;
}

/**
 * Sets the project's ML backend (audited as `model.backend_set`), then checks its health at once
 * (the answer shows it; a backend that is down is still saved). The URL passes the webhook
 * target rules; the question must be a choice question of the project.
 */
export async function setModelBackend(
  storage: Storage,
  project: Project,
  settings: ModelBackendSettings,
  actor: User,
): Promise<ModelBackendView> {
  resolveQuestion(project, settings.question);
  const target = await checkWebhookTarget(settings.url);
  if (!target.ok) throw new ValidationError([{ path: 'url', message: `the URL ${target.reason}` }]);
  const previous = await selectBackend(storage.db, project.id);
  await storage.db.transaction().execute(async (trx) => {
    const now = Date.now();
    await upsertBackend(trx, project.id, settings, previous, now);
    await recordAudit(
      trx,
      {
        actorId: actor.id,
        action: 'model.backend_set',
        projectId: project.id,
        target: `model-backend:${project.id}`,
        details: { ...settings },
      },
      now,
    );
  });
  return checkModelBackend(storage, project);
}

export async function removeModelBackend(storage: Storage, project: Project, actor: User): Promise<void> {
  await storage.db.transaction().execute(async (trx) => {
    if (!(await deleteBackend(trx, project.id))) {
      throw new NotFoundError('MODEL_BACKEND_NOT_FOUND', `Project "${project.slug}" has no ML backend`);
    }
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'model.backend_removed',
      projectId: project.id,
      target: `model-backend:${project.id}`,
    });
  });
}

/** "Check now": calls the backend's health (and setup) and returns what it says; never throws for a down backend. */
export async function checkModelBackend(storage: Storage, project: Project): Promise<ModelBackendView> {
  const backend = await requireBackend(storage, project);
  try {
    await checkBackendNow(storage, project, backend);
  } catch {
    // Recorded as the backend's health; the view shows it.
  }
  return viewOf(storage, project, (await selectBackend(storage.db, project.id)) ?? backend);
}

/**
 * "Refresh predictions": queues `model.backend_predict` jobs (a batch each) for every undecided
 * item nobody has started; audited as `model.backend_refresh_requested`.
 */
export async function refreshBackendPredictions(
  storage: Storage,
  project: Project,
  actor: User,
): Promise<{ items: number; jobs: number }> {
  const backend = await requireBackend(storage, project);
  const ids: number[] = [];
  for (let cursor = 0; ; ) {
    const rows = await selectCandidates(storage, project.id, { afterId: cursor, limit: 5_000 });
    ids.push(...rows.map((r) => r.id));
    if (rows.length < 5_000) break;
    cursor = rows[rows.length - 1]?.id ?? cursor;
  }
  return storage.db.transaction().execute(async (trx) => {
    const now = Date.now();
    const jobs = await enqueueBackendPredictions(trx, project.id, backend.settings, ids, now);
    await recordAudit(
      trx,
      {
        actorId: actor.id,
        action: 'model.backend_refresh_requested',
        projectId: project.id,
        target: `model-backend:${project.id}`,
        details: { items: ids.length, jobs },
      },
      now,
    );
    return { items: ids.length, jobs };
  });
}

/** Queues a START_TRAINING call to the backend; audited as `model.backend_train_requested`. */
export async function requestBackendTraining(
  storage: Storage,
  project: Project,
  actor: User | null,
): Promise<{ jobId: number | null }> {
  await requireBackend(storage, project);
  return storage.db.transaction().execute(async (trx) => {
    const jobId = (await enqueueBackendTraining(trx, project.id, 'start')) ?? null;
    await recordAudit(trx, {
      actorId: actor?.id ?? null,
      action: 'model.backend_train_requested',
      projectId: project.id,
      target: `model-backend:${project.id}`,
      details: { jobId },
    });
    return { jobId };
  });
}
