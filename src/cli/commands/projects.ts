import type { Project, RequestBody } from '@tandem/sdk';
import { Command } from 'commander';
import { got } from '../client.js';
import { clientFor } from '../connection.js';
import { readJsonFile, readTextFile } from '../files.js';

interface ProjectFlags {
  file?: string;
  name?: string;
  slug?: string;
  description?: string;
  schema?: string;
  guidelines?: string;
  template?: string;
  sample?: boolean;
  labelStudioConfig?: string;
}

/** Builds a create/update body from --file plus the individual flags (flags win). */
function bodyFromFlags(flags: ProjectFlags): Record<string, unknown> {
  const body: Record<string, unknown> = flags.file ? { ...(readJsonFile(flags.file, 'project') as object) } : {};
  if (flags.name !== undefined) body.name = flags.name;
  if (flags.slug !== undefined) body.slug = flags.slug;
  if (flags.description !== undefined) body.description = flags.description;
  if (flags.schema !== undefined) body.labelSchema = readJsonFile(flags.schema, 'label schema');
  if (flags.guidelines !== undefined) body.guidelines = readTextFile(flags.guidelines, 'guidelines');
  if (flags.labelStudioConfig !== undefined) {
    body.labelStudioConfig = readTextFile(flags.labelStudioConfig, 'Label Studio config');
  }
  return body;
}

/** What the line needs, so the answers of create, update and create-from-template all fit. */
type PrintedProject = Pick<Project, 'slug' | 'id' | 'name' | 'updatedAt'> & {
  labelSchema: { questions: readonly { name: string; type: string }[] };
};

function printProject(project: PrintedProject): void {
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
      const { projects: list } = await got(clientFor(command).GET('/api/projects'));
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
      const project = await got(
        clientFor(command).GET('/api/projects/{project}', { params: { path: { project: ref } } }),
      );
      process.stdout.write(`${JSON.stringify(project, null, 2)}\n`);
    });

  projects
    .command('templates')
    .description('List the project templates (use one with "projects create --template NAME")')
    .action(async (_flags: unknown, command: Command) => {
      const { templates } = await got(clientFor(command).GET('/api/templates'));
      for (const t of templates) {
        process.stdout.write(`${t.name.padEnd(22)} ${t.title} — ${t.description} (${t.sample.rows} sample items)\n`);
      }
    });

  projects
    .command('create')
    .description('Create a project from a --template, or from --file project.json and/or flags')
    .option('-t, --template <name>', 'start from a template: schema, guidelines, policy and sample items')
    .option('--no-sample', "with --template: do not import the template's sample items")
    .option('-f, --file <file>', 'JSON with name, slug, description, guidelines, labelSchema')
    .option('--name <name>', 'project name')
    .option('--slug <slug>', 'URL name (default: from the name)')
    .option('--description <text>', 'one-line description')
    .option('--schema <file>', 'label schema JSON file')
    .option('--label-studio-config <file>', 'a Label Studio labeling config (XML) to convert into the label schema')
    .option('--guidelines <file>', 'guidelines Markdown file')
    .action(async (flags: ProjectFlags, command: Command) => {
      const client = clientFor(command);
      if (!flags.template) {
        const project = await got(
          // The file and flags as given: the server checks them and names any bad field.
          client.POST('/api/projects', { body: bodyFromFlags(flags) as RequestBody<'/api/projects', 'post'> }),
        );
        process.stdout.write('Created ');
        return printProject(project);
      }
      const created = await got(
        client.POST('/api/templates/{template}/projects', {
          params: { path: { template: flags.template } },
          body: { ...bodyFromFlags(flags), sample: flags.sample !== false } as RequestBody<
            '/api/templates/{template}/projects',
            'post'
          >,
        }),
      );
      process.stdout.write(`Created from template ${flags.template}: `);
      printProject(created.project);
      process.stdout.write(`  policy: version ${created.policyVersion}\n`);
      if (created.sample) {
        process.stdout.write(
          `  sample: ${created.sample.created} items imported${created.sample.rejected ? `, ${created.sample.rejected} rejected` : ''}\n`,
        );
      }
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
      const project = await got(
        clientFor(command).PATCH('/api/projects/{project}', {
          params: { path: { project: ref } },
          body: bodyFromFlags(flags) as RequestBody<'/api/projects/{project}', 'patch'>,
        }),
      );
      process.stdout.write('Updated ');
      printProject(project);
    });

  return projects;
}
