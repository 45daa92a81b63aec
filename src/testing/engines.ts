import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import type { Engine } from '../db/dialect.js';
import { openStorage, type Storage } from '../db/storage.js';
import { buildApp, type TandemApp } from '../http/app.js';

/**
 * Test harness: every storage-touching suite loops over ENGINES. SQLite always; PostgreSQL when
 * TANDEM_TEST_DATABASE_URL points at a server (.ci/run sets it). Each storage gets its own SQLite
 * file or PostgreSQL schema, dropped on close.
 */
export const TEST_PG_URL = process.env.TANDEM_TEST_DATABASE_URL;
export const ENGINES: readonly Engine[] = TEST_PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];

let counter = 0;

export async function openTestStorage(engine: Engine, options: { pgPoolSize?: number } = {}): Promise<Storage> {
  if (engine === 'sqlite') {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-test-'));
    const storage = await openStorage({ dataDir });
    return {
      ...storage,
      close: async () => {
        await storage.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  if (!TEST_PG_URL) throw new Error('TANDEM_TEST_DATABASE_URL is not set');
  const schema = `tandem_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const storage = await openStorage({ databaseUrl: TEST_PG_URL, pgSchema: schema, ...options });
  return {
    ...storage,
    close: async () => {
      await storage.close();
      await dropSchema(schema);
    },
  };
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}

export interface TestApp {
  readonly app: TandemApp;
  readonly storage: Storage;
  close(): Promise<void>;
}

/** The real app over a fresh database, driven in-process with `app.inject()`. */
export async function openTestApp(engine: Engine): Promise<TestApp> {
  const storage = await openTestStorage(engine);
  const app = await buildApp({ storage, logger: pino({ level: 'silent' }) });
  await app.ready();
  return {
    app,
    storage,
    async close() {
      await app.close();
      await storage.close();
    },
  };
}
