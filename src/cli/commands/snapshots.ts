import type { ResponseBody } from '@tandem/sdk';
import { Command } from 'commander';
import { got } from '../client.js';
import { clientFor } from '../connection.js';

type Snapshot = ResponseBody<'/api/projects/{project}/snapshots/{snapshotId}', 'get'>;

function printSnapshot(snapshot: Snapshot): void {
  const { counts } = snapshot;
  process.stdout.write(
    `#${snapshot.id}  ${snapshot.name}  ${snapshot.createdAt}\n  why: ${snapshot.reason}\n  filter: ${JSON.stringify(snapshot.filter)}\n  items: ${counts.items} (${counts.decided} decided)\n  content: ${snapshot.contentHash}\n  schema: ${snapshot.schemaHash}\n`,
  );
}

/** `tandem snapshots …`: take, list, show and compare versioned snapshots (export: `tandem export --snapshot`). */
export function snapshotsCommand(): Command {
  const snapshots = new Command('snapshots').description(
    'Versioned snapshots: immutable item and decision sets with hashes (export one with "tandem export --snapshot ID")',
  );
  snapshots
    .command('create')
    .description('Take a snapshot of the items a filter selects now')
    .requiredOption('--project <project>', 'project id or slug')
    .requiredOption('--reason <text>', 'why ("training data for model v7")')
    .option('--name <name>', 'a label such as train-v7')
    .option('--status <status>', 'only items with this status (e.g. decided)')
    .option('--tag <tag>', 'only items with this metadata tag')
    .action(
      async (
        flags: { project: string; reason: string; name?: string; status?: string; tag?: string },
        command: Command,
      ) => {
        const filter: Record<string, string> = {};
        if (flags.status) filter.status = flags.status;
        if (flags.tag) filter.tag = flags.tag;
        const snapshot = await got(
          clientFor(command).POST('/api/projects/{project}/snapshots', {
            params: { path: { project: flags.project } },
            body: { reason: flags.reason, ...(flags.name ? { name: flags.name } : {}), filter },
          }),
        );
        process.stdout.write('Created snapshot ');
        printSnapshot(snapshot);
      },
    );

  snapshots
    .command('list')
    .description("List a project's snapshots, newest first")
    .requiredOption('--project <project>', 'project id or slug')
    .option('--json', 'print JSON')
    .action(async (flags: { project: string; json?: boolean }, command: Command) => {
      const { snapshots: list } = await got(
        clientFor(command).GET('/api/projects/{project}/snapshots', { params: { path: { project: flags.project } } }),
      );
      if (flags.json) return void process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
      if (list.length === 0) return void process.stdout.write('No snapshots yet.\n');
      for (const s of list) {
        process.stdout.write(
          `#${String(s.id).padEnd(5)} ${s.name.padEnd(24)} ${s.counts.items} items  ${s.createdAt}  ${s.contentHash.slice(0, 12)}\n`,
        );
      }
    });

  snapshots
    .command('show <id>')
    .description('Show a snapshot: filter, counts, hashes, who and why')
    .requiredOption('--project <project>', 'project id or slug')
    .action(async (id: string, flags: { project: string }, command: Command) => {
      printSnapshot(
        await got(
          clientFor(command).GET('/api/projects/{project}/snapshots/{snapshotId}', {
            params: { path: { project: flags.project, snapshotId: id } },
          }),
        ),
      );
    });

  snapshots
    .command('diff <from> <to>')
    .description('What changed from snapshot <from> to snapshot <to>: added, removed, label changed per question')
    .requiredOption('--project <project>', 'project id or slug')
    .option('--json', 'print JSON')
    .action(async (from: string, to: string, flags: { project: string; json?: boolean }, command: Command) => {
      const diff = await got(
        clientFor(command).GET('/api/projects/{project}/snapshots/{snapshotId}/diff', {
          params: { path: { project: flags.project, snapshotId: to }, query: { against: from } },
        }),
      );
      if (flags.json) return void process.stdout.write(`${JSON.stringify(diff, null, 2)}\n`);
      process.stdout.write(
        `From #${diff.from} to #${diff.to}: ${diff.added.count} added, ${diff.removed.count} removed, ${diff.unchanged} unchanged\n`,
      );
      for (const [question, change] of Object.entries(diff.labelChanged)) {
        process.stdout.write(`  ${question}: ${change.count} relabelled (items ${change.itemIds.join(', ')})\n`);
      }
    });

  return snapshots;
}
