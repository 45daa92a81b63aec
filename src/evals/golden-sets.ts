import { sql } from 'kysely';
import { recordAudit } from '../audit/record.js';
import { isUniqueViolation, readJson } from '../db/dialect.js';
import { chunked, type Executor } from '../db/executor.js';
import type { Storage } from '../db/storage.js';
import { TandemError, ValidationError } from '../errors.js';
import { liveRecordSource } from '../formats/live-source.js';
import type { ExportRecord } from '../formats/types.js';
import { assertProjectOpen } from '../projects/lifecycle.js';
import type { Project } from '../projects/store.js';
import {
  type CreateGoldenVersionBody,
  GoldenEntryInput,
  type GoldenEntryView,
  type GoldenSetView,
  type GoldenVersionView,
} from './contracts.js';
import { readRows, rowIssues } from './rows.js';

/**
 * Golden sets (issue 13 point 4): named per project, versioned and immutable. Each version is a
 * new row with its own copied entries, made from decided items (the snapshot filter machinery,
 * `liveRecordSource`) or imported; an import with a bad line makes no version at all and names
 * every bad line and field (a golden set is curated: half of one is not what anyone meant).
 */

interface Actor {
  readonly id: number;
}

type NewEntry = {
  externalId: string;
  itemId: number | null;
  input: Record<string, unknown>;
  reference: string | null;
  rubric: string | null;
  metadata: Record<string, unknown>;
};

const iso = (ms: number) => new Date(Number(ms)).toISOString();

export function goldenSetNotFound(project: Project, name: string, version?: number): TandemError {
  const which = version === undefined ? `"${name}"` : `"${name}" version ${version}`;
  return new TandemError('GOLDEN_SET_NOT_FOUND', `Project "${project.slug}" has no golden set ${which}`);
}

function entryFromItem(record: ExportRecord, from: NonNullable<CreateGoldenVersionBody['fromItems']>): NewEntry {
  const input = { ...record.data };
  let reference: unknown = null;
  if (from.reference && 'field' in from.reference) {
    reference = input[from.reference.field] ?? null;
    // The reference is not part of what the model is shown.
    delete input[from.reference.field];
  } else if (from.reference) reference = record.answer?.[from.reference.question] ?? null;
  return {
    externalId: record.externalId ?? `item-${record.itemId}`,
    itemId: record.itemId,
    input,
    reference: reference === null ? null : typeof reference === 'string' ? reference : JSON.stringify(reference),
    rubric: from.rubric ?? null,
    metadata: record.metadata,
  };
}

function importedEntries(body: CreateGoldenVersionBody): NewEntry[] {
  const jsonl = body.jsonl !== undefined;
  const { rows, problems } = readRows(GoldenEntryInput, { rows: body.entries, jsonl: body.jsonl });
  const seen = new Map<string, number>();
  for (const { row, value } of rows) {
    const first = seen.get(value.externalId);
    if (first !== undefined) {
      problems.push({ row, path: 'externalId', message: `"${value.externalId}" is already on row ${first}` });
    } else seen.set(value.externalId, row);
  }
  if (rows.length === 0 && problems.length === 0) problems.push({ row: 1, path: '', message: 'no entries' });
  if (problems.length > 0) {
    problems.sort((a, b) => a.row - b.row);
    throw new ValidationError(rowIssues(problems, jsonl, 'entries'));
  }
  return rows.map(({ value }) => ({
    externalId: value.externalId,
    itemId: null,
    input: value.input,
    reference: value.reference ?? null,
    rubric: value.rubric ?? null,
    metadata: value.metadata,
  }));
}

async function insertEntries(trx: Executor, projectId: number, versionId: number, entries: NewEntry[], seq0: number) {
  for (const chunk of chunked(entries, 200)) {
    await trx
      .insertInto('golden_entries')
      .values(
        chunk.map((e, index) => ({
          project_id: projectId,
          version_id: versionId,
          seq: seq0 + index,
          external_id: e.externalId,
          item_id: e.itemId,
          input: JSON.stringify(e.input),
          reference: e.reference,
          rubric: e.rubric,
          metadata: JSON.stringify(e.metadata),
        })),
      )
      .execute();
    seq0 += chunk.length;
  }
}

/**
 * Adds a version to the golden set `name` (creating the set at version 1). Exactly one source:
 * `fromItems`, `entries` or `jsonl`. The entries, the version row and the audit record commit together.
 */
