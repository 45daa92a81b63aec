import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Storage } from '../src/db/storage.js';
import { ingestRows } from '../src/items/ingest.js';
import { createProject } from '../src/projects/service.js';
import { type BenchRow, benchProject, generateRowChunks } from './rows.js';
import {
  assertPostgresReachable,
  checkpointPostgres,
  machineLine,
  mb,
  openBenchPostgres,
  openBenchSqlite,
  percent,
  perSecond,
  printTable,
  RssSampler,
  readFlags,
  seconds,
  withPgClient,
} from './support.js';

/**
 * Ingest throughput: N rows through Tandem's batch path (ingestRows, 10,000 rows a call) into
 * PostgreSQL and SQLite, against PostgreSQL COPY of the same rows into identical tables (items
 * only, and items plus the one task row per item that routing writes).
 * Run: npm run bench:ingest [-- --rows 200000] [-- --sqlite-only]
 */

const BATCH_ROWS = 10_000;
const TARGET_PG_SHARE_OF_COPY = 0.5;
const TARGET_SQLITE_ITEMS_PER_SECOND = 100_000;

interface PhaseResult {
  readonly name: string;
  readonly rows: number;
  /** Task rows written alongside the items (Tandem's routing; the items + tasks reference). */
  readonly tasks: number;
  /** Only the part being compared (see the notes printed with the table). */
  readonly timedMs: number;
  /** Row generation / serialisation done outside the timed part. */
  readonly untimedMs: number;
  readonly peakRss: number;
}

async function main(): Promise<void> {
  const flags = readFlags();
  if (!flags.sqliteOnly) await assertPostgresReachable();
  console.log(`Ingest benchmark: ${flags.rows.toLocaleString('en-US')} rows, batches of ${BATCH_ROWS}`);
  console.log(machineLine());
  describeRows(flags.rows);

  const results: PhaseResult[] = [];
  if (!flags.sqliteOnly) {
    await checkpointPostgres();
    const storage = await openBenchPostgres(`bench_ingest_${process.pid}`);
    results.push(await runTandem('Tandem → PostgreSQL', storage, flags.rows));
    results.push(await runCopy(flags.rows, false));
    results.push(await runCopy(flags.rows, true));
  }
  results.push(await runTandem('Tandem → SQLite', await openBenchSqlite(), flags.rows));
  results.push(await runSqliteBare(flags.rows));
  report(results);
}

function describeRows(total: number): void {
  const [sample = []] = generateRowChunks(Math.min(total, 1_000), 1_000);
  const average = (f: (row: BenchRow) => unknown) =>
    Math.round(sample.reduce((sum, row) => sum + Buffer.byteLength(JSON.stringify(f(row))), 0) / sample.length);
  console.log(
    `Row shape: data ≈ ${average((row) => row.data)} B JSON, whole row ≈ ${average((row) => row)} B JSON ` +
      `(externalId, data{text,source,lang}, prediction{verdict}, confidence, metadata{tags,risk})\n`,
  );
}

/** Times each ingestRows call (validation, routing, upsert, task rows); generation is excluded. */
async function runTandem(name: string, storage: Storage, total: number): Promise<PhaseResult> {
  try {
    const project = await createProject(storage, benchProject, null);
    const sampler = new RssSampler();
    let timedMs = 0;
    let untimedMs = 0;
    let generated = performance.now();
    let firstRow = 0;
    for (const chunk of generateRowChunks(total, BATCH_ROWS)) {
      const start = performance.now();
      untimedMs += start - generated;
      const outcome = await ingestRows(storage, project, chunk, firstRow);
      timedMs += performance.now() - start;
      if (outcome.rejected > 0 || outcome.results.length !== chunk.length) {
        const first = outcome.errors[0];
        throw new Error(
          `${name}: batch at row ${firstRow} rejected ${outcome.rejected}: ${first?.path} ${first?.message}`,
        );
      }
      firstRow += chunk.length;
      progress(name, firstRow, total);
      generated = performance.now();
    }
    const { peak } = sampler.stop();
    const { tasks } = await countRows(storage, name, total);
    return { name, rows: total, tasks, timedMs, untimedMs, peakRss: peak };
  } finally {
    await storage.close();
  }
}

const ITEM_COLUMNS =
  'id, project_id, external_id, data, prediction, confidence, metadata, status, revision, created_at, updated_at';
const TASK_COLUMNS = 'project_id, item_id, phase, role, priority, state, audit, available_at, created_at';
// What ingestRows stores under the default routing policy (review, k = 1): status "queued" and
// one queued annotator task per item.
const ROUTED_STATUS = 'queued';

