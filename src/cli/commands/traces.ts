import { Command, InvalidArgumentError } from 'commander';
// This branch's SDK (its generated types know the traces routes; `@tandem/sdk` may resolve to an
// older build until it is regenerated there). Same runtime client either way.
import { got } from '../client.js';
import { clientFor } from '../connection.js';
import { readTextFile } from '../files.js';

/** Rows per request: the server takes at most 1,000 traces at once. */
const BATCH = 1_000;

function bucketOf(value: string): 'day' | 'week' {
  if (value !== 'day' && value !== 'week') throw new InvalidArgumentError('expected day or week');
  return value;
}

const percent = (rate: number | null) => (rate === null ? '–' : `${(rate * 100).toFixed(1)}%`);

/** `tandem traces …`: log production traces from a JSONL file, read the sampling report (issue 13). */
export function tracesCommand(): Command {
  const traces = new Command('traces').description('Production traces: log them, sample them for review, report');
  traces
    .command('send <project>')
    .description(
      'Send a JSONL file of traces ({traceId, input, output, modelVersion, feedback, metadata}) in batches of 1,000',
    )
    .requiredOption('-f, --file <file>', 'JSONL file, one trace per line')
    .action(async (project: string, flags: { file: string }, command: Command) => {
      const lines = readTextFile(flags.file, 'traces')
        .split('\n')
        .map((line, index) => ({ line, number: index + 1 }))
        .filter(({ line }) => line.trim() !== '');
      const client = clientFor(command);
      const totals = { received: 0, duplicates: 0, rejected: 0, sampled: 0 };
      for (let start = 0; start < lines.length; start += BATCH) {
        const batch = lines.slice(start, start + BATCH);
        const rows: unknown[] = [];
        const numbers: number[] = [];
        for (const { line, number } of batch) {
          try {
            rows.push(JSON.parse(line));
            numbers.push(number);
          } catch {
            totals.rejected += 1;
            process.stdout.write(`line ${number}: is not valid JSON\n`);
          }
        }
        if (rows.length === 0) continue;
        const result = await got(
          client.POST('/api/projects/{project}/traces', {
            params: { path: { project } },
            // The lines as written: the server checks each one and names any bad field.
            body: rows as never,
          }),
        );
        totals.received += result.received;
        totals.duplicates += result.duplicates;
        totals.rejected += result.rejected;
        totals.sampled += result.sampled;
        for (const error of result.errors) {
          process.stdout.write(`line ${numbers[error.row]}: ${error.path || 'row'} ${error.message}\n`);
        }
      }
      process.stdout.write(
        `${totals.received} traces received, ${totals.duplicates} already known, ${totals.rejected} rejected, ${totals.sampled} sampled for review\n`,
      );
      if (totals.rejected > 0) process.exitCode = 1;
    });
  traces
    .command('report <project>')
    .description('Traces received, sampled (by reason), reviewed, and the failure rate per slice over time')
    .option('--from <time>', 'ISO time (default: 30 days before --to)')
    .option('--to <time>', 'ISO time (default: now)')
    .option('--slice <key>', 'a metadata key: one row per value')
    .option('--bucket <bucket>', 'day or week', bucketOf, 'day' as const)
    .option('--json', 'print the report as JSON')
    .action(
      async (
        project: string,
        flags: { from?: string; to?: string; slice?: string; bucket: 'day' | 'week'; json?: boolean },
        command: Command,
      ) => {
        const report = await got(
          clientFor(command).GET('/api/projects/{project}/traces/report', {
            params: {
              path: { project },
              query: {
                bucket: flags.bucket,
                ...(flags.from ? { from: flags.from } : {}),
                ...(flags.to ? { to: flags.to } : {}),
                ...(flags.slice ? { slice: flags.slice } : {}),
              },
            },
          }),
        );
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
          return;
        }
        const t = report.totals;
        const reasons = Object.entries(t.sampledBy)
          .map(([reason, count]) => `${reason} ${count}`)
          .join(', ');
        process.stdout.write(
          `${report.from} – ${report.to}: ${t.received} received, ${t.sampled} sampled${reasons ? ` (${reasons})` : ''}, ${t.reviewed} reviewed, failure rate ${percent(t.failureRate)} of ${t.assessed} assessed\n`,
        );
        process.stdout.write(
          `${report.bucket}\t${report.slice ?? ''}\treceived\tsampled\treviewed\tfailed\tfailure rate\n`,
        );
        for (const row of report.series) {
          process.stdout.write(
            `${row.start.slice(0, 10)}\t${row.slice ?? ''}\t${row.received}\t${row.sampled}\t${row.reviewed}\t${row.failed}\t${percent(row.failureRate)}\n`,
          );
        }
      },
    );
  return traces;
}
