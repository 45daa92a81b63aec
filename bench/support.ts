import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openStorage, type Storage } from '../src/db/storage.js';

/** Shared plumbing for the bench programs: flags, databases, memory sampling, output. */

export const BENCH_PG_URL = process.env.TANDEM_BENCH_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';

export interface BenchFlags {
  readonly rows: number;
  readonly pg: boolean;
  readonly sqliteOnly: boolean;
  /** export.ts only: fill this SQLite dir or PostgreSQL schema, then exit (its child process). */
  readonly fillInto: string | undefined;
}

export function readFlags(): BenchFlags {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '1000000' },
      pg: { type: 'boolean', default: false },
      'sqlite-only': { type: 'boolean', default: false },
      'fill-into': { type: 'string' },
    },
  });
  const rows = Number(values.rows.replaceAll('_', ''));
  if (!Number.isInteger(rows) || rows < 1) throw new Error(`--rows must be a positive integer, got "${values.rows}"`);
  return { rows, pg: values.pg, sqliteOnly: values['sqlite-only'], fillInto: values['fill-into'] };
}

/** Fails with a message a person can act on when PostgreSQL is down. */
export async function assertPostgresReachable(): Promise<void> {
  const client = new pg.Client({ connectionString: BENCH_PG_URL, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    const reason = error instanceof Error ? error.message || error.name : String(error);
    console.error(
      `PostgreSQL is not reachable at ${BENCH_PG_URL.replace(/:[^:@/]*@/, ':***@')} (${reason}).\n` +
        'Start it, point TANDEM_BENCH_DATABASE_URL at a server, or pass --sqlite-only.',
    );
    process.exit(2);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * A migrated storage in its own PostgreSQL schema; close() drops the schema. `fresh: false`
 * attaches to a schema another process filled.
 */
export async function openBenchPostgres(schema: string, { fresh = true } = {}): Promise<Storage> {
  if (fresh) await dropSchema(schema);
  const storage = await openStorage({ databaseUrl: BENCH_PG_URL, pgSchema: schema, pgPoolSize: 2 });
  return {
    ...storage,
    close: async () => {
      await storage.close();
      await dropSchema(schema);
    },
  };
}

/** A migrated SQLite storage in a fresh temp directory (or `dataDir`); close() removes the directory. */
export async function openBenchSqlite(dataDir = makeTempDir()): Promise<Storage> {
  const storage = await openStorage({ dataDir });
  return {
    ...storage,
    close: async () => {
      await storage.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function withPgClient<T>(schema: string | undefined, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    connectionString: BENCH_PG_URL,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

export function makeTempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-'));
}

export async function dropSchema(schema: string): Promise<void> {
  await withPgClient(undefined, (client) => client.query(`drop schema if exists "${schema}" cascade`));
}

/** Flushes dirty pages so one phase's checkpoint does not land inside the next phase's timing. */
export async function checkpointPostgres(): Promise<void> {
  await withPgClient(undefined, (client) => client.query('checkpoint')).catch(() => {
    // CHECKPOINT needs superuser or pg_checkpoint; without it the phases just share the noise.
  });
}

/** Where resident memory went at the peak (V8 heap vs buffers and native allocations). */
export interface MemoryAtPeak {
  readonly heapTotal: number;
  readonly heapUsed: number;
  readonly external: number;
}

/**
 * Samples resident memory every 50 ms (and whenever `sample()` is called from a hot loop) and
 * keeps the peak, so a phase can report how much memory it needed on top of where it started.
 */
export class RssSampler {
  readonly baseline: number;
  readonly atStart: MemoryAtPeak;
  private peakBytes: number;
  private atPeak: MemoryAtPeak;
  private readonly timer: NodeJS.Timeout;

  constructor() {
    const usage = process.memoryUsage();
    this.baseline = usage.rss;
    this.peakBytes = usage.rss;
    this.atStart = usage;
    this.atPeak = usage;
    this.timer = setInterval(() => this.sample(), 50);
  }

  sample(): void {
    const rss = process.memoryUsage.rss();
    if (rss <= this.peakBytes) return;
    this.peakBytes = rss;
    const { heapTotal, heapUsed, external } = process.memoryUsage();
    this.atPeak = { heapTotal, heapUsed, external };
  }

  get peak(): number {
    return this.peakBytes;
  }

  stop(): { baseline: number; peak: number; growth: number; atStart: MemoryAtPeak; atPeak: MemoryAtPeak } {
    clearInterval(this.timer);
    this.sample();
    return {
      baseline: this.baseline,
      peak: this.peakBytes,
      growth: this.peakBytes - this.baseline,
      atStart: this.atStart,
      atPeak: this.atPeak,
    };
  }
}

/** Runs a full garbage collection when the flag can be enabled, so baselines are comparable. */
export async function collectGarbage(): Promise<void> {
  const v8 = await import('node:v8');
  const vm = await import('node:vm');
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as (() => void) | undefined;
  gc?.();
}

export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const perSecond = (count: number, ms: number): string => Math.round((count / ms) * 1000).toLocaleString('en-US');
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
export const percent = (ratio: number): string => `${(ratio * 100).toFixed(0)} %`;

/** Prints rows as an aligned text table (first column left, the rest right-aligned). */
export function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

export function machineLine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `node ${process.version}, ${os.cpus().length} × ${cpu}, ${mb(os.totalmem())} RAM`;
}
