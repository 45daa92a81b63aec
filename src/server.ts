import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { openStorage, type Storage } from './db/storage.js';
import { type DemoSeed, seedDemoProject } from './demo/seed-demo.js';
import { DecisionNotifier } from './events/notifier.js';
import { allowWebhookTargets } from './events/webhook-target.js';
import { buildApp, type TandemApp } from './http/app.js';
import { createLogger } from './http/logger.js';
import { serverJobKinds } from './jobs/kinds.js';
import { JobRunner } from './jobs/runner.js';
import { TandemMetrics } from './metrics/metrics.js';
import { bootstrapAdmin } from './users/service.js';

export interface RunningServer {
  readonly app: TandemApp;
  readonly storage: Storage;
  readonly url: string;
  /** Set on the first start of an empty database. */
  readonly adminToken: string | undefined;
  readonly demo: DemoSeed | undefined;
  close(): Promise<void>;
}

/** File in the data folder holding the first admin's token, read by the CLI on this machine. */
export const ADMIN_TOKEN_FILE = 'admin-token';

/**
 * Opens storage (running migrations), creates the first admin on an empty database, loads the
 * demo project if asked, starts the job runner and listens.
 */
export async function startServer(config: Config, options: { demo: boolean; logger?: Logger }): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const storage = await openStorage({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    ...(config.pgSchema ? { pgSchema: config.pgSchema } : {}),
    pgPoolSize: config.pgPoolSize,
  });
  logger.info({ database: storage.describe }, 'storage ready');
  const notifier = new DecisionNotifier(storage);
  await notifier.start();

  const adminToken = await bootstrapAdmin(storage, config.adminToken);
  if (adminToken) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    fs.writeFileSync(path.join(config.dataDir, ADMIN_TOKEN_FILE), `${adminToken}\n`, { mode: 0o600 });
    logger.info({ file: path.join(config.dataDir, ADMIN_TOKEN_FILE) }, 'created the first admin user');
  }
  const demo = options.demo ? await seedDemoProject(storage, config.dataDir) : undefined;
  if (demo) logger.info({ project: demo.slug, items: demo.items, users: demo.users.length }, 'demo project loaded');

  allowWebhookTargets(config.webhookAllowHosts);
  const metrics = new TandemMetrics(storage);
  const app = await buildApp({
    storage,
    notifier,
    logger,
    metrics,
    metricsToken: config.metricsToken,
    rateLimits: config.rateLimits,
    trustProxy: config.trustProxy,
  });
  await app.listen({ port: config.port, host: config.host });
  const jobs = new JobRunner(storage, {
    registry: serverJobKinds(),
    services: {
      notifier,
      notifications: {
        smtpUrl: config.smtpUrl,
        mailFrom: config.mailFrom ?? 'Tandem <tandem@localhost>',
        publicUrl: config.publicUrl ?? `http://localhost:${config.port}`,
      },
    },
    logger,
    leaseMs: (config.jobLeaseSeconds ?? 30) * 1_000,
    onSettled: metrics.observeJob,
  });
  await jobs.start();
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = ['0.0.0.0', '127.0.0.1', '::'].includes(config.host) ? 'localhost' : config.host;
  const url = `http://${shownHost}:${port}`;
  return {
    app,
    storage,
    url,
    adminToken,
    demo,
    /**
     * Graceful stop (issue 10, point 7): stop claiming jobs and let running ones finish, then stop
     * taking requests and let those in flight answer (event streams end), then close the database.
     * Nothing is released twice: a job that must be abandoned is recorded once, by its own claim.
     */
    async close() {
      await jobs.stop();
      await app.close();
      await notifier.stop();
      await storage.close();
    },
  };
}
