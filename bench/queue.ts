/**
 * bench/queue — issue 10 points 1 and 6: claims at size, with honest peers, on both engines.
 *
 * 1. A project of N items (default 1,000,000) × overlap 3, filled by SQL (the bench measures
 *    claims, not ingest). W annotators (8, then 64) claim → submit for S seconds: claims/s,
 *    submits/s, claim p50/p99, double assignments.
 * 2. Worst cases, 8 workers each, claim p50/p99 of the measured person: one annotator 10/50/99 %
 *    ahead of the others (the other slots of their items still open); 1k/10k slots leased at the
 *    head; 99 % of slots done with autovacuum off (dead index entries at the head).
 * 3. Peers on the same PostgreSQL, same workers: the bare limit — one `update … where id =
 *    (select … for update skip locked)` + a response insert on the same tables — and pg-boss at a
 *    backlog it is built for, fetching one job and a batch of 50.
 * 4. An auto-accepted item added over HTTP with ?wait=5 (PostgreSQL and SQLite): p50/p99.
 *
 * Run: npm run bench:queue [-- --items 1000000 --seconds 15 --pool 32 --boss-backlog 100000 --sqlite-only]
 * `--http-only` runs part 4 alone (the auto-accept + wait case, both engines unless --sqlite-only).
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { sql } from 'kysely';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { pino } from 'pino';
import { openStorage, type Storage } from '../src/db/storage.js';
import { DecisionNotifier } from '../src/events/notifier.js';
import { buildApp } from '../src/http/app.js';
import { CreateProjectBody } from '../src/projects/contracts.js';
import { createProject, getProject } from '../src/projects/service.js';
import type { Project } from '../src/projects/store.js';
import { claimTask } from '../src/queue/service.js';
import { submitTask } from '../src/responses/submit.js';
import { Policy } from '../src/routing/contracts.js';
import { insertPolicyVersion } from '../src/routing/store.js';
import { createUser, issueToken } from '../src/users/service.js';
import type { User } from '../src/users/store.js';
import { BENCH_PG_URL, machineLine, makeTempDir, printTable } from './support.js';

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '1000000' },
    seconds: { type: 'string', default: '15' },
    pool: { type: 'string', default: '32' },
    'boss-backlog': { type: 'string', default: '100000' },
    'http-requests': { type: 'string', default: '2000' },
    'sqlite-only': { type: 'boolean', default: false },
    'skip-worst': { type: 'boolean', default: false },
    'http-only': { type: 'boolean', default: false },
  },
});
const ITEMS = Number(values.items.replaceAll('_', ''));
const SECONDS = Number(values.seconds);
const POOL = Number(values.pool);
const BOSS_BACKLOG = Number(values['boss-backlog'].replaceAll('_', ''));
const HTTP_REQUESTS = Number(values['http-requests']);
const OVERLAP = 3;
const schema = `bench_queue_${process.pid}`;
const bossSchema = `bench_pgboss_${process.pid}`;

interface Run {
  readonly claimsPerSec: number;
  readonly submitsPerSec: number;
  readonly p50: number;
  readonly p99: number;
}

const results: string[][] = [];
const targets: { name: string; value: string; target: string; met: boolean }[] = [];
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}
function record(label: string, run: Run): void {
  results.push([label, fmt(run.claimsPerSec), fmt(run.submitsPerSec), fmt(run.p50, 2), fmt(run.p99, 2)]);
}
function target(name: string, value: string, wanted: string, met: boolean): void {
  targets.push({ name, value, target: wanted, met });
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
  return getProject(storage, slug);
}

/** N items with 3 open slots each, written by SQL in one go (ids in item order, like an ingest). */
async function fillQueue(storage: Storage, project: Project): Promise<void> {
  const now = Date.now();
  const data = `'{"text":"Message ' || n || ': a short email body of a realistic-ish length for the queue benchmark."}'`;
  const json = (text: string, type: string) => (storage.engine === 'postgres' ? `(${text})::${type}` : text);
  const series =
    storage.engine === 'postgres'
      ? `generate_series(1, ${ITEMS}) as s(n)`
      : `(with recursive s(n) as (select 1 union all select n + 1 from s where n < ${ITEMS}) select n from s)`;
  await sql
    .raw(`insert into items (project_id, external_id, data, prediction, confidence, metadata, status, revision, created_at, updated_at)
      select ${project.id}, 'bench-' || n, ${json(data, 'json')}, ${json(`'{"verdict":"spam"}'`, 'json')}, 0.5, ${json(`'{}'`, 'jsonb')},
        'queued', 1, ${now}, ${now} from ${series}`)
    .execute(storage.db);
  await sql
    .raw(`insert into tasks (project_id, item_id, phase, role, priority, state, audit, available_at, created_at)
      select ${project.id}, i.id, 'review', 'annotator', 0, 'queued', 0, ${now}, ${now}
      from items i cross join (select 1 as k union all select 2 union all select 3) k
      where i.project_id = ${project.id} order by i.id, k.k`)
    .execute(storage.db);
  await sql`analyze`.execute(storage.db);
}