/**
 * The physical reference: the same rows, serialised to COPY text beforehand (untimed), loaded with
 * COPY in one transaction per batch, like Tandem. With `withTasks`, each batch also COPYs the one
 * task row per item that Tandem's routing writes, so the reference writes what Tandem writes.
 */
async function runCopy(total: number, withTasks: boolean): Promise<PhaseResult> {
  const name = withTasks ? 'COPY items + tasks (reference)' : 'COPY items (reference)';
  const schema = `bench_copy_${process.pid}`;
  await checkpointPostgres();
  const storage = await openBenchPostgres(schema);
  try {
    const project = await createProject(storage, benchProject, null);
    const sampler = new RssSampler();
    let timedMs = 0;
    let untimedMs = 0;
    await withPgClient(schema, async (client) => {
      let loaded = 0;
      let generated = performance.now();
      for (const chunk of generateRowChunks(total, BATCH_ROWS)) {
        const now = Date.now();
        const items = Buffer.from(itemsCopyText(project.id, loaded + 1, chunk, now));
        const tasks = withTasks ? Buffer.from(tasksCopyText(project.id, loaded + 1, chunk.length, now)) : undefined;
        const start = performance.now();
        untimedMs += start - generated;
        await client.query('begin');
        await copyIn(client, `copy items (${ITEM_COLUMNS}) from stdin`, items);
        if (tasks) await copyIn(client, `copy tasks (${TASK_COLUMNS}) from stdin`, tasks);
        await client.query('commit');
        timedMs += performance.now() - start;
        loaded += chunk.length;
        progress(name, loaded, total);
        generated = performance.now();
      }
    });
    const { peak } = sampler.stop();
    const { tasks } = await countRows(storage, name, total);
    return { name, rows: total, tasks, timedMs, untimedMs, peakRss: peak };
  } finally {
    await storage.close();
  }
}

/**
 * SQLite's physical reference: the same rows into the same schema (every index and the search
 * index's trigger, as Tandem's tables have them), by the fastest plain use of better-sqlite3 — one
 * prepared 500-row INSERT for items and one for tasks, one transaction per batch, the parameter
 * arrays (JSON text included) built beforehand and untimed. What it does not do: validation,
 * routing, upsert checks, results. Tandem-SQLite / this is how close ingest is to the tables' limit.
 */
async function runSqliteBare(total: number): Promise<PhaseResult> {
  const name = 'bare SQLite INSERT (reference)';
  const storage = await openBenchSqlite();
  try {
    const project = await createProject(storage, benchProject, null);
    const sqlite = storage.sqlite;
    if (!sqlite) throw new Error('SQLite handle missing');
    const per = 500;
    const itemValues = `(?, ${project.id}, ?, ?, ?, ?, ?, '${ROUTED_STATUS}', 1, ?, ?)`;
    const taskValues = `(${project.id}, ?, 'review', 'annotator', 0, 'queued', 0, ?, ?)`;
    const insertItems = sqlite.prepare(
      `insert into items (${ITEM_COLUMNS}) values ${Array.from({ length: per }, () => itemValues).join(', ')}`,
    );
    const insertTasks = sqlite.prepare(
      `insert into tasks (${TASK_COLUMNS}) values ${Array.from({ length: per }, () => taskValues).join(', ')}`,
    );
    const sampler = new RssSampler();
    let timedMs = 0;
    let untimedMs = 0;
    let loaded = 0;
    let generated = performance.now();
    for (const chunk of generateRowChunks(total, BATCH_ROWS)) {
      if (chunk.length % per !== 0) throw new Error(`batches must be multiples of ${per} rows`);
      const now = Date.now();
      const itemArgs: unknown[][] = [];
      const taskArgs: unknown[][] = [];
      for (let at = 0; at < chunk.length; at += per) {
        const items: unknown[] = [];
        const tasks: unknown[] = [];
        chunk.slice(at, at + per).forEach((row, index) => {
          const id = loaded + at + index + 1;
          items.push(id, row.externalId, JSON.stringify(row.data), JSON.stringify(row.prediction));
          items.push(row.confidence, JSON.stringify(row.metadata), now, now);
          tasks.push(id, now, now);
        });
        itemArgs.push(items);
        taskArgs.push(tasks);
      }
      const start = performance.now();
      untimedMs += start - generated;
      sqlite.transaction(() => {
        for (const args of itemArgs) insertItems.run(args);
        for (const args of taskArgs) insertTasks.run(args);
      })();
      timedMs += performance.now() - start;
      loaded += chunk.length;
      progress(name, loaded, total);
      generated = performance.now();
    }
    const { peak } = sampler.stop();
    const { tasks } = await countRows(storage, name, total);
    return { name, rows: total, tasks, timedMs, untimedMs, peakRss: peak };
  } finally {
    await storage.close();
  }
}

