import { Command } from 'commander';
import { CliError, got } from '../client.js';
import { clientFor } from '../connection.js';

function parseAnswer(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`--answer is not valid JSON: ${(error as Error).message}`, 2);
  }
}

export function tasksCommand(): Command {
  const tasks = new Command('tasks').description("Work a queue from the terminal or a script (as the token's user)");
  tasks
    .command('claim')
    .description('Claim the next task and print it as JSON')
    .requiredOption('--project <project>', 'project id or slug')
    .action(async (flags: { project: string }, command: Command) => {
      const claimed = await got(
        clientFor(command).POST('/api/projects/{project}/tasks/claim', {
          params: { path: { project: flags.project } },
        }),
      );
      process.stdout.write(`${JSON.stringify(claimed, null, 2)}\n`);
    });
  tasks
    .command('submit <taskId>')
    .description('Submit an answer, e.g. --answer \'{"verdict":"spam"}\'')
    .requiredOption('--answer <json>', 'answers keyed by question name')
    .option('--idempotency-key <key>', 'send the same key when retrying')
    .action(async (taskId: string, flags: { answer: string; idempotencyKey?: string }, command: Command) => {
      const result = await got(
        clientFor(command).POST('/api/tasks/{taskId}/submit', {
          params: { path: { taskId } },
          body: {
            answer: parseAnswer(flags.answer) as Record<string, never>,
            ...(flags.idempotencyKey ? { idempotencyKey: flags.idempotencyKey } : {}),
          },
        }),
      );
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    });
  for (const action of ['release', 'skip'] as const) {
    tasks
      .command(`${action} <taskId>`)
      .description(action === 'skip' ? 'Give the task back and do not see its item again soon' : 'Give the task back')
      .action(async (taskId: string, _flags: unknown, command: Command) => {
        const client = clientFor(command);
        const params = { params: { path: { taskId } } };
        await (action === 'skip'
          ? client.POST('/api/tasks/{taskId}/skip', params)
          : client.POST('/api/tasks/{taskId}/release', params));
        process.stdout.write(`Task ${taskId}: ${action === 'skip' ? 'skipped' : 'released'}\n`);
      });
  }
  return tasks;
}
