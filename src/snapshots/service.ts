import { createHash } from 'node:crypto';
import { recordAudit } from '../audit/record.js';
import { stableStringify } from '../consensus/stable-stringify.js';
import type { Storage } from '../db/storage.js';
import { TandemError } from '../errors.js';
import { liveRecordSource } from '../formats/live-source.js';
import type { ExportFormatName } from '../formats/registry.js';
import { type ExportDownload, exportRecords } from '../formats/service.js';
import type { ExportRecord } from '../formats/types.js';
import { selectLabelStudioBindings } from '../label-studio/bindings-store.js';
import type { Project } from '../projects/store.js';
import type { LabelSchema } from '../schemas/label-schema.js';
import type { User } from '../users/store.js';
import type { CreateSnapshotBody, SnapshotCounts, SnapshotDiff, SnapshotView } from './contracts.js';
import {
  insertSnapshot,
  insertSnapshotItems,
  type Snapshot,
  sealSnapshot,
  selectSnapshot,
  selectSnapshots,
  snapshotRecordSource,
} from './store.js';

/**
 * Takes an immutable snapshot of the items a filter selects now: each record (data, prediction,
 * metadata, current decision) is copied in id order inside one transaction, hashed as it goes,
 * and counted. The audit record is written in the same transaction.
 */
export async function createSnapshot(
  storage: Storage,
  project: Project,
  input: CreateSnapshotBody,
  actor: User | null,
): Promise<Snapshot> {
  const now = Date.now();
  const id = await storage.db.transaction().execute(async (trx) => {
    const snapshotId = await insertSnapshot(trx, {
      projectId: project.id,
      name: input.name,
      reason: input.reason,
      filter: input.filter,
      labelSchema: project.labelSchema,
      schemaHash: sha256(stableStringify(project.labelSchema)),
      createdBy: actor?.id ?? null,
      createdAt: now,
    });
    const hash = createHash('sha256');
    const counts = emptyCounts(project.labelSchema);
    let seq = 0;
    const source = liveRecordSource({ ...storage, db: trx }, project.id, input.filter);
    for await (const page of source.pages()) {
      const rows = page.map((record) => {
        const text = canonicalRecord(record);
        hash.update(text).update('\n');
        count(counts, project.labelSchema, record);
        return {
          snapshot_id: snapshotId,
          seq: seq++,
          item_id: record.itemId,
          decision_id: record.decisionId,
          record: text,
        };
      });
      await insertSnapshotItems(trx, rows);
    }
    const name = input.name ?? `snapshot-${snapshotId}`;
    const contentHash = hash.digest('hex');
    await sealSnapshot(trx, snapshotId, { name, counts, contentHash });
    await recordAudit(
      trx,
      {
        actorId: actor?.id ?? null,
        action: 'snapshot.created',
        projectId: project.id,
        target: `snapshot:${snapshotId}`,
        details: { name, reason: input.reason, filter: input.filter, items: counts.items, contentHash },
      },
      now,
    );
    return snapshotId;
  });
  return getSnapshot(storage, project, id);
}

export async function getSnapshot(storage: Storage, project: Project, id: number): Promise<Snapshot> {
  const snapshot = await selectSnapshot(storage.db, project.id, id);
  if (!snapshot) throw new TandemError('SNAPSHOT_NOT_FOUND', `No snapshot ${id} in project "${project.slug}"`);
  return snapshot;
}

export function listSnapshots(storage: Storage, project: Project): Promise<Snapshot[]> {
  return selectSnapshots(storage.db, project.id);
}

/**
 * Exports a snapshot in any registered format. It reads only the snapshot's copies and its own
 * label schema, and formats write nothing time-dependent, so every export is byte-identical.
 */
export async function exportSnapshot(
  storage: Storage,
  project: Project,
  id: number,
  format: ExportFormatName,
  question: string | undefined,
): Promise<ExportDownload> {
  const snapshot = await getSnapshot(storage, project, id);
  const context = {
    projectSlug: project.slug,
    labelSchema: snapshot.labelSchema,
    question,
    labelStudioBindings: await selectLabelStudioBindings(storage.db, project.id),
  };
  return exportRecords(snapshotRecordSource(storage.db, id), context, format, `${project.slug}-${snapshot.name}`);
}