export async function createGoldenVersion(
  storage: Storage,
  project: Project,
  name: string,
  body: CreateGoldenVersionBody,
  actor: Actor,
  now = Date.now(),
): Promise<GoldenVersionView> {
  assertProjectOpen(project, 'adding a golden-set version');
  const sources = [body.fromItems, body.entries, body.jsonl].filter((s) => s !== undefined).length;
  if (sources !== 1) {
    throw new ValidationError([{ path: 'fromItems', message: 'give exactly one of fromItems, entries and jsonl' }]);
  }
  if (body.fromItems?.reference && 'question' in body.fromItems.reference) {
    const question = body.fromItems.reference.question;
    if (!project.labelSchema.questions.some((q) => q.name === question)) {
      throw new ValidationError([
        { path: 'fromItems.reference.question', message: `the project has no question "${question}"` },
      ]);
    }
  }
  const imported = body.fromItems ? null : importedEntries(body);
  const source = body.fromItems ? { kind: 'items', ...body.fromItems } : { kind: 'import' };
  let version: number;
  try {
    version = await writeVersion();
  } catch (error) {
    // Two first versions of the same new set at once: the loser's insert of the set row collides;
    // run it again, and it becomes version 2 of the set the winner made.
    if (!isUniqueViolation(error)) throw error;
    version = await writeVersion();
  }
  return getGoldenVersion(storage, project, name, version);

  function writeVersion(): Promise<number> {
    return storage.db.transaction().execute(async (trx) => {
      const existing = await trx
        .updateTable('golden_sets')
        .set({ version: sql<number>`version + 1`, updated_at: now })
        .where('project_id', '=', project.id)
        .where('name', '=', name)
        .returning(['id', 'version'])
        .executeTakeFirst();
      const set =
        existing ??
        (await trx
          .insertInto('golden_sets')
          .values({ project_id: project.id, name, version: 1, created_at: now, updated_at: now })
          .returning(['id', 'version'])
          .executeTakeFirstOrThrow());
      const number = Number(set.version);
      const row = await trx
        .insertInto('golden_set_versions')
        .values({
          project_id: project.id,
          golden_set_id: Number(set.id),
          version: number,
          source: JSON.stringify(source),
          note: body.note ?? null,
          entries: 0,
          created_by: actor.id,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const versionId = Number(row.id);
      let count = 0;
      if (imported) {
        await insertEntries(trx, project.id, versionId, imported, 0);
        count = imported.length;
      } else if (body.fromItems) {
        const from = body.fromItems;
        const records = liveRecordSource({ ...storage, db: trx }, project.id, from.filter);
        for await (const page of records.pages()) {
          await insertEntries(
            trx,
            project.id,
            versionId,
            page.map((r) => entryFromItem(r, from)),
            count,
          );
          count += page.length;
        }
        if (count === 0) {
          throw new ValidationError([{ path: 'fromItems.filter', message: 'selects no items' }]);
        }
      }
      await trx.updateTable('golden_set_versions').set({ entries: count }).where('id', '=', versionId).execute();
      await recordAudit(
        trx,
        {
          actorId: actor.id,
          action: 'golden_set.version_created',
          projectId: project.id,
          target: `golden_set:${name}`,
          details: { version: number, entries: count, source },
        },
        now,
      );
      return number;
    });
  }
}

export interface StoredGoldenVersion {
  readonly id: number;
  readonly setId: number;
  readonly name: string;
  readonly version: number;
  readonly entries: number;
}

/** The version (default: the newest) of the golden set, or GOLDEN_SET_NOT_FOUND. */
export async function findGoldenVersion(
  db: Executor,
  project: Project,
  name: string,
  version?: number,
): Promise<StoredGoldenVersion & { source: unknown; note: string | null; createdAt: number }> {
  const row = await db
    .selectFrom('golden_sets')
    .innerJoin('golden_set_versions', 'golden_set_versions.golden_set_id', 'golden_sets.id')
    .select([
      'golden_set_versions.id',
      'golden_sets.id as set_id',
      'golden_set_versions.version',
      'golden_set_versions.entries',
      'golden_set_versions.source',
      'golden_set_versions.note',
      'golden_set_versions.created_at',
    ])
    .where('golden_sets.project_id', '=', project.id)
    .where('golden_sets.name', '=', name)
    .where('golden_set_versions.version', '=', version ?? sql<number>`golden_sets.version`)
    .executeTakeFirst();
  if (!row) throw goldenSetNotFound(project, name, version);
  return {
    id: Number(row.id),
    setId: Number(row.set_id),
    name,
    version: Number(row.version),
    entries: Number(row.entries),
    source: readJson(row.source),
    note: row.note,
    createdAt: Number(row.created_at),
  };
}

export async function getGoldenVersion(
  storage: Storage,
  project: Project,
  name: string,
  version?: number,
): Promise<GoldenVersionView> {
  const found = await findGoldenVersion(storage.db, project, name, version);
  return {
    name,
    version: found.version,
    entries: found.entries,
    source: found.source as Record<string, unknown>,
    note: found.note,
    createdAt: iso(found.createdAt),
  };
}

export async function listGoldenSets(storage: Storage, project: Project): Promise<{ goldenSets: GoldenSetView[] }> {
  const rows = await storage.db
    .selectFrom('golden_sets')
    .innerJoin('golden_set_versions', (join) =>
      join
        .onRef('golden_set_versions.golden_set_id', '=', 'golden_sets.id')
        .onRef('golden_set_versions.version', '=', 'golden_sets.version'),
    )
    .select([
      'golden_sets.name',
      'golden_sets.version',
      'golden_set_versions.entries',
      'golden_sets.created_at',
      'golden_sets.updated_at',
    ])
    .where('golden_sets.project_id', '=', project.id)
    .orderBy('golden_sets.name')
    .execute();
  return {
    goldenSets: rows.map((r) => ({
      name: r.name,
      version: Number(r.version),
      entries: Number(r.entries),
      createdAt: iso(r.created_at),
      updatedAt: iso(r.updated_at),
    })),
  };
}

export async function listGoldenVersions(storage: Storage, project: Project, name: string) {
  const rows = await storage.db
    .selectFrom('golden_sets')
    .innerJoin('golden_set_versions', 'golden_set_versions.golden_set_id', 'golden_sets.id')
    .select([
      'golden_set_versions.version',
      'golden_set_versions.entries',
      'golden_set_versions.source',
      'golden_set_versions.note',
      'golden_set_versions.created_at',
    ])
    .where('golden_sets.project_id', '=', project.id)
    .where('golden_sets.name', '=', name)
    .orderBy('golden_set_versions.version', 'desc')
    .execute();
  if (rows.length === 0) throw goldenSetNotFound(project, name);
  return {
    versions: rows.map((r) => ({
      name,
      version: Number(r.version),
      entries: Number(r.entries),
      source: readJson<Record<string, unknown>>(r.source),
      note: r.note,
      createdAt: iso(r.created_at),
    })),
  };
}

type EntryRow = {
  id: number;
  external_id: string;
  item_id: number | null;
  input: unknown;
  reference: string | null;
  rubric: string | null;
  metadata: unknown;
};

export function toEntryView(row: EntryRow): GoldenEntryView {
  return {
    id: Number(row.id),
    externalId: row.external_id,
    itemId: row.item_id === null ? null : Number(row.item_id),
    input: readJson<Record<string, unknown>>(row.input),
    reference: row.reference,
    rubric: row.rubric,
    metadata: readJson<Record<string, unknown>>(row.metadata),
  };
}

/** Entries of a version in entry id order, a page after `after`. */
export function selectEntries(db: Executor, versionId: number, after = 0, limit?: number) {
  let query = db
    .selectFrom('golden_entries')
    .select(['id', 'external_id', 'item_id', 'input', 'reference', 'rubric', 'metadata'])
    .where('version_id', '=', versionId)
    .where('id', '>', after)
    .orderBy('id');
  if (limit !== undefined) query = query.limit(limit);
  return query.execute();
}

export async function listGoldenEntries(
  storage: Storage,
  project: Project,
  name: string,
  query: { version?: number | undefined; after: number; limit: number },
) {
  const found = await findGoldenVersion(storage.db, project, name, query.version);
  const rows = await selectEntries(storage.db, found.id, query.after, query.limit + 1);
  const page = rows.slice(0, query.limit).map(toEntryView);
  return {
    version: found.version,
    entries: page,
    next: rows.length > query.limit ? (page[page.length - 1]?.id ?? null) : null,
  };
}
