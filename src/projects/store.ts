import { readJson } from '../db/dialect.js';
import type { Executor } from '../db/executor.js';
import type { Storage } from '../db/storage.js';
import { parseIdText } from '../input/ids.js';
import type { LabelSchema } from '../schemas/index.js';
import { isSlug } from './slug.js';

/** A project as the domain sees it (times in epoch ms). */
export interface Project {
  readonly id: number;
  readonly slug: string;
  readonly name: string;
  readonly description: string;
  readonly guidelines: string;
  readonly labelSchema: LabelSchema;
  /** The current routing policy version; 0 means the built-in default. */
  readonly policyVersion: number;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Set while archived: read-only, out of project lists and queues. */
  readonly archivedAt: number | null;
}

export interface NewProjectRow {
  readonly slug: string;
  readonly name: string;
  readonly description: string;
  readonly guidelines: string;
  readonly labelSchema: LabelSchema;
}

const projectColumns = [
  'id',
  'slug',
  'name',
  'description',
  'guidelines',
  'label_schema',
  'policy_version',
  'created_at',
  'updated_at',
  'archived_at',
] as const;

type ProjectRow = {
  id: number;
  slug: string;
  name: string;
  description: string;
  guidelines: string;
  label_schema: unknown;
  policy_version: number | null;
  created_at: number;
  updated_at: number;
  archived_at: number | null;
};

function toProject(row: ProjectRow): Project {
  return {
    id: Number(row.id),
    slug: row.slug,
    name: row.name,
    description: row.description,
    guidelines: row.guidelines,
    labelSchema: readJson<LabelSchema>(row.label_schema),
    policyVersion: row.policy_version ?? 0,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    archivedAt: row.archived_at === null ? null : Number(row.archived_at),
  };
}

export async function insertProject(db: Executor, row: NewProjectRow, now: number): Promise<Project> {
  const inserted = await db
    .insertInto('projects')
    .values({
      slug: row.slug,
      name: row.name,
      description: row.description,
      guidelines: row.guidelines,
      label_schema: JSON.stringify(row.labelSchema),
      settings: JSON.stringify({}),
      created_at: now,
      updated_at: now,
    })
    .returning(projectColumns)
    .executeTakeFirstOrThrow();
  return toProject(inserted);
}

/**
 * Finds a project by numeric id or by slug. A ref that is neither a valid id nor a possible slug
 * (a NUL, a 20-digit number, upper case) names no project and never reaches the database.
 */
export async function findProject(storage: Storage, ref: string): Promise<Project | undefined> {
  const id = parseIdText(ref);
  if (id === undefined && !isSlug(ref)) return undefined;
  let query = storage.db.selectFrom('projects').select(projectColumns);
  query = id !== undefined ? query.where('id', '=', id) : query.where('slug', '=', ref);
  const row = await query.executeTakeFirst();
  return row ? toProject(row) : undefined;
}

export async function selectProjects(storage: Storage): Promise<Project[]> {
  const rows = await storage.db.selectFrom('projects').select(projectColumns).orderBy('id').execute();
  return rows.map(toProject);
}

export async function updateProjectRow(
  db: Executor,
  id: number,
  patch: Partial<Omit<NewProjectRow, 'slug'>>,
  now: number,
): Promise<Project> {
  const row = await db
    .updateTable('projects')
    .set({
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.guidelines !== undefined ? { guidelines: patch.guidelines } : {}),
      ...(patch.labelSchema !== undefined ? { label_schema: JSON.stringify(patch.labelSchema) } : {}),
      updated_at: now,
    })
    .where('id', '=', id)
    .returning(projectColumns)
    .executeTakeFirstOrThrow();
  return toProject(row);
}

/** Archives (a time) or restores (null) a project. */
export async function setProjectArchived(
  db: Executor,
  id: number,
  archivedAt: number | null,
  now: number,
): Promise<Project> {
  const row = await db
    .updateTable('projects')
    .set({ archived_at: archivedAt, updated_at: now })
    .where('id', '=', id)
    .returning(projectColumns)
    .executeTakeFirstOrThrow();
  return toProject(row);
}

export async function countItemsByStatus(storage: Storage): Promise<Map<number, Record<string, number>>> {
  const rows = await storage.db
    .selectFrom('items')
    .select(['project_id', 'status', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy(['project_id', 'status'])
    .execute();
  const byProject = new Map<number, Record<string, number>>();
  for (const row of rows) {
    const counts = byProject.get(Number(row.project_id)) ?? {};
    counts[row.status] = Number(row.count);
    byProject.set(Number(row.project_id), counts);
  }
  return byProject;
}
