import { TandemApiError } from '@tandem/sdk';
import { Command, InvalidArgumentError } from 'commander';
import { CliError, describeApiError, got } from '../client.js';
import { clientFor } from '../connection.js';
import { readJsonFile, readTextFile } from '../files.js';

/** `tandem eval …`: golden sets, eval runs, comparison and the CI gate (issue 13 points 4–5). */

/** `2%` or `0.02` → 0.02. */
export function share(value: string): number {
  const text = value.trim();
  const match = /^([0-9]+(?:\.[0-9]+)?)(%?)$/.exec(text);
  const parsed = match ? Number(match[1]) / (match[2] ? 100 : 1) : Number.NaN;
  if (!Number.isFinite(parsed) || parsed < 0 || parsed > 1) {
    throw new InvalidArgumentError('expected a share such as 2% or 0.02 (between 0 and 1)');
  }
  return parsed;
}

function positiveInt(value: string): number {
  if (!/^[1-9][0-9]{0,15}$/.test(value)) throw new InvalidArgumentError('expected a positive whole number');
  return Number(value);
}

const list = (value: string) =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);

function goldenCommand(): Command {
  const golden = new Command('golden').description('Golden sets: versioned, immutable lists of reference entries');
  golden
    .command('import <project> <name>')
    .description(
      'Add a version from a JSONL file: {"externalId", "input": {…}, "reference"?, "rubric"?, "metadata"?} a line',
    )
    .requiredOption('-f, --file <file>', 'JSONL file')
    .option('-n, --note <text>', 'what changed in this version')
    .action(async (project: string, name: string, flags: { file: string; note?: string }, command: Command) => {
      const jsonl = readTextFile(flags.file, 'golden set');
      const view = await got(
        clientFor(command).POST('/api/projects/{project}/evals/golden-sets/{name}/versions', {
          params: { path: { project, name } },
          body: { jsonl, ...(flags.note ? { note: flags.note } : {}) },
        }),
      );
      process.stdout.write(`Golden set ${view.name} is at version ${view.version} (${view.entries} entries)\n`);
    });
  golden
    .command('from-items <project> <name>')
    .description("Add a version from the project's decided items (or those a filter selects)")
    .option('-s, --status <status>', 'item status', 'decided')
    .option('-t, --tag <tag>', 'only items with this tag')
    .option('--reference-field <field>', 'the data field holding the reference answer (left out of the input)')
    .option('--reference-question <question>', "the decision's answer to this question is the reference")
    .option('--rubric <text>', 'one rubric for every entry')
    .option('-n, --note <text>', 'what changed in this version')
    .action(
      async (
        project: string,
        name: string,
        flags: {
          status: string;
          tag?: string;
          referenceField?: string;
          referenceQuestion?: string;
          rubric?: string;
          note?: string;
        },
        command: Command,
      ) => {
        if (flags.referenceField && flags.referenceQuestion) {
          throw new CliError('give --reference-field or --reference-question, not both', 2);
        }
        const reference = flags.referenceField
          ? { field: flags.referenceField }
          : flags.referenceQuestion
            ? { question: flags.referenceQuestion }
            : undefined;
        const view = await got(
          clientFor(command).POST('/api/projects/{project}/evals/golden-sets/{name}/versions', {
            params: { path: { project, name } },
            body: {
              ...(flags.note ? { note: flags.note } : {}),
              fromItems: {
                // --status as typed: the server checks it.
                filter: { status: flags.status as 'decided', ...(flags.tag ? { tag: flags.tag } : {}) },
                ...(reference ? { reference } : {}),
                ...(flags.rubric ? { rubric: flags.rubric } : {}),
              },
            },
          }),
        );
        process.stdout.write(`Golden set ${view.name} is at version ${view.version} (${view.entries} entries)\n`);
      },
    );
  golden
    .command('list <project>')
    .description('Every golden set with its newest version')
    .action(async (project: string, _flags: unknown, command: Command) => {
      const { goldenSets } = await got(
        clientFor(command).GET('/api/projects/{project}/evals/golden-sets', { params: { path: { project } } }),
      );
      if (goldenSets.length === 0) process.stdout.write('No golden sets yet\n');
      for (const set of goldenSets) process.stdout.write(`${set.name}\tv${set.version}\t${set.entries} entries\n`);
    });
  golden
    .command('versions <project> <name>')
    .description("A golden set's versions, newest first")
    .action(async (project: string, name: string, _flags: unknown, command: Command) => {
      const { versions } = await got(
        clientFor(command).GET('/api/projects/{project}/evals/golden-sets/{name}/versions', {
          params: { path: { project, name } },
        }),
      );
      for (const v of versions) {
        process.stdout.write(
          `v${v.version}\t${v.entries} entries\t${v.createdAt}\t${String(v.source.kind)}\t${v.note ?? ''}\n`,
        );
      }
    });
  golden
    .command('show <project> <name>')
    .description('A version (default: the newest); with --entries, its entries as JSON lines')
    .option('-v, --version <n>', 'the version', positiveInt)
    .option('-e, --entries', 'print the entries as JSON lines')
    .action(async (project: string, name: string, flags: { version?: number; entries?: boolean }, command: Command) => {
      const client = clientFor(command);
      const version = flags.version === undefined ? {} : { version: String(flags.version) };
      if (!flags.entries) {
        print(
          await got(
            client.GET('/api/projects/{project}/evals/golden-sets/{name}', {
              params: { path: { project, name }, query: version },
            }),
          ),
        );
        return;
      }
      let after: number | null = 0;
      while (after !== null) {
        const page: { entries: unknown[]; next: number | null } = await got(
          client.GET('/api/projects/{project}/evals/golden-sets/{name}/entries', {
            params: { path: { project, name }, query: { ...version, after: String(after), limit: '1000' } },
          }),
        );
        for (const entry of page.entries) process.stdout.write(`${JSON.stringify(entry)}\n`);
        after = page.next;
      }
    });
  return golden;
}

