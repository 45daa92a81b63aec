import type { paths } from '@tandem/sdk';
import { Command } from 'commander';
import { CliError, got } from '../client.js';
import { clientFor } from '../connection.js';

type AuditQuery = NonNullable<paths['/api/audit']['get']['parameters']['query']>;

/** `tandem audit …`: read the audit log and check its hash chain (admin). */
export function auditCommand(): Command {
  const audit = new Command('audit').description('The audit log: list records, verify the hash chain (admin)');
  audit
    .command('verify')
    .description('Check the whole chain; exits 1 and names the first broken record if it does not hold')
    .action(async (_flags: unknown, command: Command) => {
      const result = await got(clientFor(command).GET('/api/audit/verify'));
      if (!result.ok) {
        throw new CliError(
          `audit log broken: ${result.firstBroken?.reason} (${result.checked} records hold before it)`,
          1,
        );
      }
      const head = result.head ? `; head #${result.head.seq} ${result.head.hash}` : '';
      process.stdout.write(`audit log intact: ${result.checked} records${head}\n`);
      if (result.unsealed > 0) process.stdout.write(`${result.unsealed} newest records are not chained yet\n`);
    });
  audit
    .command('list')
    .description('Newest records first')
    .option('--project <ref>', 'project id or slug')
    .option('--action <action>', 'e.g. policy.set')
    .option('--actor <userId>', 'who did it')
    .option('--limit <n>', 'how many', '50')
    .action(async (flags: Record<string, string | undefined>, command: Command) => {
      const query: Record<string, string> = {};
      for (const name of ['project', 'action', 'actor', 'limit']) {
        const value = flags[name];
        if (value) query[name] = value;
      }
      const page = await got(
        // The flags as typed (strings on the wire either way): the server checks them.
        clientFor(command).GET('/api/audit', { params: { query: query as AuditQuery } }),
      );
      for (const r of page.records) {
        process.stdout.write(
          `${r.createdAt}  ${(r.actor?.username ?? 'tandem').padEnd(12)} ${r.action.padEnd(20)} ${(r.project?.slug ?? '-').padEnd(14)} ${r.target ?? '-'}  ${JSON.stringify(r.details)}\n`,
        );
      }
    });
  return audit;
}
