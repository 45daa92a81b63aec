import { readJson } from '../../db/dialect.js';
import type { Executor } from '../../db/executor.js';
import type { ModelBackendSettings } from './contracts.js';

/** A project's ML backend as stored: settings and what the last calls said. */
export interface StoredBackend {
  readonly projectId: number;
  readonly settings: ModelBackendSettings;
  readonly status: 'unknown' | 'up' | 'down';
  readonly modelVersion: string | null;
  readonly lastError: string | null;
  readonly lastCallAt: number | null;
  readonly lastOkAt: number | null;
  readonly checkedAt: number | null;
  readonly labelsAtTraining: number;
  readonly decisionsSentUntil: number;
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

export async function selectBackend(db: Executor, projectId: number): Promise<StoredBackend | undefined> {
  const row = await db.selectFrom('ml_backends').selectAll().where('project_id', '=', projectId).executeTakeFirst();
  if (!row) return undefined;
  return {
    projectId,
    settings: readJson<ModelBackendSettings>(row.settings),
    status: row.status as StoredBackend['status'],
    modelVersion: row.model_version,
    lastError: row.last_error,
    lastCallAt: num(row.last_call_at),
    lastOkAt: num(row.last_ok_at),
    checkedAt: num(row.checked_at),
    labelsAtTraining: Number(row.labels_at_training),
    decisionsSentUntil: Number(row.decisions_sent_until),
  };
}

/** Saves the settings; a changed URL or protocol starts again from an unknown health. */
export async function upsertBackend(
  db: Executor,
  projectId: number,
  settings: ModelBackendSettings,
  previous: StoredBackend | undefined,
  now: number,
): Promise<void> {
  const json = JSON.stringify(settings);
  if (!previous) {
    await db
      .insertInto('ml_backends')
      .values({ project_id: projectId, settings: json, created_at: now, updated_at: now })
      .execute();
    return;
  }
  const moved = previous.settings.url !== settings.url || previous.settings.protocol !== settings.protocol;
  await db
    .updateTable('ml_backends')
    .set({
      settings: json,
      updated_at: now,
      ...(moved ? { status: 'unknown', model_version: null, last_error: null } : {}),
    })
    .where('project_id', '=', projectId)
    .execute();
}

export async function deleteBackend(db: Executor, projectId: number): Promise<boolean> {
  const result = await db.deleteFrom('ml_backends').where('project_id', '=', projectId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Records the outcome of a call (every call: health is what the last one said). */
export async function recordBackendCall(
  db: Executor,
  projectId: number,
  outcome: { ok: true; modelVersion?: string | null } | { ok: false; error: string },
  now: number,
  options: { check?: boolean } = {},
): Promise<void> {
  await db
    .updateTable('ml_backends')
    .set({
      last_call_at: now,
      ...(options.check ? { checked_at: now } : {}),
      ...(outcome.ok
        ? {
            status: 'up',
            last_ok_at: now,
            last_error: null,
            ...(outcome.modelVersion ? { model_version: outcome.modelVersion } : {}),
          }
        : { status: 'down', last_error: outcome.error.slice(0, 2_000) }),
    })
    .where('project_id', '=', projectId)
    .execute();
}

export async function updateBackendCursor(
  db: Executor,
  projectId: number,
  set: { labelsAtTraining?: number; decisionsSentUntil?: number },
): Promise<void> {
  await db
    .updateTable('ml_backends')
    .set({
      ...(set.labelsAtTraining !== undefined ? { labels_at_training: set.labelsAtTraining } : {}),
      ...(set.decisionsSentUntil !== undefined ? { decisions_sent_until: set.decisionsSentUntil } : {}),
    })
    .where('project_id', '=', projectId)
    .execute();
}

/**
 * The `models` version standing for a backend's own version name (`models.source = 'backend'`,
 * no weights), created on first sight: items record it in `model_version` like the built-in
 * model's, so calibration and the versions list treat both alike. Call with the project's
 * backend jobs serialised (their shared job key), so two runs never number the same version.
 */
export async function backendModelVersion(
  db: Executor,
  projectId: number,
  question: string,
  external: string | null,
  now: number,
): Promise<number> {
  const name = external ?? '(unversioned)';
  const found = await db
    .selectFrom('models')
    .select('version')
    .where('project_id', '=', projectId)
    .where('question', '=', question)
    .where('source', '=', 'backend')
    .where('external_version', '=', name)
    .executeTakeFirst();
  if (found) return Number(found.version);
  const last = await db
    .selectFrom('models')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('project_id', '=', projectId)
    .where('question', '=', question)
    .executeTakeFirst();
  const version = Number(last?.version ?? 0) + 1;
  await db
    .insertInto('models')
    .values({
      project_id: projectId,
      question,
      version,
      labels_used: 0,
      metrics: JSON.stringify({ heldOutAccuracy: null, heldOut: 0, trainedOn: 0, trainMs: 0 }),
      weights: '',
      source: 'backend',
      external_version: name,
      created_at: now,
    })
    .execute();
  return version;
}
