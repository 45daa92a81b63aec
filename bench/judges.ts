/**
 * Judges bench (issue 13): N judge runs as `judge.run` jobs against a local chat completions
 * endpoint that answers after 50 ms, through the real `openai` client.
 *
 * Peer (same run): the same number of calls made directly with the `openai` client, N at a time,
 * no jobs, no database — what the endpoint allows. Target: jobs throughput ≥ 0.9 × N / 50 ms
 * (the jobs layer costs < 10 %), 0 runs lost, 0 run twice (the endpoint counts calls per item).
 * Flags: --runs (default 10000), --concurrency N (default 16), --engine sqlite|postgres (default sqlite).
 */
import { parseArgs } from 'node:util';
import OpenAI from 'openai';
import { openStorage } from '../src/db/storage.js';
import { DecisionNotifier } from '../src/events/notifier.js';
import { allowWebhookTargets } from '../src/events/webhook-target.js';
import { JobRegistry } from '../src/jobs/registry.js';
import { JobRunner } from '../src/jobs/runner.js';
import { judgeRunJob } from '../src/judges/jobs.js';
import { createJudge, requestJudgeRuns } from '../src/judges/service.js';
import { insertProject } from '../src/projects/store.js';
import { LabelSchema } from '../src/schemas/label-schema.js';
import { completion, startFakeLlm } from '../src/testing/fake-llm.js';
import { BENCH_PG_URL, dropSchema, machineLine, makeTempDir, printTable } from './support.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '16' },
    engine: { type: 'string', default: 'sqlite' },
  },
});
const RUNS = Number(values.runs);
const N = Number(values.concurrency);
const LATENCY_MS = 50;
const TARGET_SHARE = 0.9;

const answer = JSON.stringify({ verdict: 'pass', reason: 'fine' });

async function peer(url: string): Promise<number> {
  const client = new OpenAI({ baseURL: url, apiKey: 'none', maxRetries: 0 });
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: N }, async () => {
      while (next < RUNS) {
        const n = next++;
        await client.chat.completions.create({
          model: 'fake',
          messages: [{ role: 'user', content: `peer ${n}` }],
          response_format: { type: 'json_object' },
        });
      }
    }),
  );
  return (RUNS / (performance.now() - started)) * 1000;
}

async function tandem(url: string): Promise<{ perSec: number; done: number; failed: number; twice: number }> {
  const schema = `bench_judges_${process.pid}`;
  if (values.engine === 'postgres') await dropSchema(schema);
  const storage =
    values.engine === 'postgres'
      ? await openStorage({ databaseUrl: BENCH_PG_URL, pgSchema: schema, pgPoolSize: N + 4 })
      : await openStorage({ dataDir: makeTempDir() });
  const now = Date.now();
  const project = await insertProject(
    storage.db,
    {
      slug: 'bench',
      name: 'Judges bench',
      description: '',
      guidelines: '',
      labelSchema: LabelSchema.parse({
        questions: [{ name: 'verdict', type: 'single_choice', options: [{ value: 'pass' }, { value: 'fail' }] }],
      }),
    },
    now,
  );
  for (let start = 0; start < RUNS; start += 500) {
    const rows = Array.from({ length: Math.min(500, RUNS - start) }, (_, i) => ({
      project_id: project.id,
      external_id: `item-${start + i}`,
      data: JSON.stringify({ output: `item-${start + i}` }),
      prediction: null,
      confidence: null,
      metadata: '{}',
      status: 'held',
      revision: 1,
      created_at: now,
      updated_at: now,
    }));
    await storage.db.insertInto('items').values(rows).execute();
  }
  await createJudge(
    storage,
    project,
    {
      name: 'bench',
      config: {
        kind: 'llm',
        baseUrl: url,
        model: 'fake',
        prompt: '{{output}}',
        pass: { question: 'verdict', values: ['pass'] },
        temperature: 0,
        samples: 1,
        concurrency: N,
        maxAttempts: 5,
        timeoutMs: 10_000,
      },
    },
    { id: 0 },
  );
  const notifier = new DecisionNotifier(storage);
  const runner = new JobRunner(storage, {
    registry: new JobRegistry().add(judgeRunJob),
    services: { notifier },
    concurrency: N,
    pollMs: 20,
  });
  await requestJudgeRuns(storage, project, 'bench', { retryFailed: false }, { id: 0 });
  const started = performance.now();
  await runner.start();
  for (;;) {
    const open = await storage.db
      .selectFrom('judge_runs')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .where('state', 'in', ['queued', 'running'])
      .executeTakeFirstOrThrow();
    if (Number(open.n) === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const elapsed = performance.now() - started;
  await runner.stop();
  const counts = await storage.db
    .selectFrom('judge_runs')
    .select(['state', ({ fn }) => fn.countAll<number>().as('n')])
    .groupBy('state')
    .execute();
  const twice = await storage.db
    .selectFrom('jobs')
    .select(({ fn }) => fn.countAll<number>().as('n'))
    .where('type', '=', 'judge.run')
    .where('attempts', '>', 1)
    .executeTakeFirstOrThrow();
  await storage.close();
  if (values.engine === 'postgres') await dropSchema(schema);
  const of = (state: string) => Number(counts.find((c) => c.state === state)?.n ?? 0);
  return { perSec: (RUNS / elapsed) * 1000, done: of('done'), failed: of('failed'), twice: Number(twice.n) };
}

const llm = await startFakeLlm(() => completion(answer), { latencyMs: LATENCY_MS });
allowWebhookTargets(['127.0.0.1']);
console.log(machineLine());
console.log(`${RUNS} judge runs, concurrency ${N}, endpoint latency ${LATENCY_MS} ms, ${values.engine}\n`);
const peerPerSec = await peer(llm.url);
const before = llm.prompts.length;
const result = await tandem(llm.url);
const callsPerItem = new Map<string, number>();
for (const prompt of llm.prompts.slice(before)) callsPerItem.set(prompt, (callsPerItem.get(prompt) ?? 0) + 1);
const calledTwice = [...callsPerItem.values()].filter((n) => n > 1).length;
await llm.close();

const ideal = (N / LATENCY_MS) * 1000;
const target = TARGET_SHARE * ideal;
printTable(
  ['', 'runs/s', 'share of N / 50 ms'],
  [
    ['Tandem judge.run jobs', result.perSec.toFixed(0), `${((result.perSec / ideal) * 100).toFixed(0)} %`],
    ['peer: openai client direct', peerPerSec.toFixed(0), `${((peerPerSec / ideal) * 100).toFixed(0)} %`],
  ],
);
const lost = RUNS - result.done - result.failed;
console.log(`\nratio Tandem / peer = ${(result.perSec / peerPerSec).toFixed(2)}`);
console.log(
  `throughput ≥ ${target.toFixed(0)} runs/s (0.9 × ${N} / 50 ms): ${result.perSec >= target ? 'MET' : 'MISSED'}`,
);
console.log(
  `done ${result.done}, failed ${result.failed}, lost ${lost}: ${lost === 0 && result.failed === 0 ? 'MET' : 'MISSED'}`,
);
console.log(
  `run twice: ${result.twice} jobs with > 1 attempt, ${calledTwice} items called twice: ${result.twice === 0 && calledTwice === 0 ? 'MET' : 'MISSED'}`,
);
