/**
 * bench/queue — issue #3's queue benchmark on PostgreSQL.
 *
 * 1. Tandem: a project of N items (default 1,000,000) with overlap 3; W simulated annotators
 *    (default 64) claim → submit as fast as they can for S seconds (default 60). Prints claims/s,
 *    submits/s, claim p50/p99, and checks for double assignment at the end.
 * 2. Peer, same database, same run: pg-boss doing fetch-one + complete with W workers for S s.
 * 3. An auto-accepted item added over HTTP with ?wait=5: p50/p99 of the round trip.
 *
 * Run: npm run bench:queue [-- --items 1000000 --workers 64 --seconds 60 --pool 32]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { pino } from 'pino';
import { openStorage, type Storage } from '../src/db/storage.js';
import { DecisionNotifier } from '../src/events/notifier.js';
import { buildApp } from '../src/http/app.js';
import { ingestRows } from '../src/items/ingest.js';
import { CreateProjectBody } from '../src/projects/contracts.js';
import { createProject, getProject } from '../src/projects/service.js';
import type { Project } from '../src/projects/store.js';
import { claimTask } from '../src/queue/service.js';
import { submitTask } from '../src/responses/submit.js';
import { Policy } from '../src/routing/contracts.js';
import { insertPolicyVersion } from '../src/routing/store.js';
import { createUser, issueToken } from '../src/users/service.js';
import type { User } from '../src/users/store.js';

const PG_URL = process.env.TANDEM_BENCH_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '1000000' },
    workers: { type: 'string', default: '64' },
    seconds: { type: 'string', default: '60' },
    pool: { type: 'string', default: '32' },
    'http-requests': { type: 'string', default: '2000' },
  },
});
const ITEMS = Number(values.items);
const WORKERS = Number(values.workers);
const SECONDS = Number(values.seconds);
const POOL = Number(values.pool);
const HTTP_REQUESTS = Number(values['http-requests']);
const OVERLAP = 3;

const schema = `bench_queue_${process.pid}`;
const bossSchema = `bench_pgboss_${process.pid}`;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

async function dropSchemas(): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`drop schema if exists "${schema}" cascade`);
  await client.query(`drop schema if exists "${bossSchema}" cascade`);
  await client.end();
}

async function makeProject(storage: Storage, slug: string, policy: unknown): Promise<Project> {
  const project = await createProject(
    storage,
    CreateProjectBody.parse({
      name: slug,
      slug,
      labelSchema: {
        questions: [{ name: 'verdict', type: 'single_choice', options: [{ value: 'spam' }, { value: 'ham' }] }],
      },
    }),
    null,
  );
  await insertPolicyVersion(storage, project.id, Policy.parse(policy), null, Date.now());
  return getProject(storage, slug); // re-read: the policy just set is now current
}

function itemRow(i: number, confidence: number) {
  return {
    externalId: `bench-${i}`,
    data: { text: `Message ${i}: a short email body of a realistic-ish length for the queue benchmark.` },
    prediction: { verdict: i % 3 === 0 ? 'spam' : 'ham' },
    confidence,
  };
}

async function benchTandem(
  storage: Storage,
): Promise<{ claimsPerSec: number; submitsPerSec: number; p50: number; p99: number; doubles: number }> {
  const project = await makeProject(storage, 'queue-bench', {
    default: { action: 'review', k: OVERLAP, role: 'annotator' },
  });
  const started = performance.now();
  for (let start = 0; start < ITEMS; start += 10_000) {
    const rows = Array.from({ length: Math.min(10_000, ITEMS - start) }, (_, i) => itemRow(start + i, 0.5));
    await ingestRows(storage, project, rows);
    if ((start / 10_000) % 10 === 9) process.stderr.write(`  loaded ${fmt(start + rows.length)} items\r`);
  }
  const loadSeconds = (performance.now() - started) / 1_000;
  console.log(`Tandem: loaded ${fmt(ITEMS)} items (${fmt(ITEMS * OVERLAP)} task slots) in ${fmt(loadSeconds, 1)} s`);

  const users: User[] = [];
  for (let i = 0; i < WORKERS; i++)
    users.push(await createUser(storage, { username: `annotator${i}`, role: 'annotator' }));
  const claimLatencies: number[] = [];
  let claims = 0;
  let submits = 0;
  const deadline = performance.now() + SECONDS * 1_000;
  await Promise.all(
    users.map(async (user, index) => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const task = await claimTask(storage, project, user);
        claimLatencies.push(performance.now() - t0);
        claims += 1;
        await submitTask(storage, task.id, user, {
          answer: { verdict: (task.itemId + index) % 4 === 0 ? 'ham' : 'spam' },
        });
        submits += 1;
      }
    }),
  );
  claimLatencies.sort((a, b) => a - b);

  // Double assignment: an item answered twice by one person, or more than k times.
  const { rows } = await sql(storage)`select count(*)::int as n from (
      select item_id from responses where phase = 'review' group by item_id
      having count(*) > ${OVERLAP} or count(*) <> count(distinct user_id)) bad`;
  return {
    claimsPerSec: claims / SECONDS,
    submitsPerSec: submits / SECONDS,
    p50: percentile(claimLatencies, 50),
    p99: percentile(claimLatencies, 99),
    doubles: Number(rows[0]?.n ?? -1),
  };
}

function sql(storage: Storage) {
  return async (strings: TemplateStringsArray, ...params: unknown[]) => {
    const text = strings.reduce((acc, part, i) => acc + part + (i < params.length ? `$${i + 1}` : ''), '');
    return (storage.pgPool as pg.Pool).query(text, params);
  };
}

async function benchPgBoss(): Promise<{ perSec: number; p50: number; p99: number }> {
  const boss = new PgBoss({
    connectionString: PG_URL,
    schema: bossSchema,
    max: POOL,
    supervise: false,
    schedule: false,
  });
  boss.on('error', (error) => console.error('pg-boss:', error.message));
  await boss.start();
  const queue = 'review';
  await boss.createQueue(queue);
  const started = performance.now();
  // The same number of units of work as Tandem's task slots would be far more than 60 s can use;
  // load as many jobs as Tandem had slots so neither side can run dry.
  const jobs = ITEMS * OVERLAP;
  for (let start = 0; start < jobs; start += 10_000) {
    const batch = Array.from({ length: Math.min(10_000, jobs - start) }, (_, i) => ({
      name: queue,
      data: { item: start + i },
    }));
    await boss.insert(batch);
  }
  console.log(`pg-boss: loaded ${fmt(jobs)} jobs in ${fmt((performance.now() - started) / 1_000, 1)} s`);
  const latencies: number[] = [];
  let done = 0;
  const deadline = performance.now() + SECONDS * 1_000;
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const [job] = await boss.fetch<{ item: number }>(queue, { batchSize: 1 });
        latencies.push(performance.now() - t0);
        if (!job) continue;
        await boss.complete(queue, job.id);
        done += 1;
      }
    }),
  );
  await boss.stop({ graceful: false, wait: true });
  latencies.sort((a, b) => a - b);
  return { perSec: done / SECONDS, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function benchAwaitOverHttp(storage: Storage, label: string): Promise<{ p50: number; p99: number }> {
  const project = await makeProject(storage, `auto-${label}`, { default: { action: 'auto_accept' } });
  const admin = await createUser(storage, { username: `bench-admin-${label}`, role: 'admin' });
  const token = await issueToken(storage, admin.id, 'bench');
  const notifier = new DecisionNotifier(storage);
  await notifier.start();
  const app = await buildApp({ storage, notifier, logger: pino({ level: 'silent' }) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}/api/projects/${project.slug}/items?wait=5`;
  const latencies: number[] = [];
  for (let i = 0; i < HTTP_REQUESTS + 100; i++) {
    const t0 = performance.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(itemRow(10_000_000 + i, 0.99)),
    });
    const body = (await response.json()) as { decision: { method: string } | null };
    if (i >= 100) latencies.push(performance.now() - t0); // the first 100 warm up
    if (body.decision?.method !== 'auto') throw new Error(`expected an auto decision, got ${JSON.stringify(body)}`);
  }
  await app.close();
  await notifier.stop();
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function main(): Promise<void> {
  console.log(
    `bench/queue: ${fmt(ITEMS)} items, overlap ${OVERLAP}, ${WORKERS} workers, ${SECONDS} s, pool ${POOL}, on ${PG_URL.replace(/:[^:@/]*@/, ':***@')}`,
  );
  await dropSchemas();
  const storage = await openStorage({ databaseUrl: PG_URL, pgSchema: schema, pgPoolSize: POOL });
  try {
    const tandem = await benchTandem(storage);
    const boss = await benchPgBoss();
    const httpPg = await benchAwaitOverHttp(storage, 'pg');
    const sqliteDir = (await import('node:fs')).mkdtempSync(`${(await import('node:os')).tmpdir()}/tandem-bench-`);
    const sqlite = await openStorage({ dataDir: sqliteDir });
    const httpSqlite = await benchAwaitOverHttp(sqlite, 'sqlite');
    await sqlite.close();

    console.log('');
    console.log('measure                              value        target');
    console.log('-----------------------------------  -----------  ----------------------');
    console.log(`Tandem claims/s                      ${fmt(tandem.claimsPerSec).padStart(11)}`);
    console.log(`Tandem submits/s                     ${fmt(tandem.submitsPerSec).padStart(11)}`);
    console.log(`Tandem claim p50 (ms)                ${fmt(tandem.p50, 2).padStart(11)}`);
    console.log(`Tandem claim p99 (ms)                ${fmt(tandem.p99, 2).padStart(11)}  <= 10`);
    console.log(`pg-boss fetch+complete/s             ${fmt(boss.perSec).padStart(11)}`);
    console.log(`pg-boss fetch p50 / p99 (ms)         ${`${fmt(boss.p50, 2)} / ${fmt(boss.p99, 2)}`.padStart(11)}`);
    console.log(
      `ratio Tandem claim+submit / pg-boss  ${`${fmt(tandem.submitsPerSec / boss.perSec, 2)}x`.padStart(11)}  >= 2x`,
    );
    console.log(`double assignments                   ${fmt(tandem.doubles).padStart(11)}  0`);
    console.log(
      `auto-accept + wait over HTTP, PG     ${`p50 ${fmt(httpPg.p50, 2)} ms`.padStart(11)}  p50 <= 2 ms (p99 ${fmt(httpPg.p99, 2)} ms)`,
    );
    console.log(
      `auto-accept + wait over HTTP, SQLite ${`p50 ${fmt(httpSqlite.p50, 2)} ms`.padStart(11)}  (p99 ${fmt(httpSqlite.p99, 2)} ms)`,
    );
  } finally {
    await storage.close();
    await dropSchemas();
  }
}

await main();
