import type { RequestBody } from '@tandem/sdk';
import { Command } from 'commander';
import { got } from '../client.js';
import { clientFor } from '../connection.js';
import { readJsonFile } from '../files.js';

export function policyCommand(): Command {
  const policy = new Command('policy').description("A project's routing, queue and consensus policy");
  policy
    .command('show <project>')
    .description('Print the current policy and its version')
    .action(async (project: string, _flags: unknown, command: Command) => {
      const view = await got(
        clientFor(command).GET('/api/projects/{project}/policy', { params: { path: { project } } }),
      );
      process.stdout.write(`${JSON.stringify(view, null, 2)}\n`);
    });
  policy
    .command('set <project>')
    .description('Store a new policy version from a JSON file')
    .requiredOption('-f, --file <file>', 'policy JSON')
    .action(async (project: string, flags: { file: string }, command: Command) => {
      const body = readJsonFile(flags.file, 'policy');
      const view = await got(
        clientFor(command).PUT('/api/projects/{project}/policy', {
          params: { path: { project } },
          // The file's JSON as written: the server checks it and names any bad field.
          body: body as RequestBody<'/api/projects/{project}/policy', 'put'>,
        }),
      );
      process.stdout.write(`Policy version ${view.version} is now current for ${project}\n`);
    });
  return policy;
}
