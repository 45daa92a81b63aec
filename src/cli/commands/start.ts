import { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { CliError } from '../client.js';
import { storageOptions } from './migrate.js';

export function startCommand(): Command {
  return storageOptions(new Command('start'))
    .description('Start the Tandem server (runs migrations first)')
    .option('-p, --port <port>', 'port to listen on (env PORT, default 4000)')
    .option('--host <host>', 'address to bind (env HOST, default 127.0.0.1)')
    .option('--demo', 'load the demo project when the database has no projects (default unless TANDEM_DEMO=false)')
    .option('--no-demo', 'never load the demo project')
    .action(
      async (options: { port?: string; host?: string; dataDir?: string; databaseUrl?: string; demo?: boolean }) => {
        const config = loadConfig({
          ...process.env,
          ...(options.port ? { PORT: options.port } : {}),
          ...(options.host ? { HOST: options.host } : {}),
          ...(options.dataDir ? { TANDEM_DATA_DIR: options.dataDir } : {}),
          ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
        });
        const demo = options.demo === false ? false : (config.demo ?? options.demo === true);
        const { startServer } = await import('../../server.js'); // the server loads only for `start`
        const server = await startServer(config, { demo }).catch((error: NodeJS.ErrnoException) => {
          if (error.code === 'EADDRINUSE') {
            throw new CliError(
              `Port ${config.port} on ${config.host} is already in use. Stop the other server or pick another port with --port or PORT.`,
            );
          }
          throw error;
        });
        server.app.log.info(`Tandem is ready at ${server.url} (API docs at ${server.url}/docs)`);
        const { savedSignIns, startBanner } = await import('../start-banner.js');
        const lines = startBanner({
          url: server.url,
          host: config.host,
          data: server.storage.describe,
          newAdminToken: server.adminToken,
          demo: server.demo,
          people: await savedSignIns(server, config.dataDir),
        });
        process.stderr.write(`\n${lines.join('\n')}\n\n`);
        const stop = async (signal: string) => {
          server.app.log.info({ signal }, 'shutting down');
          await server.close();
          process.exit(0);
        };
        process.once('SIGINT', () => void stop('SIGINT'));
        process.once('SIGTERM', () => void stop('SIGTERM'));
      },
    );
}
