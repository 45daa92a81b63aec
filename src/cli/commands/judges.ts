import type { RequestBody, ResponseBody } from '@tandem/sdk';
import { Command, InvalidArgumentError } from 'commander';
import { got } from '../client.js';
import { clientFor } from '../connection.js';
import { readJsonFile } from '../files.js';

type RunState = 'queued' | 'running' | 'done' | 'failed';
type RunsPage = ResponseBody<'/api/projects/{project}/judges/{judge}/runs', 'get'>;

function ids(value: string): number[] {
  const parsed = value.split(',').map((part) => part.trim());
  if (parsed.some((part) => !/^[1-9][0-9]{0,15}$/.test(part))) {
    throw new InvalidArgumentError('expected item ids separated by commas, e.g. 12,13,14');
  }
  return parsed.map(Number);
}

/** `tandem judges …`: define judges, run them over a project's items, read their runs (issue 13). */
export function judgesCommand(): Command {
  const judges = new Command('judges').description("A project's judges: automatic verdicts (rule, llm, webhook)");
  judges
    .command('list <project>')
    .description('Every judge with its kind and current version')
    .action(async (project: string, _flags: unknown, command: Command) => {
      const { judges: list } = await got(
        clientFor(command).GET('/api/projects/{project}/judges', { params: { path: { project } } }),
      );
      if (list.length === 0) process.stdout.write('No judges yet\n');
      for (const judge of list) process.stdout.write(`${judge.name}\t${judge.config.kind}\tv${judge.version}\n`);
    });
  judges
    .command('set <project> <name>')
    .description('Define a judge, or store a new version of its settings, from a JSON file ({"kind": …})')
    .requiredOption('-f, --file <file>', 'judge settings JSON')
    .action(async (project: string, name: string, flags: { file: string }, command: Command) => {
      const config = readJsonFile(flags.file, 'judge settings');
      const client = clientFor(command);
      const exists = (
        await got(client.GET('/api/projects/{project}/judges', { params: { path: { project } } }))
      ).judges.some((j) => j.name === name);
      // The file's JSON as written: the server checks it and names any bad field.
      const view = exists
        ? await got(
            client.PUT('/api/projects/{project}/judges/{judge}', {
              params: { path: { project, judge: name } },
              body: { config } as RequestBody<'/api/projects/{project}/judges/{judge}', 'put'>,
            }),
          )
        : await got(
            client.POST('/api/projects/{project}/judges', {
              params: { path: { project } },
              body: { name, config } as RequestBody<'/api/projects/{project}/judges', 'post'>,
            }),
          );
      process.stdout.write(`Judge ${view.name} is at version ${view.version}\n`);
    });
  judges
    .command('run <project> <name>')
    .description('Queue runs of the current version over the items (default: all) that have none yet')
    .option('-i, --items <ids>', 'only these item ids (comma-separated)', ids)
    .option('--retry-failed', 'queue failed runs of this version again')
    .action(
      async (project: string, name: string, flags: { items?: number[]; retryFailed?: boolean }, command: Command) => {
        const result = await got(
          clientFor(command).POST('/api/projects/{project}/judges/{judge}/runs', {
            params: { path: { project, judge: name } },
            body: { ...(flags.items ? { itemIds: flags.items } : {}), retryFailed: flags.retryFailed === true },
          }),
        );
        process.stdout.write(
          `${name} v${result.version}: ${result.queued} runs queued, ${result.alreadyRun} items already had one\n`,
        );
        if (result.missing.length > 0) process.stdout.write(`Not in the project: ${result.missing.join(', ')}\n`);
      },
    );
  judges
    .command('runs <project> <name>')
    .description('Runs of the current version with their verdicts or failure reasons')
    .option('-s, --state <state>', 'queued, running, done or failed')
    .option('--json', 'print the runs as JSON lines')
    .action(async (project: string, name: string, flags: { state?: string; json?: boolean }, command: Command) => {
      const client = clientFor(command);
      let after: number | null = 0;
      while (after !== null) {
        const page: RunsPage = await got(
          client.GET('/api/projects/{project}/judges/{judge}/runs', {
            params: {
              path: { project, judge: name },
              // --state as typed: the server checks it.
              query: {
                limit: '1000',
                after: String(after),
                ...(flags.state ? { state: flags.state as RunState } : {}),
              },
            },
          }),
        );
        for (const run of page.runs) {
          if (flags.json) process.stdout.write(`${JSON.stringify(run)}\n`);
          else {
            const verdict = run.pass === null ? '' : run.pass ? 'pass' : 'fail';
            const why = run.state === 'failed' ? run.error : run.reason;
            process.stdout.write(`item ${run.itemId}\t${run.state}\t${verdict}\t${why ?? ''}\n`);
          }
        }
        after = page.next;
      }
    });
  judges
    .command('summary <project> <name>')
    .description("The current version's runs: counts, pass rate, tokens, cost, latency")
    .action(async (project: string, name: string, _flags: unknown, command: Command) => {
      const summary = await got(
        clientFor(command).GET('/api/projects/{project}/judges/{judge}/summary', {
          params: { path: { project, judge: name } },
        }),
      );
      process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    });
  judges
    .command('calibration <project> <name>')
    .description("Each version against people's decisions: κ, accuracy, F1 of fail, confusion; calibrated or flagged")
    .option('-q, --question <name>', 'human question that says pass/fail (default: the llm judge’s)')
    .option('-p, --pass-values <values>', 'comma-separated answers that mean pass')
    .option('--min-kappa <k>', "κ a calibrated version needs (default: the project's thresholds)")
    .option('--min-pairs <n>', "items with a human decision it needs (default: the project's thresholds)")
    .option('--bucket <bucket>', 'day or week: the buckets of overTime', 'week')
    .action(
      async (
        project: string,
        name: string,
        flags: { question?: string; passValues?: string; minKappa?: string; minPairs?: string; bucket: string },
        command: Command,
      ) => {
        const report = await got(
          clientFor(command).GET('/api/projects/{project}/judges/{judge}/calibration', {
            params: {
              path: { project, judge: name },
              query: {
                // As typed: the server checks the values and names a bad one.
                bucket: flags.bucket as 'day' | 'week',
                ...(flags.minKappa ? { minKappa: flags.minKappa } : {}),
                ...(flags.minPairs ? { minPairs: flags.minPairs } : {}),
                ...(flags.question ? { question: flags.question } : {}),
                ...(flags.passValues ? { passValues: flags.passValues } : {}),
              },
            },
          }),
        );
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      },
    );
  judges
    .command('thresholds <project>')
    .description("The project's calibration bar (κ and pairs a judge version needs); with options, set it")
    .option('--min-kappa <k>', "Cohen's κ a calibrated version needs", decimal)
    .option('--min-pairs <n>', 'items with a verdict and a human decision it needs', whole)
    .action(async (project: string, flags: { minKappa?: number; minPairs?: number }, command: Command) => {
      const client = clientFor(command);
      const body = {
        ...(flags.minKappa === undefined ? {} : { minKappa: flags.minKappa }),
        ...(flags.minPairs === undefined ? {} : { minPairs: flags.minPairs }),
      };
      const thresholds =
        Object.keys(body).length === 0
          ? await got(client.GET('/api/projects/{project}/judge-thresholds', { params: { path: { project } } }))
          : await got(client.PUT('/api/projects/{project}/judge-thresholds', { params: { path: { project } }, body }));
      process.stdout.write(`minKappa ${thresholds.minKappa}\tminPairs ${thresholds.minPairs}\n`);
    });
  judges
    .command('trust <project> <name>')
    .description('Ask for trust: the verdict may auto-accept while the current version is calibrated')
    .option('--off', 'withdraw trust')
    .option('-q, --question <name>', "the people's question calibration compares with (rule and webhook judges)")
    .option('-p, --pass-values <values>', 'comma-separated answers of that question that mean pass')
    .action(
      async (
        project: string,
        name: string,
        flags: { off?: boolean; question?: string; passValues?: string },
        command: Command,
      ) => {
        const client = clientFor(command);
        const path = { project, judge: name };
        const judge = await got(client.GET('/api/projects/{project}/judges/{judge}', { params: { path } }));
        const compareWith =
          flags.question && flags.passValues
            ? { question: flags.question, passValues: flags.passValues.split(',').map((v) => v.trim()) }
            : undefined;
        const view = await got(
          client.PUT('/api/projects/{project}/judges/{judge}', {
            params: { path },
            body: { config: judge.config, trusted: flags.off !== true, ...(compareWith ? { compareWith } : {}) },
          }),
        );
        const state = view.mayAutoDecide
          ? 'may auto-decide'
          : `may not auto-decide yet (${view.calibrationFlag ?? 'not calibrated yet'})`;
        process.stdout.write(`Judge ${view.name}: trust ${view.trusted ? 'asked for' : 'withdrawn'}; ${state}\n`);
      },
    );
  return judges;
}

function decimal(value: string): number {
  if (!/^[0-9]+(\.[0-9]+)?$/.test(value)) throw new InvalidArgumentError('expected a number, e.g. 0.7');
  return Number(value);
}

function whole(value: string): number {
  if (!/^[1-9][0-9]{0,8}$/.test(value)) throw new InvalidArgumentError('expected a whole number, e.g. 30');
  return Number(value);
}