function runsCommand(): Command {
  const runs = new Command('runs').description("Eval runs: one model/prompt version's outputs over a golden set");
  runs
    .command('create <project>')
    .description('Start a run: post outputs from a JSONL file, or let Tandem generate them (--generate settings.json)')
    .requiredOption('-g, --golden-set <name>', 'the golden set')
    .requiredOption('-n, --name <name>', 'the model/prompt version, e.g. prompt-v8')
    .option('-v, --version <n>', 'golden-set version (default: the newest)', positiveInt)
    .option('-j, --judges <names>', 'judges that score each output (comma-separated)', list)
    .option('-f, --file <file>', 'outputs, JSONL: {"externalId", "output", "cost"?, "latencyMs"?, "tokens"?} a line')
    .option('--generate <file>', 'generation settings JSON: {"baseUrl", "model", "apiKeyEnv"?, "prompt", …}')
    .action(
      async (
        project: string,
        flags: {
          goldenSet: string;
          name: string;
          version?: number;
          judges?: string[];
          file?: string;
          generate?: string;
        },
        command: Command,
      ) => {
        if (flags.file && flags.generate) throw new CliError('give --file or --generate, not both', 2);
        const client = clientFor(command);
        const created = await got(
          client.POST('/api/projects/{project}/evals/runs', {
            params: { path: { project } },
            body: {
              goldenSet: flags.goldenSet,
              name: flags.name,
              judges: flags.judges ?? [],
              ...(flags.version ? { version: flags.version } : {}),
              // The file's JSON as written: the server checks it and names any bad field.
              ...(flags.generate ? { generate: readJsonFile(flags.generate, 'generation settings') as never } : {}),
            },
          }),
        );
        process.stdout.write(
          `Run ${created.run.id} (${created.run.name}) over ${created.run.goldenSet} v${created.run.version}\n`,
        );
        if (flags.file) await postOutputs(command, project, created.run.id, flags.file);
      },
    );
  runs
    .command('post <project> <runId>')
    .description('Post more outputs of a run from a JSONL file (entries that have none yet)')
    .requiredOption('-f, --file <file>', 'outputs, JSONL')
    .action(async (project: string, runId: string, flags: { file: string }, command: Command) => {
      await postOutputs(command, project, positiveInt(runId), flags.file);
    });
  runs
    .command('list <project>')
    .description('Runs, newest first, with progress and pass rate')
    .action(async (project: string, _flags: unknown, command: Command) => {
      const { runs: all } = await got(
        clientFor(command).GET('/api/projects/{project}/evals/runs', { params: { path: { project } } }),
      );
      if (all.length === 0) process.stdout.write('No runs yet\n');
      for (const r of all) {
        const rate = r.passRate === null ? '–' : `${(r.passRate * 100).toFixed(1)} %`;
        process.stdout.write(
          `${r.id}\t${r.name}\t${r.goldenSet} v${r.version}\t${r.complete ? 'complete' : 'in progress'}\tpass ${rate}\n`,
        );
      }
    });
  runs
    .command('show <project> <runId>')
    .description('One run; with --outputs, each output and its scores as JSON lines')
    .option('-o, --outputs', 'print the outputs as JSON lines')
    .action(async (project: string, runId: string, flags: { outputs?: boolean }, command: Command) => {
      const client = clientFor(command);
      const path = { project, evalRunId: String(positiveInt(runId)) };
      if (!flags.outputs) {
        print(await got(client.GET('/api/projects/{project}/evals/runs/{evalRunId}', { params: { path } })));
        return;
      }
      let after: number | null = 0;
      while (after !== null) {
        const page: { outputs: unknown[]; next: number | null } = await got(
          client.GET('/api/projects/{project}/evals/runs/{evalRunId}/outputs', {
            params: { path, query: { after: String(after), limit: '1000' } },
          }),
        );
        for (const output of page.outputs) process.stdout.write(`${JSON.stringify(output)}\n`);
        after = page.next;
      }
    });
  return runs;
}

