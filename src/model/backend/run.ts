import { readJson } from '../../db/dialect.js';
import type { Storage } from '../../db/storage.js';
import type { Decision } from '../../decisions/store.js';
import { labelConfigOf } from '../../label-studio/label-config.js';
import type { Project } from '../../projects/store.js';
import { policyOf } from '../../routing/store.js';
import { applyPredictions, type ItemPrediction, selectCandidates } from '../predictions.js';
import { resolveQuestion } from '../train.js';
import { BackendCallError, type BackendEndpoint } from './call.js';
import { BACKEND_PROTOCOLS, type BackendContext, type TrainingEvent } from './protocols.js';
import { backendModelVersion, recordBackendCall, type StoredBackend } from './store.js';

/** The endpoint of a backend: the Authorization value comes from the named environment variable. */
export function endpointOf(backend: StoredBackend, signal?: AbortSignal): BackendEndpoint {
  const headers: Record<string, string> = {};
  const env = backend.settings.authHeaderEnv;
  if (env) {
    const value = process.env[env];
    if (!value) {
      throw new BackendCallError(`the server has no environment variable ${env} (the backend's Authorization value)`, {
        permanent: true,
      });
    }
    headers.authorization = value;
  }
  return {
    baseUrl: backend.settings.url,
    headers,
    timeoutMs: backend.settings.timeoutMs,
    ...(signal ? { signal } : {}),
  };
}

export async function contextOf(storage: Storage, project: Project, backend: StoredBackend): Promise<BackendContext> {
  return {
    project,
    question: resolveQuestion(project, backend.settings.question),
    labelConfig: await labelConfigOf(storage.db, project.id, project.labelSchema),
    modelVersion: backend.modelVersion,
  };
}

/** Runs `call`, recording the backend's health from its outcome, and rethrows a failure. */
async function recorded<T>(
  storage: Storage,
  backend: StoredBackend,
  call: () => Promise<T>,
  versionOf: (result: T) => string | null,
  options: { check?: boolean } = {},
): Promise<T> {
  try {
    const result = await call();
    await recordBackendCall(
      storage.db,
      backend.projectId,
      { ok: true, modelVersion: versionOf(result) },
      Date.now(),
      options,
    );
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await recordBackendCall(storage.db, backend.projectId, { ok: false, error: message }, Date.now(), options);
    throw error;
  }
}

/** Health check: `/health` (and, for Label Studio backends, `/setup`); records the outcome. */
export async function checkBackendNow(storage: Storage, project: Project, backend: StoredBackend): Promise<void> {
  await recorded(
    storage,
    backend,
    async () => {
      const speaker = BACKEND_PROTOCOLS[backend.settings.protocol];
      return speaker.check(endpointOf(backend), await contextOf(storage, project, backend));
    },
    (result) => result.modelVersion,
    { check: true },
  );
}

export interface BackendPredictResult {
  readonly predicted: number;
  readonly rerouted: number;
  readonly problems: { itemId: number; message: string }[];
  readonly decisions: Decision[];
}

/**
 * Asks the backend about the items among `itemIds` still open to a new prediction, and lands
 * its answers like the built-in model's (src/model/predictions.ts): prediction, confidence, the
 * model version, ranks, re-routing. Items the answer says nothing usable about keep theirs.
 */
export async function predictWithBackend(
  storage: Storage,
  project: Project,
  backend: StoredBackend,
  itemIds: readonly number[],
  signal?: AbortSignal,
): Promise<BackendPredictResult> {
  const rows = await selectCandidates(storage, project.id, { ids: itemIds });
  if (rows.length === 0) return { predicted: 0, rerouted: 0, problems: [], decisions: [] };
  const ctx = await contextOf(storage, project, backend);
  const items = rows.map((r) => ({ id: r.id, data: readJson<Record<string, unknown>>(r.data) ?? {} }));
  const outcome = await recorded(
    storage,
    backend,
    () => BACKEND_PROTOCOLS[backend.settings.protocol].predict(endpointOf(backend, signal), ctx, items),
    (result) => result.predictions.find((p) => p.version !== null)?.version ?? null,
  );
  const policy = await policyOf(storage, project);
  const now = Date.now();
  const landed = await storage.db.transaction().execute(async (trx) => {
    // Group by the version each prediction names: each gets its own `models` row.
    const byVersion = new Map<string | null, Map<number, ItemPrediction>>();
    for (const p of outcome.predictions) {
      const group = byVersion.get(p.version) ?? new Map<number, ItemPrediction>();
      group.set(p.itemId, {
        answer: p.answer,
        confidence: p.confidence,
        rawConfidence: null,
        probabilities: p.probabilities,
      });
      byVersion.set(p.version, group);
    }
    let rerouted = 0;
    const decisions: Decision[] = [];
    for (const [external, predictions] of byVersion) {
      const version = await backendModelVersion(trx, project.id, ctx.question.name, external, now);
      const applied = await applyPredictions(trx, project, policy, ctx.question.name, rows, predictions, version, now);
      rerouted += applied.rerouted;
      decisions.push(...applied.decisions);
    }
    return { rerouted, decisions };
  });
  return { predicted: outcome.predictions.length, problems: outcome.problems, ...landed };
}

/** Sends one training event (START_TRAINING, or a decision as ANNOTATION_CREATED). */
export async function sendTrainingEvent(
  storage: Storage,
  project: Project,
  backend: StoredBackend,
  event: TrainingEvent,
  signal?: AbortSignal,
): Promise<void> {
  const ctx = await contextOf(storage, project, backend);
  await recorded(
    storage,
    backend,
    () => BACKEND_PROTOCOLS[backend.settings.protocol].train(endpointOf(backend, signal), ctx, event),
    () => null,
  );
}
