import { readJson } from '../../db/dialect.js';
import { chunked, type Executor } from '../../db/executor.js';
import type { Storage } from '../../db/storage.js';
import { defineJob, exponentialBackoff, PermanentJobError, RetryJobLater } from '../../jobs/registry.js';
import { enqueueJob, enqueueJobs } from '../../jobs/store.js';
import { findProject } from '../../projects/store.js';
import { BackendCallError } from './call.js';
import type { ModelBackendSettings } from './contracts.js';
import { predictWithBackend, sendTrainingEvent } from './run.js';
import { selectBackend, updateBackendCursor } from './store.js';

declare module '../../jobs/registry.js' {
  interface JobPayloads {
    'model.backend_predict': { projectId: number; itemIds: number[] };
    'model.backend_train': { projectId: number; event: 'start' | 'decisions'; before?: number };
  }
}

/** One key per project: its backend calls run one at a time, in order (and version rows never race). */
const backendKey = (projectId: number) => `model-backend:${projectId}`;

/** Queues predictions for `itemIds`, `batchSize` items per job, in the caller's transaction. */
export async function enqueueBackendPredictions(
  db: Executor,
  projectId: number,
  settings: Pick<ModelBackendSettings, 'batchSize'>,
  itemIds: readonly number[],
  now = Date.now(),
): Promise<number> {
  const jobs = chunked(itemIds, settings.batchSize).map((ids) => ({
    type: 'model.backend_predict' as const,
    payload: { projectId, itemIds: [...ids] },
    projectId,
    key: backendKey(projectId),
  }));
  return (await enqueueJobs(db, jobs, now)).length;
}

/** Queues training events: START_TRAINING, or the human decisions made before `before` not yet sent. */
export function enqueueBackendTraining(
  db: Executor,
  projectId: number,
  event: 'start' | 'decisions',
  now = Date.now(),
  before?: number,
) {
  return enqueueJob(
    db,
    {
      type: 'model.backend_train',
      payload: { projectId, event, ...(before !== undefined ? { before } : {}) },
      projectId,
      key: backendKey(projectId),
      dedupe: `model-backend:${projectId}:${event}`,
    },
    now,
  );
}

/**
 * The ingest hook (src/items/ingest.ts): the backend settings when new items should be sent for
 * prediction. Read before the ingest transaction (SQLite has one connection).
 */
export async function backendForIngest(db: Executor, projectId: number): Promise<ModelBackendSettings | undefined> {
  const row = await db
    .selectFrom('ml_backends')
    .select('settings')
    .where('project_id', '=', projectId)
    .executeTakeFirst();
  const settings = row ? readJson<ModelBackendSettings>(row.settings) : undefined;
  return settings?.predictOnIngest ? settings : undefined;
}

/** A backend failure as the jobs module wants it: permanent, later (Retry-After), or retry with backoff. */
function asJobError(error: unknown): unknown {
  if (error instanceof BackendCallError) {
    if (error.options.permanent) return new PermanentJobError(error.message);
    if (error.options.retryAfterMs !== undefined)
      return new RetryJobLater(error.message, Date.now() + error.options.retryAfterMs);
  }
  return error;
}

/**
 * Asks the project's ML backend to predict a batch of items and lands the answers like the
 * built-in model's. Retries with doubling backoff (2 s … 5 min, 6 attempts; 429 after its
 * Retry-After); the job fails with the last reason, which the backend's health also shows.
 */
export const backendPredictJob = defineJob({
  type: 'model.backend_predict',
  maxAttempts: 6,
  backoff: exponentialBackoff(2_000, 300_000),
  timeoutMs: 10 * 60_000,
  run: async ({ storage, payload, signal, services }) => {
    const project = await findProject(storage, String(payload.projectId));
    const backend = await selectBackend(storage.db, payload.projectId);
    // Removed since: nothing to ask.
    if (!project || !backend) return;
    try {
      const result = await predictWithBackend(storage, project, backend, payload.itemIds, signal);
      await services.notifier.publish(result.decisions.map((d) => d.itemId));
    } catch (error) {
      throw asJobError(error);
    }
  },
});