async function postOutputs(command: Command, project: string, runId: number, file: string): Promise<void> {
  const jsonl = readTextFile(file, 'outputs');
  const result = await got(
    clientFor(command).POST('/api/projects/{project}/evals/runs/{evalRunId}/outputs', {
      params: { path: { project, evalRunId: String(runId) } },
      body: { jsonl },
    }),
  );
  process.stdout.write(`${result.accepted} outputs taken, ${result.scoresQueued} judge scores queued\n`);
  for (const r of result.rejected) process.stderr.write(`line ${r.row}${r.path ? ` ${r.path}` : ''}: ${r.message}\n`);
  if (result.rejected.length > 0) process.exitCode = 1;
}

export function evalCommand(): Command {
  const evals = new Command('eval').description('Evaluation: golden sets, runs, comparison and the CI gate');
  evals.addCommand(goldenCommand());
  evals.addCommand(runsCommand());
  evals
    .command('compare <project>')
    .description('Compare a run with a baseline: win rate (95 % Wilson), regressions, slices, cost and latency')
    .requiredOption('-r, --run <id>', 'the candidate run', positiveInt)
    .requiredOption('-b, --baseline <id>', 'the baseline run', positiveInt)
    .action(async (project: string, flags: { run: number; baseline: number }, command: Command) => {
      print(
        await got(
          clientFor(command).GET('/api/projects/{project}/evals/compare', {
            params: { path: { project }, query: { run: String(flags.run), baseline: String(flags.baseline) } },
          }),
        ),
      );
    });
  evals
    .command('send-pairs <project>')
    .description(
      'Send two runs to people: a review item per entry with differing outputs, in a project with a pairwise question',
    )
    .requiredOption('-r, --run <id>', 'the candidate run', positiveInt)
    .requiredOption('-b, --baseline <id>', 'the baseline run', positiveInt)
    .requiredOption('--to <project>', 'the project whose people compare them')
    .option('-q, --question <name>', "the target's pairwise question (default: its first)")
    .action(
      async (
        project: string,
        flags: { run: number; baseline: number; to: string; question?: string },
        command: Command,
      ) => {
        const result = await got(
          clientFor(command).POST('/api/projects/{project}/evals/pairwise', {
            params: { path: { project } },
            body: {
              run: flags.run,
              baseline: flags.baseline,
              targetProject: flags.to,
              onlyDifferent: true,
              limit: 20_000,
              ...(flags.question ? { question: flags.question } : {}),
            },
          }),
        );
        process.stdout.write(
          `${result.sent} pairs sent to ${result.targetProject} (question ${result.question}); ${result.skipped} skipped\n`,
        );
      },
    );
  evals
    .command('gate <project>')
    .description('Pass or fail a run against a baseline; exit 0 pass, 1 fail, 2 when the gate cannot run')
    .requiredOption('-g, --golden-set <name>', 'the golden set both runs are over')
    .requiredOption('-r, --run <id>', 'the candidate run', positiveInt)
    .requiredOption('-b, --baseline <id>', 'the baseline run', positiveInt)
    .option('--max-regression <share>', 'largest share of entries allowed to go from pass to fail', share, 0.02)
    .option('--min-score <share>', 'smallest pass rate the run must reach', share)
    .option('--allow-uncalibrated', 'warn instead of failing when a judge is not calibrated against people')
    .option(
      '-q, --question <question>',
      'the human question that says pass/fail, for calibration (rule/webhook judges)',
    )
    .option('-p, --pass-values <values>', 'answers that mean pass (comma-separated)', list)
    .option(
      '--min-kappa <k>',
      "calibration: smallest Cohen's κ (only raises the project's judge thresholds, never lowers them)",
      share,
    )
    .option(
      '--min-pairs <n>',
      "calibration: fewest items with both a verdict and a human decision (only raises the project's)",
      positiveInt,
    )
    .option('--json', 'print the machine-readable report instead of Markdown')
    .action(
      async (
        project: string,
        flags: {
          goldenSet: string;
          run: number;
          baseline: number;
          maxRegression: number;
          minScore?: number;
          allowUncalibrated?: boolean;
          question?: string;
          passValues?: string[];
          minKappa?: number;
          minPairs?: number;
          json?: boolean;
        },
        command: Command,
      ) => {
        let gate: Awaited<ReturnType<typeof runGate>>;
        try {
          gate = await runGate(command, project, flags);
        } catch (error) {
          // The gate could not decide (bad flags, unknown run, server unreachable): not a verdict.
          if (error instanceof TandemApiError) throw new CliError(describeApiError(error), 2);
          throw error;
        }
        if (flags.json) print(gate);
        else process.stdout.write(gate.markdown);
        process.exitCode = gate.pass ? 0 : 1;
      },
    );
  return evals;
}

function runGate(
  command: Command,
  project: string,
  flags: {
    goldenSet: string;
    run: number;
    baseline: number;
    maxRegression: number;
    minScore?: number;
    allowUncalibrated?: boolean;
    question?: string;
    passValues?: string[];
    minKappa?: number;
    minPairs?: number;
  },
) {
  return got(
    clientFor(command).POST('/api/projects/{project}/evals/gate', {
      params: { path: { project } },
      body: {
        goldenSet: flags.goldenSet,
        run: flags.run,
        baseline: flags.baseline,
        maxRegression: flags.maxRegression,
        ...(flags.minScore === undefined ? {} : { minScore: flags.minScore }),
        allowUncalibrated: flags.allowUncalibrated === true,
        calibration: {
          ...(flags.question ? { question: flags.question } : {}),
          ...(flags.passValues ? { passValues: flags.passValues } : {}),
          ...(flags.minKappa === undefined ? {} : { minKappa: flags.minKappa }),
          ...(flags.minPairs === undefined ? {} : { minPairs: flags.minPairs }),
        },
      },
    }),
  );
}
