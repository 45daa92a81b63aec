/**
 * Jobs bench (issue 10, point 2): Tandem's jobs module against pg-boss on the same PostgreSQL,
 * in the same run, the way each one's users run it.
 *
 * 1. Throughput: a backlog of N no-op jobs, 8 at a time. Tandem: JobRunner (concurrency 8);
 *    pg-boss: 8 `work()` handlers, batch size 1 (its documented way to run jobs in parallel).
 * 2. Latency: single jobs enqueued one at a time into idle workers; from the enqueue's commit to
 *    the handler starting. Tandem is woken by NOTIFY; pg-boss polls (its smallest interval, 0.5 s).
 *
 * Targets: throughput ≥ 1× pg-boss; wake-up latency p99 ≤ 100 ms.
 * Flags: --jobs N (default 10000), --single N (default 200).
 */
import { parseArgs } from 'node:util';
import PgBoss from 'pg-boss';
import { openStorage } from '../src/db/storage.js';
import { DecisionNotifier } from '../src/events/notifier.js';
import { defineJob, JobRegistry } from '../src/jobs/registry.js';
import { JobRunner } from '../src/jobs/runner.js';
import { enqueueJob, enqueueJobs } from '../src/jobs/store.js';
import { assertPostgresReachable, BENCH_PG_URL, dropSchema, machineLine, printTable } from './support.js';

declare module '../src/jobs/registry.js' {
  interface JobPayloads {
    'bench.noop': { n: number; enqueuedAt: number };
  }
}

const { values } = parseArgs({
  options: { jobs: { type: 'string', default: '10000' }, single: { type: 'string', default: '200' } },
});
const JOBS = Number(values.jobs);
const SINGLE = Number(values.single);
const CONCURRENCY = 8;
const TARGET_RATIO = 1;
const TARGET_P99_MS = 100;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await pause(5);
}

async function benchTandem(): Promise<{ perSec: number; latencies: number[] }> {
  const schema = `bench_jobs_tandem_${process.pid}`;
  await dropSchema(schema);
  const storage = await openStorage({ databaseUrl: BENCH_PG_URL, pgSchema: schema, pgPoolSize: CONCURRENCY + 2 });
  let done = 0;
  const latencies: number[] = [];
  const registry = new JobRegistry().add(
    defineJob({
      type: 'bench.noop',
      run: async ({ payload }) => {
        if (payload.enqueuedAt > 0) latencies.push(Date.now() - payload.enqueuedAt);
        done += 1;
      },
    }),
  );
  const runner = new JobRunner(storage, {
    registry,
    services: { notifier: new DecisionNotifier(storage) },
    concurrency: CONCURRENCY,
  });
  try {
    await storage.db.transaction().execute(async (trx) => {
      for (let start = 0; start < JOBS; start += 5_000)
        await enqueueJobs(
          trx,
          Array.from({ length: Math.min(5_000, JOBS - start) }, (_, i) => ({
            type: 'bench.noop' as const,
            payload: { n: start + i, enqueuedAt: 0 },
          })),
        );
    });
    const started = performance.now();
    await runner.start();
    await until(() => done >= JOBS);
    const perSec = JOBS / ((performance.now() - started) / 1_000);
    for (let i = 0; i < SINGLE; i++) {
      await enqueueJob(storage.db, { type: 'bench.noop', payload: { n: i, enqueuedAt: Date.now() } });
      await until(() => latencies.length > i);
      await pause(10);
    }
    return { perSec, latencies: latencies.sort((a, b) => a - b) };
  } finally {
    await runner.stop();
    await storage.close();
    await dropSchema(schema);
  }
}

async function benchPgBoss(): Promise<{ perSec: number; latencies: number[] }> {
  const schema = `bench_jobs_pgboss_${process.pid}`;
  await dropSchema(schema);
  const boss = new PgBoss({ connectionString: BENCH_PG_URL, schema, max: CONCURRENCY + 2 });
  boss.on('error', (error) => console.error('pg-boss:', error.message));
  await boss.start();
  const queue = 'noop';
  await boss.createQueue(queue);
  let done = 0;
  const latencies: number[] = [];
  try {
    for (let start = 0; start < JOBS; start += 5_000)
      await boss.insert(
        Array.from({ length: Math.min(5_000, JOBS - start) }, (_, i) => ({
          name: queue,
          data: { n: start + i, enqueuedAt: 0 },
        })),
      );
    const started = performance.now();
    for (let w = 0; w < CONCURRENCY; w++)
      await boss.work<{ n: number; enqueuedAt: number }>(
        queue,
        { batchSize: 1, pollingIntervalSeconds: 0.5 },
        async ([job]) => {
          if (job && job.data.enqueuedAt > 0) latencies.push(Date.now() - job.data.enqueuedAt);
          done += 1;
        },
      );
    await until(() => done >= JOBS);
    const perSec = JOBS / ((performance.now() - started) / 1_000);
    for (let i = 0; i < SINGLE; i++) {
      await boss.send(queue, { n: i, enqueuedAt: Date.now() });
      await until(() => latencies.length > i);
      await pause(10);
    }
    return { perSec, latencies: latencies.sort((a, b) => a - b) };
  } finally {
    await boss.stop({ graceful: false, wait: true });
    await dropSchema(schema);
  }
}

async function main(): Promise<void> {
  await assertPostgresReachable();
  console.log(`jobs bench: ${fmt(JOBS)} queued no-op jobs, ${CONCURRENCY} at a time; ${SINGLE} single jobs`);
  console.log(machineLine());
  console.log('The machine is shared (2 cores): figures are noisy; compare the ratios of one run.\n');
  const tandem = await benchTandem();
  const boss = await benchPgBoss();
  const row = (name: string, r: { perSec: number; latencies: number[] }) => [
    name,
    fmt(r.perSec),
    fmt(percentile(r.latencies, 50), 1),
    fmt(percentile(r.latencies, 99), 1),
  ];
  printTable(['', 'backlog jobs/s', 'wake p50 ms', 'wake p99 ms'], [row('Tandem', tandem), row('pg-boss 10', boss)]);
  const ratio = tandem.perSec / boss.perSec;
  const p99 = percentile(tandem.latencies, 99);
  console.log('');
  console.log(
    `throughput Tandem / pg-boss = ${fmt(ratio, 2)}×  (target ≥ ${TARGET_RATIO}×)  ${ratio >= TARGET_RATIO ? 'MET' : 'MISSED'}`,
  );
  console.log(
    `wake-up latency p99 = ${fmt(p99, 1)} ms  (target ≤ ${TARGET_P99_MS} ms; pg-boss ${fmt(percentile(boss.latencies, 99), 1)} ms)  ${p99 <= TARGET_P99_MS ? 'MET' : 'MISSED'}`,
  );
}

await main();
