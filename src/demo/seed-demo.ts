import type { Storage } from '../db/storage.js';
import { ingestRows } from '../items/ingest.js';
import { CreateProjectBody } from '../projects/contracts.js';
import { createProject } from '../projects/service.js';
import { selectProjects } from '../projects/store.js';
import { buildDemoProject } from './demo-project.js';

/**
 * Loads the demo project (SpamAssassin mails with a naive Bayes model's predictions) into an
 * empty database. Does nothing when any project exists, so restarts never duplicate it.
 */
export async function seedDemoProject(storage: Storage): Promise<{ slug: string; items: number } | undefined> {
  if ((await selectProjects(storage)).length > 0) return undefined;
  const demo = buildDemoProject();
  const project = await createProject(storage, CreateProjectBody.parse(demo.project));
  const outcome = await ingestRows(storage, project, demo.items);
  if (outcome.errors.length > 0) {
    throw new Error(`demo items rejected: ${JSON.stringify(outcome.errors.slice(0, 3))}`);
  }
  return { slug: project.slug, items: outcome.results.length };
}
