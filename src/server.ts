import { type Logger, pino } from 'pino';
import type { Config } from './config.js';
import { openStorage, type Storage } from './db/storage.js';
import { seedDemoProject } from './demo/seed-demo.js';
import { buildApp, type TandemApp } from './http/app.js';

export interface RunningServer {
  readonly app: TandemApp;
  readonly storage: Storage;
  readonly url: string;
  close(): Promise<void>;
}

/** Opens storage (running migrations), loads the demo project if asked, and listens. */
export async function startServer(config: Config, options: { demo: boolean; logger?: Logger }): Promise<RunningServer> {
  const logger = options.logger ?? pino({ level: config.logLevel });
  const storage = await openStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  logger.info({ database: storage.describe }, 'storage ready');
  if (options.demo) {
    const seeded = await seedDemoProject(storage);
    if (seeded) logger.info({ project: seeded.slug, items: seeded.items }, 'demo project loaded');
  }
  const app = await buildApp({ storage, logger });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = ['0.0.0.0', '127.0.0.1', '::'].includes(config.host) ? 'localhost' : config.host;
  const url = `http://${shownHost}:${port}`;
  return {
    app,
    storage,
    url,
    async close() {
      await app.close();
      await storage.close();
    },
  };
}