/**
 * What changed from snapshot `fromId` to snapshot `toId`: items added, removed, and — for items
 * in both — each question whose decided answer differs. Both are read in item id order and
 * merged a page at a time, so memory holds two pages whatever their size.
 */
export async function diffSnapshots(
  storage: Storage,
  project: Project,
  fromId: number,
  toId: number,
  limit: number,
): Promise<SnapshotDiff> {
  const [from, to] = [await getSnapshot(storage, project, fromId), await getSnapshot(storage, project, toId)];
  const questions = [...new Set([...from.labelSchema.questions, ...to.labelSchema.questions].map((q) => q.name))];
  const diff: SnapshotDiff = {
    from: fromId,
    to: toId,
    added: { count: 0, itemIds: [] },
    removed: { count: 0, itemIds: [] },
    labelChanged: {},
    unchanged: 0,
  };
  const note = (bucket: { count: number; itemIds: number[] }, itemId: number) => {
    bucket.count++;
    if (bucket.itemIds.length < limit) bucket.itemIds.push(itemId);
  };
  const left = records(snapshotRecordSource(storage.db, fromId).pages());
  const right = records(snapshotRecordSource(storage.db, toId).pages());
  let a = await left.next();
  let b = await right.next();
  while (!a.done || !b.done) {
    if (b.done || (!a.done && a.value.itemId < b.value.itemId)) {
      note(diff.removed, (a.value as ExportRecord).itemId);
      a = await left.next();
    } else if (a.done || b.value.itemId < a.value.itemId) {
      note(diff.added, b.value.itemId);
      b = await right.next();
    } else {
      let changed = false;
      for (const question of questions) {
        const before = stableStringify(a.value.answer?.[question] ?? null);
        const after = stableStringify(b.value.answer?.[question] ?? null);
        if (before === after) continue;
        diff.labelChanged[question] ??= { count: 0, itemIds: [] };
        note(diff.labelChanged[question], b.value.itemId);
        changed = true;
      }
      if (!changed) diff.unchanged++;
      a = await left.next();
      b = await right.next();
    }
  }
  return diff;
}

async function* records(pages: AsyncIterable<readonly ExportRecord[]>): AsyncGenerator<ExportRecord> {
  for await (const page of pages) yield* page;
}

export function toSnapshotView(snapshot: Snapshot): SnapshotView {
  return {
    id: snapshot.id,
    projectId: snapshot.projectId,
    name: snapshot.name,
    reason: snapshot.reason,
    filter: snapshot.filter,
    schemaHash: snapshot.schemaHash,
    counts: snapshot.counts,
    contentHash: snapshot.contentHash,
    createdBy: snapshot.createdBy,
    createdAt: new Date(snapshot.createdAt).toISOString(),
  };
}

/** The record as stored and hashed: fixed key order, so equal content gives equal text. */
function canonicalRecord(record: ExportRecord): string {
  return JSON.stringify({
    itemId: record.itemId,
    externalId: record.externalId,
    data: record.data,
    prediction: record.prediction,
    confidence: record.confidence,
    metadata: record.metadata,
    decisionId: record.decisionId,
    answer: record.answer,
  });
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function emptyCounts(schema: LabelSchema): SnapshotCounts {
  const perQuestion: SnapshotCounts['perQuestion'] = {};
  for (const question of schema.questions) {
    const choice = question.type === 'single_choice' || question.type === 'multi_choice';
    perQuestion[question.name] = choice
      ? { answered: 0, values: Object.fromEntries(question.options.map((option) => [option.value, 0])) }
      : { answered: 0 };
  }
  return { items: 0, decided: 0, perQuestion };
}

function count(counts: SnapshotCounts, schema: LabelSchema, record: ExportRecord): void {
  counts.items++;
  if (record.answer === null) return;
  counts.decided++;
  for (const question of schema.questions) {
    const value = record.answer[question.name];
    const entry = counts.perQuestion[question.name];
    if (value === undefined || value === null || !entry) continue;
    entry.answered++;
    if (!entry.values) continue;
    for (const selected of Array.isArray(value) ? value : [value]) {
      if (typeof selected === 'string' && selected in entry.values)
        entry.values[selected] = (entry.values[selected] ?? 0) + 1;
    }
  }
}
