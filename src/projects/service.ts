import { recordAudit } from '../audit/record.js';
import { isUniqueViolation } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import { NotFoundError, TandemError, ValidationError } from '../errors.js';
import { storeLabelStudioConfig } from '../label-studio/bindings-store.js';
import { convertLabelStudioConfig, type LabelStudioBinding } from '../label-studio/config.js';
import type { User } from '../users/store.js';
import type {
  CreateProjectBody,
  CreateProjectRequest,
  ProjectSummaryView,
  ProjectView,
  UpdateProjectBody,
} from './contracts.js';
import { slugify } from './slug.js';
import {
  countItemsByStatus,
  findProject,
  insertProject,
  type Project,
  selectProjects,
  updateProjectRow,
} from './store.js';

/** Creates a project; the slug defaults to a URL-safe form of the name. */
/** `actor` null: Tandem itself (the demo seed, a bench). */
export async function createProject(
  storage: Storage,
  input: CreateProjectBody,
  actor: User | null,
  labelStudio?: { config: string; bindings: readonly LabelStudioBinding[] },
): Promise<Project> {
  const slug = input.slug ?? slugify(input.name);
  const now = Date.now();
  try {
    return await storage.db.transaction().execute(async (trx) => {
      const project = await insertProject(
        trx,
        {
          slug,
          name: input.name,
          description: input.description ?? '',
          guidelines: input.guidelines ?? '',
          labelSchema: input.labelSchema,
        },
        now,
      );
      if (labelStudio) await storeLabelStudioConfig(trx, project.id, labelStudio.config, labelStudio.bindings);
      await recordAudit(
        trx,
        {
          actorId: actor?.id ?? null,
          action: 'project.created',
          projectId: project.id,
          target: `project:${project.id}`,
          details: { slug, name: input.name, questions: input.labelSchema.questions.map((q) => q.name) },
        },
        now,
      );
      return project;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new TandemError('PROJECT_SLUG_TAKEN', `A project with slug "${slug}" already exists`, [
        { path: 'slug', message: `"${slug}" is taken; choose another slug` },
      ]);
    }
    throw error;
  }
}

/**
 * Creates a project from the API's request: a label schema as it is, or a Label Studio config
 * converted into one (LABEL_STUDIO_CONFIG_INVALID names each tag that does not map, with its line).
 */
export async function createProjectFromRequest(
  storage: Storage,
  request: CreateProjectRequest,
  actor: User | null,
): Promise<Project> {
  const { labelStudioConfig, labelSchema, ...rest } = request;
  if (labelStudioConfig === undefined) {
    if (!labelSchema) throw new ValidationError([{ path: 'labelSchema', message: 'is required' }]);
    return createProject(storage, { ...rest, labelSchema }, actor);
  }
  const converted = convertLabelStudioConfig(labelStudioConfig);
  return createProject(storage, { ...rest, labelSchema: converted.labelSchema }, actor, {
    config: labelStudioConfig,
    bindings: converted.bindings,
  });
}

/** Resolves a project by id or slug, or fails with PROJECT_NOT_FOUND. */
export async function getProject(storage: Storage, ref: string): Promise<Project> {
  const project = await findProject(storage, ref);
  if (!project) throw new NotFoundError('PROJECT_NOT_FOUND', `No project "${ref}"`);
  return project;
}

/** Projects with item counts; archived ones only when asked for. */
export async function listProjects(
  storage: Storage,
  options: { archived?: boolean } = {},
): Promise<ProjectSummaryView[]> {
  const [all, counts] = await Promise.all([selectProjects(storage), countItemsByStatus(storage)]);
  const projects = options.archived ? all : all.filter((p) => p.archivedAt === null);
  return projects.map((project) => {
    const { guidelines: _g, labelSchema: _s, ...view } = toProjectView(project);
    return { ...view, itemCounts: counts.get(project.id) ?? {} };
  });
}

/**
 * Updates name, description, guidelines or label schema. Existing items keep the predictions
 * they were stored with; a schema change is checked against new input only.
 */
export async function updateProject(
  storage: Storage,
  project: Project,
  patch: UpdateProjectBody,
  actor: User,
): Promise<Project> {
  const now = Date.now();
  return storage.db.transaction().execute(async (trx) => {
    const updated = await updateProjectRow(trx, project.id, patch, now);
    await recordAudit(
      trx,
      {
        actorId: actor.id,
        action: 'project.updated',
        projectId: project.id,
        target: `project:${project.id}`,
        // What changed, not the whole text: guidelines can be long; the schema is kept whole.
        details: {
          changed: Object.keys(patch).filter((key) => patch[key as keyof UpdateProjectBody] !== undefined),
          ...(patch.labelSchema ? { labelSchema: patch.labelSchema } : {}),
          ...(patch.name ? { name: patch.name } : {}),
        },
      },
      now,
    );
    return updated;
  });
}

export function toProjectView(project: Project): ProjectView {
  return {
    id: project.id,
    slug: project.slug,
    name: project.name,
    description: project.description,
    guidelines: project.guidelines,
    labelSchema: project.labelSchema,
    createdAt: new Date(project.createdAt).toISOString(),
    updatedAt: new Date(project.updatedAt).toISOString(),
    archivedAt: project.archivedAt === null ? null : new Date(project.archivedAt).toISOString(),
  };
}
