import { Command } from 'commander';
import type { ProjectSummaryView, ProjectView } from '../../projects/contracts.js';
import { clientFor } from '../connection.js';
import { readJsonFile, readTextFile } from '../files.js';

interface ProjectFlags {
  file?: string;
  name?: string;
  slug?: string;
  description?: string;
  schema?: string;
  guidelines?: string;
}

/** Builds a create/update body from --file plus the individual flags (flags win). */
function bodyFromFlags(flags: ProjectFlags): Record<string, unknown> {
  const body: Record<string, unknown> = flags.file ? { ...(readJsonFile(flags.file, 'project') as object) } : {};
  if (flags.name !== undefined) body.name = flags.name;
  if (flags.slug !== undefined) body.slug = flags.slug;
  if (flags.description !== undefined) body.description = flags.description;
  if (flags.schema !== undefined) body.labelSchema = readJsonFile(flags.schema, 'label schema');
  if (flags.guidelines !== undefined) body.guidelines = readTextFile(flags.guidelines, 'guidelines');
  return body;
}

function printProject(project: ProjectView): void {
  const questions = project.labelSchema.questions.map((q) => `${q.name} (${q.type})`).join(', ');
  process.stdout.write(
    `${project.slug}  #${project.id}  ${project.name}\n  questions: ${questions}\n  updated: ${project.updatedAt}\n`,
  );
}

export function projectsCommand(): Command {
  const projects = new Command('projects').description('Create, list, show and update projects');

  projects
    .command('list')
    .description('List projects with their item counts')
    .option('--json', 'print JSON')
    .action(async (flags: { json?: boolean }, command: Command) => {
      const { projects: list } = await clientFor(command).json<{ projects: ProjectSummaryView[] }>(
        'GET',
        '/api/projects',
      );
      if (flags.json) return void process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
      if (list.length === 0)
        return void process.stdout.write('No projects yet. Create one with "tandem projects create".\n');
      for (const p of list) {
        const counts = Object.entries(p.itemCounts)
          .map(([status, n]) => `${n} ${status}`)
          .join(', ');
        process.stdout.write(`${p.slug.padEnd(24)} #${String(p.id).padEnd(5)} ${p.name}  (${counts || 'no items'})\n`);
      }
    });

  projects
    .command('show <project>')
    .description('Show a project (id or slug) as JSON')
    .action(async (ref: string, _flags: unknown, command: Command) => {
      const project = await clientFor(command).json<ProjectView>('GET', `/api/projects/${encodeURIComponent(ref)}`);
      process.stdout.write(`${JSON.stringify(project, null, 2)}\n`);
    });

  projects
    .command('create')
    .description('Create a project from --file project.json and/or flags')
    .option('-f, --file <file>', 'JSON with name, slug, description, guidelines, labelSchema')
    .option('--name <name>', 'project name')
    .option('--slug <slug>', 'URL name (default: from the name)')
    .option('--description <text>', 'one-line description')
    .option('--schema <file>', 'label schema JSON file')
    .option('--guidelines <file>', 'guidelines Markdown file')
    .action(async (flags: ProjectFlags, command: Command) => {
      const project = await clientFor(command).json<ProjectView>('POST', '/api/projects', bodyFromFlags(flags));
      process.stdout.write('Created ');
      printProject(project);
    });

  projects
    .command('update <project>')
    .description('Update a project (id or slug) from --file patch.json and/or flags')
    .option('-f, --file <file>', 'JSON with any of name, description, guidelines, labelSchema')
    .option('--name <name>', 'project name')
    .option('--description <text>', 'one-line description')
    .option('--schema <file>', 'label schema JSON file')
    .option('--guidelines <file>', 'guidelines Markdown file')
    .action(async (ref: string, flags: ProjectFlags, command: Command) => {
      const project = await clientFor(command).json<ProjectView>(
        'PATCH',
        `/api/projects/${encodeURIComponent(ref)}`,
        bodyFromFlags(flags),
      );
      process.stdout.write('Updated ');
      printProject(project);
    });

  return projects;
}
