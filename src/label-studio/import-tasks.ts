import { roleCan } from '../access/model.js';
import { recordAudit } from '../audit/record.js';
import type { Storage } from '../db/storage.js';
import { recordDecision } from '../decisions/resolve.js';
import { selectCurrentDecision } from '../decisions/store.js';
import { TandemError } from '../errors.js';
import type { IngestReport, RowError } from '../items/contracts.js';
import { ingestRows } from '../items/ingest.js';
import type { Project } from '../projects/store.js';
import { policyOf } from '../routing/store.js';
import { validateAnswer } from '../schemas/answer.js';
import type { User } from '../users/store.js';
import { selectLabelStudioBindings } from './bindings-store.js';
import type { LabelStudioBinding } from './config.js';
import { defaultBindings, type LabelStudioResult, resultsToAnswer } from './results.js';

/** Tasks stored per transaction. */
const CHUNK = 1_000;

export interface LabelStudioImportReport extends IngestReport {
  /** Items whose Label Studio annotation became their decision. */
  readonly decided: number;
}

type Task = {
  id?: unknown;
  data?: unknown;
  meta?: { externalId?: unknown };
  predictions?: unknown;
  annotations?: unknown;
  completions?: unknown;
};

type Annotation = {
  id?: unknown;
  result?: unknown;
  was_cancelled?: unknown;
  ground_truth?: unknown;
  completed_by?: unknown;
};
type Prediction = { result?: unknown; score?: unknown; model_version?: unknown };

/** Largest Label Studio upload read (a JSON array cannot be imported before it is whole). */
export const LABEL_STUDIO_MAX_BYTES = 256_000_000;

/**
 * The upload as tasks: a parsed JSON body (application/json) as it is, or a stream (JSONL or a
 * JSON array sent as application/x-ndjson) read whole, up to LABEL_STUDIO_MAX_BYTES.
 */
export async function readTaskUpload(body: unknown): Promise<{ tasks: unknown[]; errors: RowError[] }> {
  if (Array.isArray(body)) return { tasks: body, errors: [] };
  if (body === null || typeof body !== 'object' || !(Symbol.asyncIterator in body)) {
    throw new TandemError('INVALID_FILE', 'Send Label Studio tasks as a JSON array or one task per line', [
      { path: 'body', message: 'expected a JSON array of tasks or JSONL' },
    ]);
  }
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of body as AsyncIterable<Buffer>) {
    size += part.length;
    if (size > LABEL_STUDIO_MAX_BYTES) {
      throw new TandemError(
        'PAYLOAD_TOO_LARGE',
        `A Label Studio upload may be at most ${LABEL_STUDIO_MAX_BYTES} bytes`,
        [{ path: 'body', message: 'split the tasks into several files' }],
      );
    }
    parts.push(part);
  }
  return parseTaskFile(Buffer.concat(parts).toString('utf8'));
}

/** Splits an upload into tasks: a JSON array (Label Studio's export) or one task per line. */
export function parseTaskFile(text: string): { tasks: unknown[]; errors: RowError[] } {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (Array.isArray(parsed)) return { tasks: parsed, errors: [] };
    } catch (error) {
      throw new TandemError('INVALID_FILE', `The file is not a JSON array of tasks: ${(error as Error).message}`, [
        { path: 'body', message: 'expected a JSON array of Label Studio tasks, or one task per line' },
      ]);
    }
  }
  const tasks: unknown[] = [];
  const errors: RowError[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      tasks.push(JSON.parse(line));
    } catch {
      errors.push({ row: tasks.length, line: index + 1, code: 'INVALID_FILE', path: '', message: 'not valid JSON' });
      tasks.push(undefined);
    }
  });
  return { tasks, errors };
}

/**
 * Imports Label Studio tasks: `data` becomes the item's data; the best-scored prediction becomes
 * the item's prediction (`score` → confidence, `model_version` → metadata.modelVersion); and an
 * annotation — the ground-truth one, else the last one not cancelled — becomes the item's
 * **decision** (method `override`, decided by the importing user, the Label Studio annotation id
 * and annotator in its reason). Annotations do not become responses: their annotators have no
 * Tandem accounts, and agreement over them was already settled in Label Studio.
 * Bad tasks are reported per row; good ones are stored.
 */
export async function importLabelStudioTasks(
  storage: Storage,
  project: Project,
  tasks: readonly unknown[],
  actor: User,
  parseErrors: readonly RowError[] = [],
): Promise<LabelStudioImportReport> {
  // Annotations become decisions, which only managers may make (as overriding one does).
  const mayDecide = roleCan(actor.role, 'manage');
  const bindings = (await selectLabelStudioBindings(storage.db, project.id)) ?? defaultBindings(project.labelSchema);
  const errors: RowError[] = [...parseErrors];
  const failedRows = new Set(parseErrors.map((error) => error.row));
  const rejected = new Set(failedRows);
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  let decided = 0;
  for (let start = 0; start < tasks.length; start += CHUNK) {
    const rows: unknown[] = [];
    const answers: (Record<string, unknown> | undefined)[] = [];
    const reasons: string[] = [];
    tasks.slice(start, start + CHUNK).forEach((raw, offset) => {
      const row = start + offset;
      if (failedRows.has(row)) {
        rows.push(undefined);
        answers.push(undefined);
        reasons.push('');
        return;
      }
      const converted = convertTask(project, bindings, raw as Task);
      for (const problem of converted.problems) errors.push({ row, code: 'SCHEMA_MISMATCH', ...problem });
      rows.push(converted.item);
      answers.push(converted.answer);
      reasons.push(converted.reason);
    });
    const indexes = rows.map((_row, index) => index).filter((index) => rows[index] !== undefined);
    const outcome = await ingestRows(
      storage,
      project,
      indexes.map((index) => rows[index]),
    );
    for (const error of outcome.errors) {
      const row = start + (indexes[error.row] as number);
      errors.push({ ...error, row });
      rejected.add(row);
    }
    const stored = outcome.results.map((result) => ({ ...result, row: start + (indexes[result.row] as number) }));
    created += stored.filter((result) => result.status === 'created').length;
    updated += stored.filter((result) => result.status === 'updated').length;
    unchanged += stored.filter((result) => result.status === 'unchanged').length;
    decided += await decideFromAnnotations(
      storage,
      project,
      actor,
      mayDecide,
      stored,
      (row) => ({
        answer: answers[row - start],
        reason: reasons[row - start] ?? '',
      }),
      errors,
    );
  }
  const report = {
    received: tasks.length,
    created,
    updated,
    unchanged,
    rejected: rejected.size,
    decided,
    errors: errors.sort((a, b) => a.row - b.row).slice(0, 1_000),
    ...(errors.length > 1_000 ? { errorsTruncated: true } : {}),
  };
  await recordAudit(storage.db, {
    actorId: actor.id,
    action: 'label_studio.imported',
    projectId: project.id,
    target: `project:${project.id}`,
    details: { received: report.received, created, updated, decided, rejected: report.rejected },
  });
  return report;
}

