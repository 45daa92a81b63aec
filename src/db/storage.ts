import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Engine } from './dialect.js';
import { migrateToLatest } from './migrations.js';
import { withStatementCache } from './statement-cache.js';
import type { Database } from './tables.js';

// bigint (int8) columns hold ids and epoch-ms times; both fit a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** The one handle every store function takes: a Kysely instance and which engine is under it. */
export interface Storage {
  readonly db: Kysely<Database>;
  readonly engine: Engine;
  /** The raw SQLite handle, for the bulk paths that bypass query building. */
  readonly sqlite?: SqliteDatabase.Database;
  /** The PostgreSQL pool, for the bulk paths and LISTEN/NOTIFY. */
  readonly pgPool?: pg.Pool;
  readonly describe: string;
  close(): Promise<void>;
}

export interface StorageOptions {
  /** postgres://… selects PostgreSQL; otherwise SQLite in `dataDir`. */
  readonly databaseUrl?: string | undefined;
  readonly dataDir?: string;
  /** A PostgreSQL schema to live in (tests use one each); created if missing. */
  readonly pgSchema?: string;
  readonly pgPoolSize?: number;
  /** Run migrations before returning (default true). */
  readonly migrate?: boolean;
}

export async function openStorage(options: StorageOptions): Promise<Storage> {
  const storage = options.databaseUrl ? await openPostgres(options.databaseUrl, options) : openSqlite(options);
  if (options.migrate !== false)
    await migrateToLatest(storage.db as unknown as Kysely<unknown>, storage.engine, options.pgSchema);
  return storage;
}

function openSqlite(options: StorageOptions): Storage {
  const dataDir = options.dataDir ?? './tandem-data';
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'tandem.sqlite');
  const sqlite = new SqliteDatabase(file);
  // WAL with synchronous=FULL: a commit is fsynced before we acknowledge it, so an acknowledged
  // write survives kill -9 and power loss (issue #2, "nothing acknowledged is lost").
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 10000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    db,
    engine: 'sqlite',
    sqlite,
    describe: `SQLite ${file}`,
    close: () => db.destroy(),
  };
}

async function openPostgres(url: string, options: StorageOptions): Promise<Storage> {
  const schema = options.pgSchema;
  if (schema) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`create schema if not exists "${schema.replaceAll('"', '')}"`);
    } finally {
      await admin.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.pgPoolSize ?? 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    engine: 'postgres',
    pgPool: pool,
    describe: `PostgreSQL ${redactPassword(url)}${schema ? ` (schema ${schema})` : ''}`,
    close: () => db.destroy(),
  };
}

function redactPassword(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
