import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import type { Storage } from '../src/db/storage.js';
import { INITIAL_STATUS, ingestRows } from '../src/items/ingest.js';
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
 * PostgreSQL and SQLite, against PostgreSQL COPY of the same rows into an identical table.
 * Run: npm run bench:ingest [-- --rows 200000] [-- --sqlite-only]
 */

const BATCH_ROWS = 10_000;
const TARGET_PG_SHARE_OF_COPY = 0.5;
const TARGET_SQLITE_ITEMS_PER_SECOND = 100_000;

interface PhaseResult {
  readonly name: string;
  readonly rows: number;
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
    results.push(await runTandem('Tandem → PostgreSQL', await openBenchPostgres(`bench_ingest_${process.pid}`), flags.rows));
    await checkpointPostgres();
    results.push(await runCopy(flags.rows));
  }
  results.push(await runTandem('Tandem → SQLite', await openBenchSqlite(), flags.rows));
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

/** Times each ingestRows call (validation + serialisation + upsert); generation is excluded. */
async function runTandem(name: string, storage: Storage, total: number): Promise<PhaseResult> {
  try {
    const project = await createProject(storage, benchProject);
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
        throw new Error(`${name}: batch at row ${firstRow} rejected ${outcome.rejected}: ${outcome.errors[0]?.message}`);
      }
      firstRow += chunk.length;
      progress(name, firstRow, total);
      generated = performance.now();
    }
    const { peak } = sampler.stop();
    await expectItemCount(storage, name, total);
    return { name, rows: total, timedMs, untimedMs, peakRss: peak };
  } finally {
    await storage.close();
  }
}

const COPY_COLUMNS =
  'project_id, external_id, data, prediction, confidence, metadata, status, revision, created_at, updated_at';

/**
 * The physical reference: the same rows, serialised to COPY text beforehand (untimed), loaded
 * with one COPY statement per batch so commits match Tandem's one transaction per batch.
 */
async function runCopy(total: number): Promise<PhaseResult> {
  const name = 'COPY FROM STDIN (reference)';
  const schema = `bench_copy_${process.pid}`;
  const storage = await openBenchPostgres(schema);
  try {
    const project = await createProject(storage, benchProject);
    const sampler = new RssSampler();
    let timedMs = 0;
    let untimedMs = 0;
    await withPgClient(schema, async (client) => {
      let loaded = 0;
      let generated = performance.now();
      for (const chunk of generateRowChunks(total, BATCH_ROWS)) {
        const text = Buffer.from(toCopyText(project.id, chunk, Date.now()));
        const start = performance.now();
        untimedMs += start - generated;
        await pipeline(Readable.from([text]), client.query(copyFrom(`copy items (${COPY_COLUMNS}) from stdin`)));
        timedMs += performance.now() - start;
        loaded += chunk.length;
        progress(name, loaded, total);
        generated = performance.now();
      }
    });
    const { peak } = sampler.stop();
    await expectItemCount(storage, name, total);
    return { name, rows: total, timedMs, untimedMs, peakRss: peak };
  } finally {
    await storage.close();
  }
}

function toCopyText(projectId: number, rows: readonly BenchRow[], now: number): string {
  let text = '';
  for (const row of rows) {
    text += `${projectId}\t${copyField(row.externalId)}\t${copyField(JSON.stringify(row.data))}\t${copyField(
      JSON.stringify(row.prediction),
    )}\t${row.confidence}\t${copyField(JSON.stringify(row.metadata))}\t${INITIAL_STATUS}\t1\t${now}\t${now}\n`;
  }
  return text;
}

/** COPY text format: backslash, newline, carriage return and tab are backslash-escaped. */
function copyField(value: string): string {
  return /[\\\n\r\t]/.test(value)
    ? value.replace(/[\\\n\r\t]/g, (c) => ({ '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c] as string)
    : value;
}

async function expectItemCount(storage: Storage, name: string, expected: number): Promise<void> {
  const row = await storage.db
    .selectFrom('items')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  if (Number(row.count) !== expected) throw new Error(`${name}: ${row.count} items stored, expected ${expected}`);
}

function progress(name: string, done: number, total: number): void {
  if (!process.stderr.isTTY) return;
  process.stderr.write(`\r${name}: ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`);
  if (done === total) process.stderr.write('\n');
}

function report(results: readonly PhaseResult[]): void {
  printTable(
    ['path', 'rows', 'timed', 'items/s', 'untimed prep', 'peak RSS'],
    results.map((r) => [
      r.name,
      r.rows.toLocaleString('en-US'),
      seconds(r.timedMs),
      perSecond(r.rows, r.timedMs),
      seconds(r.untimedMs),
      mb(r.peakRss),
    ]),
  );
  console.log(`process peak RSS (getrusage): ${mb(process.resourceUsage().maxRSS * 1024)}`);
  console.log(
    'timed: Tandem = whole ingestRows call (zod row check, label-schema check, JSON serialisation, upsert, ' +
      'per-row results); COPY = COPY statements only.\n' +
      'untimed prep: row generation (both) and COPY text serialisation (COPY only).\n',
  );
  const rate = (name: string) => {
    const r = results.find((result) => result.name.startsWith(name));
    return r ? r.rows / r.timedMs : undefined;
  };
  const tandemPg = rate('Tandem → PostgreSQL');
  const copy = rate('COPY');
  const sqlite = rate('Tandem → SQLite');
  if (tandemPg !== undefined && copy !== undefined) {
    const share = tandemPg / copy;
    console.log(
      `Tandem-PG / COPY = ${percent(share)}  (target ≥ ${percent(TARGET_PG_SHARE_OF_COPY)})  ` +
        `${share >= TARGET_PG_SHARE_OF_COPY ? 'MET' : 'MISSED'}`,
    );
  }
  if (sqlite !== undefined) {
    const perSec = sqlite * 1000;
    console.log(
      `Tandem-SQLite = ${Math.round(perSec).toLocaleString('en-US')} items/s  ` +
        `(target ≥ ${TARGET_SQLITE_ITEMS_PER_SECOND.toLocaleString('en-US')})  ` +
        `${perSec >= TARGET_SQLITE_ITEMS_PER_SECOND ? 'MET' : 'MISSED'}`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