/** Newest human decisions sent as ANNOTATION_CREATED per run (the rest waits for the next run). */
const DECISIONS_PER_RUN = 200;
/** Decisions younger than this wait: on PostgreSQL ids are not commit order, a late commit must not be skipped. */
const SETTLE_MS = 30_000;

/** Training events to the backend: START_TRAINING, or the human decisions since the last sent. */
export const backendTrainJob = defineJob({
  type: 'model.backend_train',
  maxAttempts: 6,
  backoff: exponentialBackoff(2_000, 300_000),
  timeoutMs: 10 * 60_000,
  run: async ({ storage, payload, signal }) => {
    const project = await findProject(storage, String(payload.projectId));
    const backend = await selectBackend(storage.db, payload.projectId);
    if (!project || !backend) return;
    try {
      if (payload.event === 'start') await sendTrainingEvent(storage, project, backend, { kind: 'start' }, signal);
      else await sendDecisions(storage, payload.projectId, payload.before ?? Date.now() - SETTLE_MS, signal);
    } catch (error) {
      throw asJobError(error);
    }
  },
});

async function sendDecisions(storage: Storage, projectId: number, before: number, signal: AbortSignal): Promise<void> {
  const project = await findProject(storage, String(projectId));
  const backend = await selectBackend(storage.db, projectId);
  if (!project || !backend) return;
  const rows = await storage.db
    .selectFrom('decisions')
    .innerJoin('items', 'items.id', 'decisions.item_id')
    .select(['decisions.id', 'decisions.answer', 'decisions.created_at', 'items.id as item_id', 'items.data'])
    .where('decisions.project_id', '=', projectId)
    .where('decisions.id', '>', backend.decisionsSentUntil)
    .where('decisions.created_at', '<', before)
    .where('decisions.superseded_by', 'is', null)
    .where('decisions.method', 'in', ['consensus', 'adjudicated', 'override'])
    .orderBy('decisions.id')
    .limit(DECISIONS_PER_RUN)
    .execute();
  for (const row of rows) {
    await sendTrainingEvent(
      storage,
      project,
      backend,
      {
        kind: 'decision',
        decisionId: Number(row.id),
        item: { id: Number(row.item_id), data: readJson<Record<string, unknown>>(row.data) ?? {} },
        answer: readJson<Record<string, unknown>>(row.answer) ?? {},
        decidedAt: Number(row.created_at),
      },
      signal,
    );
    // Sent: a retry after a later failure starts after it (at least once, mostly once).
    await updateBackendCursor(storage.db, projectId, { decisionsSentUntil: Number(row.id) });
  }
}

/**
 * From the minutely `model.schedule`: for projects whose backend asks for decisions, queue a run
 * sending those not sent yet (made more than `settleMs` ago). Returns the runs queued.
 */
export async function scheduleBackendDecisions(storage: Storage, settleMs = SETTLE_MS): Promise<number> {
  const now = Date.now();
  const backends = await storage.db
    .selectFrom('ml_backends')
    .select(['project_id', 'settings', 'decisions_sent_until'])
    .execute();
  let queued = 0;
  for (const row of backends) {
    if (!readJson<ModelBackendSettings>(row.settings).sendDecisions) continue;
    const projectId = Number(row.project_id);
    const waiting = await storage.db
      .selectFrom('decisions')
      .select('id')
      .where('project_id', '=', projectId)
      .where('id', '>', Number(row.decisions_sent_until))
      .where('created_at', '<', now - settleMs)
      .limit(1)
      .executeTakeFirst();
    if (!waiting) continue;
    if ((await enqueueBackendTraining(storage.db, projectId, 'decisions', now, now - settleMs)) !== undefined) queued++;
  }
  return queued;
}
