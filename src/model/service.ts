import type { z } from 'zod';
import { recordAudit } from '../audit/record.js';
import { readJson } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import type { Project } from '../projects/store.js';
import type { User } from '../users/store.js';
import { requestBackendTraining } from './backend/service.js';
import { selectBackend } from './backend/store.js';
import {
  adviseThreshold,
  applyIsotonic,
  expectedCalibrationError,
  fitIsotonic,
  type Judged,
  reliabilityBands,
} from './calibration.js';
import type {
  CalibrationQuery,
  CalibrationResponse,
  CalibrationView,
  ModelVersionsResponse,
  TrainModelBody,
} from './contracts.js';
import { enqueueTraining } from './jobs.js';
import { sameSet } from './multi-choice.js';
import { selectModelVersions } from './store.js';
import { resolveQuestion } from './train.js';

/**
 * Queues a training run now (API, CLI, the web button); audited as `model.train_requested`. A
 * question the project's ML backend predicts is trained there: a START_TRAINING call is queued.
 */
export async function requestTraining(
  storage: Storage,
  project: Project,
  body: TrainModelBody,
  actor: User,
): Promise<{ question: string; jobId: number | null; backend: boolean }> {
  const question = resolveQuestion(project, body.question).name;
  const backend = await selectBackend(storage.db, project.id);
  if (backend && resolveQuestion(project, backend.settings.question).name === question) {
    return { question, backend: true, ...(await requestBackendTraining(storage, project, actor)) };
  }
  return storage.db.transaction().execute(async (trx) => {
    const jobId = (await enqueueTraining(trx, project.id, question)) ?? null;
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'model.train_requested',
      projectId: project.id,
      target: `model:${question}`,
      details: { question, jobId },
    });
    return { question, jobId, backend: false };
  });
}

/** Every stored version with what it was trained on and how it did: the learning curve. */
export async function listModelVersions(
  storage: Storage,
  project: Project,
): Promise<z.input<typeof ModelVersionsResponse>> {
  const versions = await selectModelVersions(storage.db, project.id);
  return {
    versions: versions.map((v) => ({
      question: v.question,
      version: v.version,
      source: v.source,
      externalVersion: v.externalVersion,
      calibration: v.calibration,
      labelsUsed: v.labelsUsed,
      heldOutAccuracy: v.metrics.heldOutAccuracy,
      heldOut: v.metrics.heldOut,
      trainMs: v.metrics.trainMs,
      refreshed: v.metrics.refreshed ?? null,
      rerouted: v.metrics.rerouted ?? null,
      createdAt: new Date(v.createdAt).toISOString(),
    })),
  };
}

/**
 * Predictions people have since decided on — including auto-accepted items drawn into the audit
 * sample, whose review decision replaces the automatic one — grouped by the model version that
 * made them, with calibration figures and the threshold advice for `targetError`.
 */
export async function calibrationReport(
  storage: Storage,
  project: Project,
  query: CalibrationQuery,
): Promise<CalibrationResponse> {
  const question = resolveQuestion(project, query.question).name;
  const rows = await storage.db
    .selectFrom('decisions')
    .innerJoin('items', 'items.id', 'decisions.item_id')
    .select(['items.prediction', 'items.confidence', 'items.model_version', 'decisions.answer'])
    .where('decisions.project_id', '=', project.id)
    .where('decisions.superseded_by', 'is', null)
    .where('decisions.method', 'in', ['consensus', 'adjudicated', 'override'])
    .where('items.confidence', 'is not', null)
    .execute();
  const byVersion = new Map<number | null, Judged[]>();
  const all: Judged[] = [];
  for (const row of rows) {
    const predicted = readJson<Record<string, unknown> | null>(row.prediction)?.[question];
    const decided = readJson<Record<string, unknown> | null>(row.answer)?.[question];
    const correct =
      typeof predicted === 'string' && typeof decided === 'string'
        ? predicted === decided
        : Array.isArray(predicted) && Array.isArray(decided)
          ? sameSet(predicted, decided)
          : undefined;
    if (correct === undefined) continue;
    const judged = { confidence: Number(row.confidence), correct };
    const version = row.model_version === null ? null : Number(row.model_version);
    byVersion.set(version, [...(byVersion.get(version) ?? []), judged]);
    all.push(judged);
  }
  const versions = [...byVersion.entries()]
    .sort(([a], [b]) => (a ?? 0) - (b ?? 0))
    .map(([version, judged]) => viewOf(version, judged));
  const advice = adviseThreshold(all, query.targetError);
  const newest = (await selectModelVersions(storage.db, project.id)).filter((v) => v.question === question).at(-1);
  const recalibrated = newest?.calibration != null;
  return { question, recalibrated, targetError: query.targetError, versions, all: viewOf(null, all), ...advice };
}

function viewOf(version: number | null, judged: readonly Judged[]): z.input<typeof CalibrationView> {
  const n = judged.length;
  return {
    version,
    judged: n,
    accuracy: n === 0 ? null : judged.filter((j) => j.correct).length / n,
    expectedCalibrationError: n === 0 ? null : expectedCalibrationError(judged),
    expectedCalibrationErrorIsotonic: n < 20 ? null : crossFittedIsotonicEce(judged),
    bands: reliabilityBands(judged),
    isotonic: fitIsotonic(judged),
  };
}

/** ECE after isotonic recalibration, fitted on one half and scored on the other (both ways). */
function crossFittedIsotonicEce(judged: readonly Judged[]): number {
  const halves = [judged.filter((_, i) => i % 2 === 0), judged.filter((_, i) => i % 2 === 1)];
  const scored: Judged[] = [];
  halves.forEach((half, h) => {
    const map = fitIsotonic(halves[1 - h] ?? []);
    for (const j of half) scored.push({ confidence: applyIsotonic(map, j.confidence), correct: j.correct });
  });
  return expectedCalibrationError(scored);
}
