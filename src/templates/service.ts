import { Readable } from 'node:stream';
import type { Storage } from '../db/storage.js';
import { importItemsFile } from '../items/import-file.js';
import { createProject, getProject } from '../projects/service.js';
import type { Project } from '../projects/store.js';
import { Policy } from '../routing/contracts.js';
import { insertPolicyVersion } from '../routing/store.js';
import { LabelSchema } from '../schemas/index.js';
import type { User } from '../users/store.js';
import type { CreateFromTemplateBody, TemplateView } from './contracts.js';
import { getTemplate, TEMPLATES } from './registry.js';
import type { ProjectTemplate } from './template.js';

export function listTemplates(): TemplateView[] {
  return TEMPLATES.map(toTemplateView);
}

export function toTemplateView(template: ProjectTemplate): TemplateView {
  return {
    name: template.name,
    title: template.title,
    description: template.description,
    labelSchema: LabelSchema.parse(template.labelSchema),
    guidelines: template.guidelines,
    policy: Policy.parse(template.policy),
    sample: { format: template.sample.format, rows: sampleRows(template) },
  };
}

/** Rows in the sample file (CSV: lines after the header). */
export function sampleRows(template: ProjectTemplate): number {
  const lines = template.sample.content.split('\n').filter((line) => line.trim() !== '').length;
  return template.sample.format === 'csv' ? lines - 1 : lines;
}

export function templateSample(name: string): { format: 'jsonl' | 'csv'; content: string } {
  return getTemplate(name).sample;
}

/**
 * Creates a project from a template: its schema and guidelines unless the caller gives their
 * own, its routing policy, and (unless `sample` is false) its sample items.
 */
export async function createProjectFromTemplate(
  storage: Storage,
  name: string,
  input: CreateFromTemplateBody,
  actor: User,
) {
  const template = getTemplate(name);
  const created = await createProject(
    storage,
    {
      name: input.name ?? template.title,
      ...(input.slug ? { slug: input.slug } : {}),
      description: input.description ?? template.description,
      guidelines: input.guidelines ?? template.guidelines,
      labelSchema: input.labelSchema ?? LabelSchema.parse(template.labelSchema),
    },
    actor,
  );
  const policy = await insertPolicyVersion(storage, created.id, Policy.parse(template.policy), actor.id, Date.now());
  // Re-read: the project row now names the template's policy, which routes the sample items.
  const project: Project = await getProject(storage, String(created.id));
  const sample = input.sample
    ? await importItemsFile(
        storage,
        project,
        Readable.from([template.sample.content]),
        template.sample.format,
        undefined,
        actor.id,
      )
    : null;
  return { project, policyVersion: policy.version, sample };
}
