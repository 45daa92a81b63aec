import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { pino } from 'pino';
import type { RateLimitSettings } from '../config.js';
import type { Engine } from '../db/dialect.js';
import { openStorage, type Storage } from '../db/storage.js';
import { DecisionNotifier } from '../events/notifier.js';
import { allowWebhookTargets } from '../events/webhook-target.js';
import { buildApp, type TandemApp } from '../http/app.js';
import { serverJobKinds } from '../jobs/kinds.js';
import { JobRunner } from '../jobs/runner.js';
import { TandemMetrics } from '../metrics/metrics.js';
import type { NotificationServices } from '../notifications/send.js';
import type { Role } from '../users/contracts.js';
import { bootstrapAdmin, createUser, issueToken } from '../users/service.js';

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
  readonly notifier: DecisionNotifier;
  /** The server's job runner (started only with `background: true`; else call `runUntilIdle()`). */
  readonly jobs: JobRunner;
  /** The first admin's token. */
  readonly adminToken: string;
  /** `app.inject` that signs in as the admin unless the request sets its own authorization. */
  inject(options: InjectOptions): Promise<LightMyRequestResponse>;
  /** Creates a user and returns an inject function signed in as them. */
  userClient(username: string, role: Role): Promise<{ id: number; token: string; inject: TestApp['inject'] }>;
  close(): Promise<void>;
}

/**
 * Rate limits for tests: high enough that no ordinary test is throttled (the access matrix sends
 * hundreds of unauthenticated calls from one address); rate-limit tests pass their own.
 */
export const TEST_RATE_LIMITS: RateLimitSettings = {
  authFailures: 100_000,
  authWindowSeconds: 60,
  perMinute: { export: 100_000, import: 100_000, batch: 100_000, events: 100_000 },
};

/** The real app over a fresh database, driven in-process with `app.inject()`. */
export async function openTestApp(
  engine: Engine,
  options: {
    pgPoolSize?: number;
    background?: boolean;
    rateLimits?: RateLimitSettings;
    /** Webhook targets allowed although local (TANDEM_WEBHOOK_ALLOW_HOSTS); none by default. */
    webhookAllowHosts?: readonly string[];
    /** TANDEM_METRICS_TOKEN for GET /metrics. */
    metricsToken?: string;
    /** SMTP and links for notification jobs (issue 15); default: no SMTP, links to http://tandem.test. */
    notifications?: NotificationServices;
  } = {},
): Promise<TestApp> {
  allowWebhookTargets(options.webhookAllowHosts ?? []);
  const storage = await openTestStorage(engine, options);
  const notifier = new DecisionNotifier(storage);
  await notifier.start();
  const adminToken = (await bootstrapAdmin(storage)) as string;
  const metrics = new TandemMetrics(storage);
  const app = await buildApp({
    storage,
    notifier,
    metrics,
    ...(options.metricsToken ? { metricsToken: options.metricsToken } : {}),
    logger: pino({ level: 'silent' }),
    rateLimits: options.rateLimits ?? TEST_RATE_LIMITS,
  });
  await app.ready();
  const jobs = new JobRunner(storage, {
    registry: serverJobKinds(),
    services: {
      notifier,
      notifications: options.notifications ?? {
        mailFrom: 'Tandem <tandem@tandem.test>',
        publicUrl: 'http://tandem.test',
      },
    },
    onSettled: metrics.observeJob,
  });
  if (options.background) await jobs.start();
  const injectAs =
    (token: string): TestApp['inject'] =>
    // async: light-my-request only sends when awaited; this sends at once, like a real client.
    async (request) =>
      app.inject({ ...request, headers: { authorization: `Bearer ${token}`, ...(request.headers ?? {}) } });
  return {
    app,
    storage,
    notifier,
    jobs,
    adminToken,
    inject: injectAs(adminToken),
    async userClient(username, role) {
      const user = await createUser(storage, { username, role });
      const token = await issueToken(storage, user.id, 'test');
      return { id: user.id, token, inject: injectAs(token) };
    },
    async close() {
      await jobs.stop();
      await app.close();
      await notifier.stop();
      await storage.close();
    },
  };
}
