import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type SqliteDatabase from 'better-sqlite3';
import { to as copyTo } from 'pg-copy-streams';
import { openStorage, type Storage } from '../src/db/storage.js';
import { exportItems } from '../src/items/export.js';
import { ingestRows } from '../src/items/ingest.js';
import type { RawItemRow } from '../src/items/store.js';
import { createProject, getProject } from '../src/projects/service.js';
import { Policy } from '../src/routing/contracts.js';
import { insertPolicyVersion } from '../src/routing/store.js';
import { benchProject, generateRowChunks } from './rows.js';
import {
  assertPostgresReachable,
  BENCH_PG_URL,
  collectGarbage,
  dropSchema,
  machineLine,
  makeTempDir,
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
 * Export throughput and memory: streams an N-item project through exportItems(…, 'jsonl') the
 * way the HTTP route does (Readable.from into a sink), against the raw engine producing the same
 * JSONL text, with every item decided (the export joins decisions). Run: npm run bench:export [-- --pg] [-- --rows 200000]
 */

const TARGET_ROWS_PER_SECOND = 200_000;
const TARGET_RSS_GROWTH = 64 * 1024 * 1024;
const PEER_CHUNK_ROWS = 5_000;

/** Counts bytes and lines; stands in for the HTTP response. */
class CountingSink extends Writable {
  bytes = 0;
  lines = 0;

  constructor(private readonly onChunk: () => void = () => {}) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.bytes += chunk.length;
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) this.lines++;
    this.onChunk();
    callback();
  }
}

interface ReadResult {
  readonly name: string;
  readonly ms: number;
  readonly lines: number;
  readonly bytes: number;
  readonly rss?: ReturnType<RssSampler['stop']>;
}

async function main(): Promise<void> {
  const flags = readFlags();
  if (flags.fillInto) return fillInChildProcess(flags.fillInto, flags.pg, flags.rows);
  if (flags.pg) await assertPostgresReachable();
  const engine = flags.pg ? 'PostgreSQL' : 'SQLite';
  console.log(`Export benchmark: ${flags.rows.toLocaleString('en-US')} items on ${engine}, format jsonl`);
  console.log(machineLine());
  const target = flags.pg ? `bench_export_${process.pid}` : makeTempDir();
  let storage: Storage | undefined;
  try {
    // Filling in a child process leaves this one's heap as a server's would be before an export,
    // so the RSS growth below is the export's alone, not the ingest's garbage being reused.
    await runChild([
      process.argv[1] as string,
      '--fill-into',
      target,
      '--rows',
      String(flags.rows),
      ...(flags.pg ? ['--pg'] : []),
    ]);
    storage = flags.pg ? await openBenchPostgres(target, { fresh: false }) : await openBenchSqlite(target);
    const project = await getProject(storage, benchProject.slug as string);

    await collectGarbage();
    const tandem = await timeRead(
      'Tandem exportItems',
      Readable.from(exportItems(storage, project, {}, 'jsonl')),
      true,
    );
    await collectGarbage();
    const peer = flags.pg
      ? await withPgClient(target, (client) =>
          timeRead('PostgreSQL COPY TO (peer)', client.query(copyTo(pgJsonlCopy(project.id))), false),
        )
      : await timeRead('SQLite iterate (peer)', Readable.from(sqliteJsonlChunks(storage, project.id)), false);

    report(flags.rows, tandem, peer);
  } finally {
    if (storage) await storage.close();
    else if (flags.pg) await dropSchema(target);
    else fs.rmSync(target, { recursive: true, force: true });
  }
}

function runChild(args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`fill process exited with ${code}`))));
  });
}

/** Loads the project through Tandem's own batch path (ingestRows, 10,000 rows a call). */
async function fillInChildProcess(target: string, pg: boolean, total: number): Promise<void> {
  const storage = pg
    ? await openStorage({ databaseUrl: BENCH_PG_URL, pgSchema: target })
    : await openStorage({ dataDir: target });
  try {
    // Every item auto-accepted on arrival (issue 10 point 5: measured with every item decided),
    // so the export joins a decision for each line.
    const created = await createProject(storage, benchProject, null);
    await insertPolicyVersion(
      storage,
      created.id,
      Policy.parse({ default: { action: 'auto_accept' }, auditRate: 0 }),
      null,
      Date.now(),
    );
    const project = await getProject(storage, created.slug);
    const start = performance.now();
    let firstRow = 0;
    for (const chunk of generateRowChunks(total, 10_000)) {
      const outcome = await ingestRows(storage, project, chunk, firstRow);
      if (outcome.rejected > 0) throw new Error(`fill: ${outcome.errors[0]?.message}`);
      firstRow += chunk.length;
    }
    const decided = await storage.db
      .selectFrom('decisions')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('superseded_by', 'is', null)
      .executeTakeFirstOrThrow();
    if (Number(decided.count) !== total) throw new Error(`fill: ${decided.count} decisions for ${total} items`);
    // Hint bits and the visibility map as after autovacuum, so neither reader pays for them.
    if (storage.engine === 'postgres') await storage.pgPool?.query('vacuum analyze items, decisions');
    console.log(
      `Filled ${total.toLocaleString('en-US')} items via ingestRows in ${seconds(performance.now() - start)} (child process)\n`,
    );
  } finally {
    await storage.close();
  }
}

async function timeRead(name: string, source: Readable, sampleRss: boolean): Promise<ReadResult> {
  const sampler = sampleRss ? new RssSampler() : undefined;
  const sink = new CountingSink(() => sampler?.sample());
  const start = performance.now();
  await pipeline(source, sink);
  const ms = performance.now() - start;
  const rss = sampler?.stop();
  return { name, ms, lines: sink.lines, bytes: sink.bytes, ...(rss ? { rss } : {}) };
}

