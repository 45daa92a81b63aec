import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { SingleBar } from 'cli-progress';
import { Command, Option } from 'commander';
import type { IngestReport } from '../../items/contracts.js';
import { CliError } from '../client.js';
import { clientFor } from '../connection.js';
import { fileSize } from '../files.js';

const CONTENT_TYPES = {
  jsonl: 'application/x-ndjson',
  csv: 'text/csv',
  // Label Studio tasks (a JSON array or JSONL) are streamed too; the server reads them whole.
  'label-studio': 'application/x-ndjson',
} as const;

type ImportFormat = keyof typeof CONTENT_TYPES;

function formatOf(file: string, flag: string | undefined): ImportFormat {
  if (flag === 'jsonl' || flag === 'csv' || flag === 'label-studio') return flag;
  const ext = path.extname(file).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.csv') return 'csv';
  throw new CliError(`cannot tell the format of "${file}" from its name; pass --format jsonl or --format csv`, 2);
}

export function importCommand(): Command {
  return new Command('import')
    .description(
      'Import items from a JSONL or CSV file (or Label Studio tasks with --format label-studio) into a project, with a progress bar and a per-row report',
    )
    .argument('<file>', 'items.jsonl, items.csv, or Label Studio tasks.json')
    .requiredOption('--project <project>', 'project id or slug')
    .addOption(
      new Option('--format <format>', 'file format (default: from the extension)').choices([
        'jsonl',
        'csv',
        'label-studio',
      ]),
    )
    .option('--quiet', 'no progress bar')
    .action(async (file: string, flags: { project: string; format?: string; quiet?: boolean }, command: Command) => {
      const format = formatOf(file, flags.format);
      const total = fileSize(file);
      const client = clientFor(command);
      // Fail fast on an unknown project before sending the file.
      await client.GET('/api/projects/{project}', { params: { path: { project: flags.project } } });

      const bar = new SingleBar({
        format: 'Importing {bar} {percentage}% | {value}/{total} bytes | {eta_formatted} left',
        stream: process.stderr,
        hideCursor: true,
        noTTYOutput: false,
        notTTYSchedule: 2_000,
      });
      const showBar = !flags.quiet;
      if (showBar) bar.start(total, 0);
      let sent = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          sent += chunk.length;
          if (showBar) bar.update(sent);
          callback(null, chunk);
        },
      });
      const body = fs.createReadStream(file).pipe(counter);
      let report: IngestReport;
      try {
        const response = await client.fetch(
          'POST',
          `/api/projects/${encodeURIComponent(flags.project)}/items/import${format === 'label-studio' ? '?format=label-studio' : ''}`,
          {
            body,
            headers: { 'content-type': CONTENT_TYPES[format] },
          },
        );
        report = (await response.json()) as IngestReport;
      } finally {
        if (showBar) bar.stop();
      }
      printReport(report);
      if (report.rejected > 0) {
        throw new CliError(`${report.rejected} row(s) were rejected (the other rows were stored)`);
      }
    });
}

function printReport(report: IngestReport): void {
  const decided = (report as { decided?: number }).decided;
  process.stdout.write(
    `Imported ${report.received} rows: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.rejected} rejected${decided === undefined ? '' : `, ${decided} decided from annotations`}\n`,
  );
  for (const error of report.errors) {
    const where = error.line !== undefined ? `line ${error.line}` : `row ${error.row}`;
    process.stdout.write(`  ${where}: ${error.path ? `${error.path}: ` : ''}${error.message}\n`);
  }
  if (report.errorsTruncated) process.stdout.write('  (more errors not listed)\n');
}
