import { Command } from 'commander';
import type { Kysely } from 'kysely';
import { loadConfig } from '../../config.js';

/** Adds --data-dir and --database-url, which override TANDEM_DATA_DIR and DATABASE_URL. */
export function storageOptions(command: Command): Command {
  return command
    .option('--data-dir <dir>', 'SQLite data folder (env TANDEM_DATA_DIR, default ./tandem-data)')
    .option('--database-url <url>', 'PostgreSQL URL (env DATABASE_URL); SQLite when absent');
}

export function migrateCommand(): Command {
  return storageOptions(new Command('migrate'))
    .description('Bring the database schema up to date (start does this too)')
    .action(async (options: { dataDir?: string; databaseUrl?: string }) => {
      const config = loadConfig({
        ...process.env,
        ...(options.dataDir ? { TANDEM_DATA_DIR: options.dataDir } : {}),
        ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
      });
      // Loaded on use: the database drivers are heavy, and most commands never need them.
      const { openStorage } = await import('../../db/storage.js');
      const { migrateToLatest } = await import('../../db/migrations.js');
      const storage = await openStorage({
        databaseUrl: config.databaseUrl,
        dataDir: config.dataDir,
        migrate: false,
        ...(config.pgSchema ? { pgSchema: config.pgSchema } : {}),
      });
      try {
        const report = await migrateToLatest(storage.db as unknown as Kysely<unknown>, storage.engine, config.pgSchema);
        const applied = report.applied.length > 0 ? `applied ${report.applied.join(', ')}` : 'already up to date';
        process.stdout.write(`${storage.describe}: ${applied}\n`);
      } finally {
        await storage.close();
      }
    });
}