interface PeerRow extends RawItemRow {
  readonly answer: string;
  readonly method: string;
  readonly agreement: number | null;
  readonly decided_at: number;
}

/**
 * The same text as src/items/export.ts jsonLine (kept identical; the byte counts are compared).
 * Every bench item is decided (auto-accepted), so every line carries its decision.
 */
function jsonLine(row: PeerRow): string {
  return `{"id":${row.id},"externalId":${row.external_id === null ? 'null' : JSON.stringify(row.external_id)},"status":${JSON.stringify(row.status)},"data":${row.data},"prediction":${row.prediction ?? 'null'},"confidence":${row.confidence ?? 'null'},"metadata":${row.metadata},"revision":${row.revision},"createdAt":"${new Date(Number(row.created_at)).toISOString()}","updatedAt":"${new Date(Number(row.updated_at)).toISOString()}","decision":{"answer":${row.answer},"method":"${row.method}","agreement":${row.agreement ?? 'null'},"decidedAt":"${new Date(Number(row.decided_at)).toISOString()}"}}\n`;
}

/** One statement (items joined with their current decision) iterated by better-sqlite3, lines joined per 5,000 rows. */
function* sqliteJsonlChunks(storage: Storage, projectId: number): Generator<string> {
  const sqlite = storage.sqlite as SqliteDatabase.Database;
  const rows = sqlite
    .prepare(
      `select i.id, i.external_id, i.data, i.prediction, i.confidence, i.metadata, i.status, i.revision, i.created_at, i.updated_at,
         d.answer, d.method, d.agreement, d.created_at as decided_at
       from items i join decisions d on d.item_id = i.id and d.superseded_by is null
       where i.project_id = ? order by i.id`,
    )
    .iterate(projectId) as IterableIterator<PeerRow>;
  let lines: string[] = [];
  for (const row of rows) {
    lines.push(jsonLine(row));
    if (lines.length === PEER_CHUNK_ROWS) {
      yield lines.join('');
      lines = [];
    }
  }
  if (lines.length > 0) yield lines.join('');
}

/** The server builds each JSONL line itself; COPY text only escapes backslashes, which the rows lack. */
function pgJsonlCopy(projectId: number): string {
  const iso = (column: string) =>
    `to_char(to_timestamp(${column} / 1000) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') || '.' || lpad((${column} % 1000)::text, 3, '0') || 'Z'`;
  return `copy (
    select '{"id":' || i.id || ',"externalId":' || coalesce(to_json(i.external_id)::text, 'null')
      || ',"status":' || to_json(i.status)::text || ',"data":' || i.data::text
      || ',"prediction":' || coalesce(i.prediction::text, 'null') || ',"confidence":' || coalesce(i.confidence::text, 'null')
      || ',"metadata":' || i.metadata::text || ',"revision":' || i.revision
      || ',"createdAt":"' || ${iso('i.created_at')} || '","updatedAt":"' || ${iso('i.updated_at')}
      || '","decision":{"answer":' || d.answer::text || ',"method":' || to_json(d.method)::text
      || ',"agreement":' || coalesce(d.agreement::text, 'null') || ',"decidedAt":"' || ${iso('d.created_at')} || '"}}'
    from items i join decisions d on d.item_id = i.id and d.superseded_by is null
    where i.project_id = ${Number(projectId)} order by i.id
  ) to stdout`;
}

function report(items: number, tandem: ReadResult, peer: ReadResult): void {
  printTable(
    ['reader', 'lines', 'MB out', 'time', 'rows/s', 'RSS base', 'RSS peak', 'growth'],
    [tandem, peer].map((r) => [
      r.name,
      r.lines.toLocaleString('en-US'),
      (r.bytes / 1024 / 1024).toFixed(0),
      seconds(r.ms),
      perSecond(r.lines, r.ms),
      r.rss ? mb(r.rss.baseline) : '-',
      r.rss ? mb(r.rss.peak) : '-',
      r.rss ? mb(r.rss.growth) : '-',
    ]),
  );
  console.log('RSS sampled every 50 ms and on every chunk written; baseline taken after a full GC.');
  if (tandem.rss) {
    const { atStart, atPeak } = tandem.rss;
    console.log(
      `Tandem memory, baseline → RSS peak: V8 heap ${mb(atStart.heapTotal)} → ${mb(atPeak.heapTotal)} ` +
        `(used ${mb(atStart.heapUsed)} → ${mb(atPeak.heapUsed)}), external ${mb(atStart.external)} → ${mb(atPeak.external)}\n`,
    );
  }

  const checks = [
    [`lines = items (${items.toLocaleString('en-US')})`, tandem.lines === items],
    ['peer wrote the same bytes', peer.bytes === tandem.bytes && peer.lines === tandem.lines],
  ] as const;
  for (const [label, ok] of checks) console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}`);

  const rate = (tandem.lines / tandem.ms) * 1000;
  const growth = tandem.rss?.growth ?? 0;
  console.log(`Tandem rows/s / peer rows/s = ${percent(peer.ms / tandem.ms)}`);
  console.log(
    `Tandem export = ${Math.round(rate).toLocaleString('en-US')} rows/s  (target ≥ ${TARGET_ROWS_PER_SECOND.toLocaleString('en-US')})  ${rate >= TARGET_ROWS_PER_SECOND ? 'MET' : 'MISSED'}`,
  );
  console.log(
    `RSS growth = ${mb(growth)}  (target ≤ ${mb(TARGET_RSS_GROWTH)})  ${growth <= TARGET_RSS_GROWTH ? 'MET' : 'MISSED'}`,
  );
  if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
