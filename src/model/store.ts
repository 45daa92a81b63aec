import { readJson } from '../db/dialect.js';
import type { Executor } from '../db/executor.js';
import type { IsotonicStep } from './calibration.js';
import type { SerializedModel } from './serialize.js';

/** What a training run measured, stored with its version. */
export interface ModelMetrics {
  /** Share of held-out human labels the version predicted right; null when too few labels to hold out. */
  readonly heldOutAccuracy: number | null;
  readonly heldOut: number;
  readonly trainedOn: number;
  readonly trainMs: number;
  /** Undecided items whose prediction this version refreshed, and how many of them were re-routed. */
  readonly refreshed?: number;
  readonly rerouted?: number;
}

export interface ModelVersion {
  readonly projectId: number;
  readonly question: string;
  readonly version: number;
  /** `builtin`: trained here; `backend`: a version the project's ML backend reported. */
  readonly source: 'builtin' | 'backend';
  /** The backend's own name for the version. */
  readonly externalVersion: string | null;
  /** The isotonic map applied to this version's confidences (issue 12 point 3); null: raw. */
  readonly calibration: IsotonicStep[] | null;
  readonly labelsUsed: number;
  readonly metrics: ModelMetrics;
  readonly createdAt: number;
}

const SUMMARY = [
  'project_id',
  'question',
  'version',
  'labels_used',
  'metrics',
  'created_at',
  'source',
  'external_version',
  'calibration',
] as const;

function toVersion(row: {
  project_id: number;
  question: string;
  version: number;
  labels_used: number;
  metrics: unknown;
  created_at: number;
  source: string;
  external_version: string | null;
  calibration: unknown;
}): ModelVersion {
  return {
    projectId: Number(row.project_id),
    question: row.question,
    version: Number(row.version),
    source: row.source === 'backend' ? 'backend' : 'builtin',
    externalVersion: row.external_version,
    calibration: row.calibration === null ? null : readJson<IsotonicStep[]>(row.calibration),
    labelsUsed: Number(row.labels_used),
    metrics: readJson<ModelMetrics>(row.metrics),
    createdAt: Number(row.created_at),
  };
}

/** Stores a new version (the next number for this project and question) and returns it. */
export async function insertModelVersion(
  db: Executor,
  input: {
    projectId: number;
    question: string;
    labelsUsed: number;
    metrics: ModelMetrics;
    weights: SerializedModel;
    /** Isotonic map fitted from held-out human decisions, when the project recalibrates. */
    calibration?: IsotonicStep[] | null;
  },
  now: number,
): Promise<ModelVersion> {
  const last = await db
    .selectFrom('models')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('project_id', '=', input.projectId)
    .where('question', '=', input.question)
    .executeTakeFirst();
  const version = Number(last?.version ?? 0) + 1;
  await db
    .insertInto('models')
    .values({
      project_id: input.projectId,
      question: input.question,
      version,
      labels_used: input.labelsUsed,
      metrics: JSON.stringify(input.metrics),
      weights: JSON.stringify(input.weights),
      calibration: input.calibration ? JSON.stringify(input.calibration) : null,
      created_at: now,
    })
    .execute();
  return {
    projectId: input.projectId,
    question: input.question,
    version,
    source: 'builtin',
    externalVersion: null,
    calibration: input.calibration ?? null,
    labelsUsed: input.labelsUsed,
    metrics: input.metrics,
    createdAt: now,
  };
}

export async function updateModelMetrics(db: Executor, model: ModelVersion, metrics: ModelMetrics): Promise<void> {
  await db
    .updateTable('models')
    .set({ metrics: JSON.stringify(metrics) })
    .where('project_id', '=', model.projectId)
    .where('question', '=', model.question)
    .where('version', '=', model.version)
    .execute();
}

/** Every version of a project's models, oldest first (the learning curve). */
export async function selectModelVersions(db: Executor, projectId: number): Promise<ModelVersion[]> {
  const rows = await db
    .selectFrom('models')
    .select(SUMMARY)
    .where('project_id', '=', projectId)
    .orderBy('question')
    .orderBy('version')
    .execute();
  return rows.map(toVersion);
}

/** The newest version for a question, with its weights. */
export async function selectLatestModel(
  db: Executor,
  projectId: number,
  question: string,
): Promise<{ version: ModelVersion; weights: SerializedModel } | undefined> {
  const row = await db
    .selectFrom('models')
    .select([...SUMMARY, 'weights'])
    .where('project_id', '=', projectId)
    .where('question', '=', question)
    .where('source', '=', 'builtin')
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { version: toVersion(row), weights: JSON.parse(row.weights) as SerializedModel } : undefined;
}
