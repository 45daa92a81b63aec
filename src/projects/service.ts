import { isUniqueViolation } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import { NotFoundError, TandemError } from '../errors.js';
import type { CreateProjectBody, ProjectSummaryView, ProjectView, UpdateProjectBody } from './contracts.js';
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
export async function createProject(storage: Storage, input: CreateProjectBody): Promise<Project> {
  const slug = input.slug ?? slugify(input.name);
  try {
    return await insertProject(
      storage,
      {
        slug,
        name: input.name,
        description: input.description ?? '',
        guidelines: input.guidelines ?? '',
        labelSchema: input.labelSchema,
      },
      Date.now(),
    );
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new TandemError('PROJECT_SLUG_TAKEN', `A project with slug "${slug}" already exists`, [
        { path: 'slug', message: `"${slug}" is taken; choose another slug` },
      ]);
    }
    throw error;
  }
}

/** Resolves a project by id or slug, or fails with PROJECT_NOT_FOUND. */
export async function getProject(storage: Storage, ref: string): Promise<Project> {
  const project = await findProject(storage, ref);
  if (!project) throw new NotFoundError('PROJECT_NOT_FOUND', `No project "${ref}"`);
  return project;
}

export async function listProjects(storage: Storage): Promise<ProjectSummaryView[]> {
  const [projects, counts] = await Promise.all([selectProjects(storage), countItemsByStatus(storage)]);
  return projects.map((project) => {
    const { guidelines: _g, labelSchema: _s, ...view } = toProjectView(project);
    return { ...view, itemCounts: counts.get(project.id) ?? {} };
  });
}

/**
 * Updates name, description, guidelines or label schema. Existing items keep the predictions
 * they were stored with; a schema change is checked against new input only.
 */
export async function updateProject(storage: Storage, ref: string, patch: UpdateProjectBody): Promise<Project> {
  const project = await getProject(storage, ref);
  return updateProjectRow(storage, project.id, patch, Date.now());
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
  };
}