async function users(storage: Storage, prefix: string, count: number): Promise<User[]> {
  const made: User[] = [];
  for (let i = 0; i < count; i++)
    made.push(await createUser(storage, { username: `${prefix}${i}`, role: 'annotator' }));
  return made;
}

/** Each worker claims → submits until the deadline; latencies only of `measured` (all when undefined). */
async function work(storage: Storage, project: Project, people: User[], measured?: User): Promise<Run> {
  const latencies: number[] = [];
  let claims = 0;
  let submits = 0;
  const deadline = performance.now() + SECONDS * 1_000;
  await Promise.all(
    people.map(async (user, index) => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const task = await claimTask(storage, project, user).catch((error: { code?: string }) => {
          if (error.code === 'QUEUE_EMPTY') return undefined; // a small --items run can run dry
          throw error;
        });
        if (!task) break;
        if (!measured || measured.id === user.id) latencies.push(performance.now() - t0);
        claims += 1;
        await submitTask(storage, task.id, user, {
          answer: { verdict: (task.itemId + index) % 4 === 0 ? 'ham' : 'spam' },
        });
        submits += 1;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    claimsPerSec: claims / SECONDS,
    submitsPerSec: submits / SECONDS,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

async function doubleAssignments(storage: Storage): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*) as n from (
      select item_id from responses where phase = 'review' group by item_id
      having count(*) > ${OVERLAP} or count(*) <> count(distinct user_id)) bad`.execute(storage.db);
  return Number(rows[0]?.n ?? -1);
}

/**
 * Makes `user` have answered the first `share` of the items, as their own claims would have: one
 * review slot per item (the last open one, so the others stay at the head) done, with its response,
 * and the cursor on the last of those slots. Only review slots of priority 0: earlier runs leave
 * adjudication slots (role reviewer, priority 100, ids past every review slot) on items whose
 * answers split; taking one of those as "the last slot" put a priority-0 cursor past every review
 * slot, so the person's claims found nothing until the rescan (the 50 % row printed NaN).
 */
async function putAhead(storage: Storage, project: Project, user: User, share: number): Promise<void> {
  const now = Date.now();
  const upTo = Math.floor(ITEMS * share);
  const { rows } = await sql<{ lo: number; hi: number }>`
    select min(id) as lo, max(id) as hi from (select id from items where project_id = ${project.id} order by id limit ${upTo}) x`.execute(
    storage.db,
  );
  const lo = Number(rows[0]?.lo);
  const hi = Number(rows[0]?.hi);
  const mine = sql`select max(id) from tasks
    where project_id = ${project.id} and item_id between ${lo} and ${hi} and phase = 'review' and priority = 0
      and state = 'queued' and claimed_by is null group by item_id`;
  await sql`update tasks set state = 'done', claimed_by = ${user.id}, claimed_at = ${now}, completed_at = ${now}
    where id in (${mine})`.execute(storage.db);
  await sql`insert into responses (task_id, item_id, project_id, user_id, phase, answer, created_at)
    select id, item_id, project_id, ${user.id}, 'review', '{"verdict":"spam"}', ${now} from tasks
    where claimed_by = ${user.id} and state = 'done'`.execute(storage.db);
  const last = await sql<{ id: number }>`select max(id) as id from tasks
    where claimed_by = ${user.id} and phase = 'review' and priority = 0`.execute(storage.db);
  await sql`insert into claim_people (project_id, user_id, roles, claims, gold_claims, rescanned_at)
    values (${project.id}, ${user.id}, 'annotator', ${upTo}, 0, ${now})`.execute(storage.db);
  await sql`insert into claim_cursors (project_id, user_id, priority, task_id)
    values (${project.id}, ${user.id}, 0, ${Number(last.rows[0]?.id)})`.execute(storage.db);
  if (storage.engine === 'postgres') await sql`vacuum analyze tasks`.execute(storage.db);
}

async function tandemRuns(storage: Storage, label: string): Promise<{ project: Project; fresh8: Run }> {
  const t0 = performance.now();
  const project = await makeProject(storage, `queue-${label.toLowerCase()}`, {
    default: { action: 'review', k: OVERLAP },
  });
  await fillQueue(storage, project);
  console.log(
    `${label}: ${fmt(ITEMS)} items × ${OVERLAP} slots filled in ${fmt((performance.now() - t0) / 1_000, 1)} s`,
  );
  const fresh8 = await work(storage, project, await users(storage, `${label}-a`, 8));
  record(`Tandem ${label}, 8 fresh annotators`, fresh8);
  target(`${label} claim p99, fresh, 8 workers`, `${fmt(fresh8.p99, 2)} ms`, '<= 10 ms', fresh8.p99 <= 10);
  if (storage.engine === 'postgres') {
    const fresh64 = await work(storage, project, await users(storage, `${label}-b`, 64));
    record(`Tandem ${label}, 64 fresh annotators`, fresh64);
  }
  if (!values['skip-worst']) {
    for (const share of [0.1, 0.5, 0.99]) {
      const [ahead] = await users(storage, `${label}-ahead${share * 100}-`, 1);
      if (!ahead) throw new Error('no user');
      await putAhead(storage, project, ahead, share);
      const others = await users(storage, `${label}-c${share * 100}-`, 7);
      const run = await work(storage, project, [ahead, ...others], ahead);
      record(`Tandem ${label}, 1 annotator ${share * 100} % ahead (+7)`, run);
      if (share === 0.99) {
        target(`${label} claim p99, 99 % ahead, 8 workers`, `${fmt(run.p99, 2)} ms`, '<= 10 ms', run.p99 <= 10);
      }
    }
    for (const leased of [1_000, 10_000]) {
      const now = Date.now();
      // Three holders (ids no annotator has), so no holder takes two slots of one item.
      await sql`update tasks set claimed_by = ${900_000_000} + (id % 3), claimed_at = ${now}, available_at = ${now + 3_600_000}
        where id in (select id from tasks where project_id = ${project.id} and state = 'queued' and claimed_at is null
                     order by priority desc, id limit ${leased})`.execute(storage.db);
      const run = await work(storage, project, await users(storage, `${label}-d${leased}-`, 8));
      record(`Tandem ${label}, ${fmt(leased)} slots leased at the head`, run);
    }
  }
  return { project, fresh8 };
}

/** 99 % of the slots done, autovacuum off: dead index entries at the head of the queue. */
async function beforeVacuum(storage: Storage): Promise<void> {
  const project = await makeProject(storage, 'queue-dead', { default: { action: 'review', k: OVERLAP } });
  await sql`alter table tasks set (autovacuum_enabled = false)`.execute(storage.db);
  await fillQueue(storage, project);
  const now = Date.now();
  await sql`update tasks set state = 'done', claimed_at = ${now}, completed_at = ${now}
    where project_id = ${project.id} and id < (select min(id) + ${Math.floor(ITEMS * OVERLAP * 0.99)} from tasks where project_id = ${project.id})`.execute(
    storage.db,
  );
  const run = await work(storage, project, await users(storage, 'dead-', 8));
  record('Tandem PG, 99 % done before vacuum', run);
  await sql`alter table tasks reset (autovacuum_enabled)`.execute(storage.db);
}

/**
 * The physical limit: one statement claims, one answers, on Tandem's own tables. It reads the fresh
 * index in its own order (every slot here has priority 0): `order by priority desc, id` matched
 * no index and sorted every open slot per claim, which put the "limit" below Tandem itself.
 */
async function bareLimit(storage: Storage, project: Project, workers: number): Promise<Run> {
  const pool = storage.pgPool as pg.Pool;
  const latencies: number[] = [];
  let done = 0;
  const deadline = performance.now() + SECONDS * 1_000;
  // A new holder id per claim: the peer has no overlap rule, and one worker taking two slots of
  // one item in a row would trip the unique (item, phase, person) index and end the run.
  let holder = 1_000_000;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (performance.now() < deadline) {
        const userId = holder++;
        const t0 = performance.now();
        const now = Date.now();
        const claimed = await pool.query(
          `update tasks set claimed_by = $1, claimed_at = $2, available_at = $3
           where id = (select id from tasks where project_id = $4 and state = 'queued' and claimed_at is null
                       and priority = 0 order by rank, id limit 1 for update skip locked)
           returning id, item_id`,
          [userId, now, now + 600_000, project.id],
        );
        latencies.push(performance.now() - t0);
        const task = claimed.rows[0];
        if (!task) continue;
        await pool.query(
          `with done as (update tasks set state = 'done', completed_at = $3 where id = $1 returning id, item_id)
           insert into responses (task_id, item_id, project_id, user_id, phase, answer, created_at)
           select id, item_id, $4, $2, 'review', '{"verdict":"spam"}', $3 from done`,
          [task.id, userId, now, project.id],
        );
        done += 1;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const run = {
    claimsPerSec: done / SECONDS,
    submitsPerSec: done / SECONDS,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
  record(`bare SKIP LOCKED claim + answer, ${workers} workers`, run);
  return run;
}

async function pgBoss(workers: number, batchSize: number): Promise<Run> {
  const boss = new PgBoss({
    connectionString: BENCH_PG_URL,
    schema: bossSchema,
    max: POOL,
    supervise: false,
    schedule: false,
  });
  boss.on('error', (error) => console.error('pg-boss:', error.message));
  await boss.start();
  const queue = `review_${batchSize}_${workers}`;
  await boss.createQueue(queue);
  for (let start = 0; start < BOSS_BACKLOG; start += 10_000) {
    const size = Math.min(10_000, BOSS_BACKLOG - start);
    await boss.insert(Array.from({ length: size }, (_, i) => ({ name: queue, data: { item: start + i } })));
  }
  const latencies: number[] = [];
  let done = 0;
  const deadline = performance.now() + SECONDS * 1_000;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const jobs = await boss.fetch<{ item: number }>(queue, { batchSize });
        latencies.push(performance.now() - t0);
        if (jobs.length === 0) continue;
        await boss.complete(
          queue,
          jobs.map((job) => job.id),
        );
        done += jobs.length;
      }
    }),
  );
  await boss.stop({ graceful: false, wait: true });
  latencies.sort((a, b) => a - b);
  const run = {
    claimsPerSec: done / SECONDS,
    submitsPerSec: done / SECONDS,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
  record(`pg-boss ${fmt(BOSS_BACKLOG)} backlog, fetch ${batchSize}, ${workers} workers`, run);
  return run;
}

async function awaitOverHttp(storage: Storage, label: string): Promise<{ p50: number; p99: number }> {
  const project = await makeProject(storage, `auto-${label.toLowerCase()}`, { default: { action: 'auto_accept' } });
  const admin = await createUser(storage, { username: `bench-admin-${label}`, role: 'admin' });
  const token = await issueToken(storage, admin.id, 'bench');
  const notifier = new DecisionNotifier(storage);
  await notifier.start();
  const app = await buildApp({ storage, notifier, logger: pino({ level: 'silent' }) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const latencies = await requestsFromClient(port, `/api/projects/${project.slug}/items?wait=5`, token);
  await app.close();
  await notifier.stop();
  const result = { p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
  const floor = await commitFloor(storage);
  target(
    `auto-accept + wait over HTTP, ${label} p50`,
    `${fmt(result.p50, 2)} ms (p99 ${fmt(result.p99, 2)}; durable 1-row commit p50 ${fmt(floor, 2)} ms)`,
    '<= 2 ms',
    result.p50 <= 2,
  );
  return result;
}

/**
 * The HTTP client runs in its own thread, as a real client runs in its own process: the server's
 * event loop then carries only the server's work. It posts one item at a time over a kept-alive
 * connection (node:http, the way Node services call each other) and checks each answer is an
 * auto decision; the first 100 requests warm up. Returns sorted latencies in ms.
 */
async function requestsFromClient(port: number, path: string, token: string): Promise<number[]> {
  const client = `
    const http = require('node:http');
    const { parentPort, workerData: w } = require('node:worker_threads');
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    function post(i) {
      return new Promise((resolve, reject) => {
        const body = JSON.stringify({ externalId: 'http-' + i, data: { text: 'Message ' + i },
          prediction: { verdict: 'spam' }, confidence: 0.99 });
        const request = http.request({ agent, host: '127.0.0.1', port: w.port, method: 'POST', path: w.path,
          headers: { 'content-type': 'application/json', authorization: 'Bearer ' + w.token,
            'content-length': Buffer.byteLength(body) } }, (response) => {
          const chunks = [];
          response.on('data', (c) => chunks.push(c));
          response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString())));
        });
        request.on('error', reject);
        request.end(body);
      });
    }
    (async () => {
      const latencies = [];
      for (let i = 0; i < w.requests + 100; i++) {
        const t0 = performance.now();
        const answer = await post(i);
        if (i >= 100) latencies.push(performance.now() - t0);
        if (answer.decision?.method !== 'auto') throw new Error('expected an auto decision, got ' + JSON.stringify(answer));
      }
      agent.destroy();
      parentPort.postMessage(latencies);
    })().catch((error) => { throw error; });`;
  const worker = new Worker(client, { eval: true, workerData: { port, path, token, requests: HTTP_REQUESTS } });
  const latencies = await new Promise<number[]>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  return latencies.sort((a, b) => a - b);
}

/**
 * The peer for the HTTP case: the floor a durable write sets on this disk — one single-row
 * insert committed on its own, p50 of 500, through the same engine and settings (SQLite WAL +
 * synchronous=FULL, or PostgreSQL with synchronous_commit on). Every accepted item pays one.
 */
async function commitFloor(storage: Storage): Promise<number> {
  const times: number[] = [];
  await sql`create table if not exists bench_commit_floor (id integer primary key, note text not null)`.execute(
    storage.db,
  );
  for (let i = 0; i < 500; i++) {
    const t0 = performance.now();
    await sql`insert into bench_commit_floor (id, note) values (${i}, ${`row ${i}`})`.execute(storage.db);
    times.push(performance.now() - t0);
  }
  await sql`drop table bench_commit_floor`.execute(storage.db);
  times.sort((a, b) => a - b);
  return percentile(times, 50);
}

async function dropPgSchemas(): Promise<void> {
  const client = new pg.Client({ connectionString: BENCH_PG_URL });
  await client.connect();
  await client.query(`drop schema if exists "${schema}" cascade`);
  await client.query(`drop schema if exists "${bossSchema}" cascade`);
  await client.end();
}

async function main(): Promise<void> {
  console.log(`bench/queue: ${fmt(ITEMS)} items × ${OVERLAP}, ${SECONDS} s per run, pool ${POOL}; ${machineLine()}`);
  console.log('(2 shared cores: figures vary ±15 % between runs; compare ratios from one run)');
  const sqliteDir = makeTempDir();
  const sqlite = await openStorage({ dataDir: sqliteDir });
  try {
    if (!values['http-only']) {
      await tandemRuns(sqlite, 'SQLite');
      const doubles = await doubleAssignments(sqlite);
      target('double assignments (SQLite, every Tandem run)', fmt(doubles), '0', doubles === 0);
    }
    await awaitOverHttp(sqlite, 'SQLite');
  } finally {
    await sqlite.close();
  }
  if (!values['sqlite-only'] && values['http-only']) {
    await dropPgSchemas();
    const storage = await openStorage({ databaseUrl: BENCH_PG_URL, pgSchema: schema, pgPoolSize: POOL });
    try {
      await awaitOverHttp(storage, 'PG');
    } finally {
      await storage.close();
      await dropPgSchemas();
    }
  } else if (!values['sqlite-only']) {
    await dropPgSchemas();
    const storage = await openStorage({ databaseUrl: BENCH_PG_URL, pgSchema: schema, pgPoolSize: POOL });
    try {
      const { project, fresh8: tandem8 } = await tandemRuns(storage, 'PG');
      // Checked before the bare peer, which answers without any overlap rule.
      const doubles = await doubleAssignments(storage);
      target('double assignments (PG, every Tandem run)', fmt(doubles), '0', doubles === 0);
      const bare = await bareLimit(storage, project, 8);
      const bossOne = await pgBoss(8, 1);
      const bossBatch = await pgBoss(8, 50);
      const bossBest = Math.max(bossOne.submitsPerSec, bossBatch.submitsPerSec);
      target(
        'Tandem claim+submit / bare limit (8 workers)',
        `${fmt((tandem8.submitsPerSec / bare.submitsPerSec) * 100)} %`,
        '>= 50 %',
        tandem8.submitsPerSec >= 0.5 * bare.submitsPerSec,
      );
      target(
        "Tandem claim+submit / pg-boss's best (8 workers)",
        `${fmt(tandem8.submitsPerSec / bossBest, 2)}×`,
        '>= 1×',
        tandem8.submitsPerSec >= bossBest,
      );
      if (!values['skip-worst']) await beforeVacuum(storage);
      await awaitOverHttp(storage, 'PG');
    } finally {
      await storage.close();
      await dropPgSchemas();
    }
  }
  console.log('');
  printTable(['run', 'claims/s', 'submits/s', 'claim p50 ms', 'claim p99 ms'], results);
  console.log('');
  printTable(
    ['target', 'value', 'wanted', 'result'],
    targets.map((t) => [t.name, t.value, t.target, t.met ? 'MET' : 'MISSED']),
  );
}

await main();