function copyIn(client: pg.Client, statement: string, text: Buffer): Promise<void> {
  return pipeline(Readable.from([text]), client.query(copyFrom(statement)));
}

/** Explicit ids (fresh table, one writer) so the task rows can point at their items. */
function itemsCopyText(projectId: number, firstId: number, rows: readonly BenchRow[], now: number): string {
  let text = '';
  rows.forEach((row, index) => {
    text += `${firstId + index}\t${projectId}\t${copyField(row.externalId)}\t${copyField(JSON.stringify(row.data))}\t${copyField(
      JSON.stringify(row.prediction),
    )}\t${row.confidence}\t${copyField(JSON.stringify(row.metadata))}\t${ROUTED_STATUS}\t1\t${now}\t${now}\n`;
  });
  return text;
}

function tasksCopyText(projectId: number, firstId: number, count: number, now: number): string {
  let text = '';
  for (let id = firstId; id < firstId + count; id++) {
    text += `${projectId}\t${id}\treview\tannotator\t0\tqueued\t0\t${now}\t${now}\n`;
  }
  return text;
}

/** COPY text format: backslash, newline, carriage return and tab are backslash-escaped. */
function copyField(value: string): string {
  return /[\\\n\r\t]/.test(value)
    ? value.replace(/[\\\n\r\t]/g, (c) => ({ '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c] as string)
    : value;
}

/** Checks every item arrived and counts the task rows written with them. */
async function countRows(storage: Storage, name: string, expected: number): Promise<{ tasks: number }> {
  const count = async (table: 'items' | 'tasks') => {
    const row = await storage.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  };
  const items = await count('items');
  if (items !== expected) throw new Error(`${name}: ${items} items stored, expected ${expected}`);
  return { tasks: await count('tasks') };
}

function progress(name: string, done: number, total: number): void {
  if (!process.stderr.isTTY) return;
  process.stderr.write(`\r${name}: ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`);
  if (done === total) process.stderr.write('\n');
}

function report(results: readonly PhaseResult[]): void {
  printTable(
    ['path', 'items', 'tasks', 'timed', 'items/s', 'untimed prep', 'peak RSS'],
    results.map((r) => [
      r.name,
      r.rows.toLocaleString('en-US'),
      r.tasks.toLocaleString('en-US'),
      seconds(r.timedMs),
      perSecond(r.rows, r.timedMs),
      seconds(r.untimedMs),
      mb(r.peakRss),
    ]),
  );
  console.log(`process peak RSS (getrusage): ${mb(process.resourceUsage().maxRSS * 1024)}`);
  console.log(
    'timed: Tandem = whole ingestRows call (zod row check, label-schema check, JSON serialisation, routing, item\n' +
      '  upsert, task rows, per-row results, one transaction per batch); COPY = BEGIN, COPY statement(s), COMMIT.\n' +
      'untimed prep: row generation (all), COPY text and bare INSERT parameters (references only).\n',
  );
  const rate = (name: string) => {
    const r = results.find((result) => result.name.startsWith(name));
    return r ? r.rows / r.timedMs : undefined;
  };
  const tandemPg = rate('Tandem → PostgreSQL');
  const copyItems = rate('COPY items (');
  const copyBoth = rate('COPY items + tasks');
  if (tandemPg !== undefined && copyItems !== undefined && copyBoth !== undefined) {
    const share = tandemPg / copyItems;
    console.log(
      `Tandem-PG / COPY items = ${percent(share)}  (target ≥ ${percent(TARGET_PG_SHARE_OF_COPY)})  ` +
        `${share >= TARGET_PG_SHARE_OF_COPY ? 'MET' : 'MISSED'}`,
    );
    console.log(`Tandem-PG / COPY items + tasks = ${percent(tandemPg / copyBoth)}  (same rows written as Tandem)`);
  }
  const sqlite = rate('Tandem → SQLite');
  if (sqlite !== undefined) {
    const perSec = sqlite * 1000;
    console.log(
      `Tandem-SQLite = ${Math.round(perSec).toLocaleString('en-US')} items/s  ` +
        `(target ≥ ${TARGET_SQLITE_ITEMS_PER_SECOND.toLocaleString('en-US')})  ` +
        `${perSec >= TARGET_SQLITE_ITEMS_PER_SECOND ? 'MET' : 'MISSED'}`,
    );
    const bare = rate('bare SQLite INSERT');
    if (bare !== undefined)
      console.log(
        `Tandem-SQLite / bare INSERT into the same tables = ${percent(sqlite / bare)}  ` +
          `(bare: ${Math.round(bare * 1000).toLocaleString('en-US')} items/s; the tables' own limit on this machine)`,
      );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