function convertTask(
  project: Project,
  bindings: readonly LabelStudioBinding[],
  task: Task,
): {
  item: unknown;
  answer: Record<string, unknown> | undefined;
  reason: string;
  problems: { path: string; message: string }[];
} {
  const problems: { path: string; message: string }[] = [];
  if (typeof task !== 'object' || task === null || typeof task.data !== 'object' || task.data === null) {
    // Left to the item check, which reports the missing data object.
    return { item: { data: task?.data }, answer: undefined, reason: '', problems };
  }
  const data = task.data as Record<string, unknown>;
  const externalId =
    typeof task.meta?.externalId === 'string'
      ? task.meta.externalId
      : typeof task.id === 'number' || typeof task.id === 'string'
        ? `ls-${task.id}`
        : undefined;
  const item: Record<string, unknown> = { data, ...(externalId ? { externalId } : {}) };
  const predictions = (Array.isArray(task.predictions) ? task.predictions : []) as Prediction[];
  const best = predictions.reduce<Prediction | undefined>(
    (top, candidate) =>
      top === undefined || (typeof candidate.score === 'number' && candidate.score > ((top.score as number) ?? -1))
        ? candidate
        : top,
    undefined,
  );
  if (best && Array.isArray(best.result)) {
    const converted = resultsToAnswer(project.labelSchema, bindings, best.result as LabelStudioResult[], data);
    problems.push(...converted.problems.map((message) => ({ path: 'predictions', message })));
    if (Object.keys(converted.answer).length > 0) item.prediction = converted.answer;
    if (typeof best.score === 'number') item.confidence = Math.min(1, Math.max(0, best.score));
    if (typeof best.model_version === 'string' && best.model_version !== '') {
      item.metadata = { modelVersion: best.model_version.slice(0, 200) };
    }
  }
  const annotations = ((Array.isArray(task.annotations) ? task.annotations : task.completions) ?? []) as Annotation[];
  const kept = Array.isArray(annotations) ? annotations.filter((a) => a && a.was_cancelled !== true) : [];
  const chosen = kept.find((a) => a.ground_truth === true) ?? kept.at(-1);
  if (!chosen || !Array.isArray(chosen.result)) return { item, answer: undefined, reason: '', problems };
  const converted = resultsToAnswer(project.labelSchema, bindings, chosen.result as LabelStudioResult[], data);
  problems.push(...converted.problems.map((message) => ({ path: 'annotations', message })));
  const by = chosen.completed_by === undefined ? '' : ` by ${JSON.stringify(chosen.completed_by)}`;
  const reason = `imported from Label Studio: annotation ${JSON.stringify(chosen.id ?? null)}${by}`;
  return { item, answer: converted.answer, reason, problems };
}

async function decideFromAnnotations(
  storage: Storage,
  project: Project,
  actor: User,
  mayDecide: boolean,
  stored: readonly { row: number; id: number; externalId: string | null }[],
  annotationOf: (row: number) => { answer: Record<string, unknown> | undefined; reason: string },
  errors: RowError[],
): Promise<number> {
  const { version } = await policyOf(storage, project);
  const now = Date.now();
  let decided = 0;
  await storage.db.transaction().execute(async (trx) => {
    for (const result of stored) {
      const { answer, reason } = annotationOf(result.row);
      if (!answer) continue;
      if (!mayDecide) {
        errors.push({
          row: result.row,
          code: 'VALIDATION_FAILED',
          path: 'annotations',
          message: 'an annotation becomes the decision, which only managers make; the item was stored without it',
        });
        continue;
      }
      const item = await trx.selectFrom('items').select('data').where('id', '=', result.id).executeTakeFirstOrThrow();
      const data = typeof item.data === 'string' ? JSON.parse(item.data) : item.data;
      const issues = validateAnswer(project.labelSchema, answer, data);
      if (issues.length > 0) {
        for (const issue of issues) {
          errors.push({
            row: result.row,
            code: 'SCHEMA_MISMATCH',
            path: ['annotations', ...issue.path].join('.'),
            message: issue.message,
          });
        }
        continue;
      }
      const current = await selectCurrentDecision(trx, result.id);
      await recordDecision(
        trx,
        {
          itemId: result.id,
          projectId: project.id,
          answer,
          method: 'override',
          agreement: null,
          responseIds: current ? [...current.responseIds] : [],
          policyVersion: version,
          decidedBy: actor.id,
          reason,
        },
        result.externalId,
        now,
      );
      decided++;
    }
  });
  return decided;
}
