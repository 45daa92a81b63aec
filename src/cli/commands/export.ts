import fs from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Command, Option } from 'commander';
import { EXPORT_FORMAT_NAMES, type ExportFormatName } from '../../formats/registry.js';
import { clientFor } from '../connection.js';

interface ExportFlags {
  project: string;
  format: ExportFormatName;
  question?: string;
  snapshot?: string;
  out?: string;
  status?: string;
  tag?: string;
  minConfidence?: string;
  maxConfidence?: string;
}

export function exportCommand(): Command {
  return new Command('export')
    .description(
      "Stream a project's items (or a snapshot) in any export format: JSONL, CSV, Parquet, COCO, YOLO, CoNLL, DPO, Label Studio (constant memory)",
    )
    .requiredOption('--project <project>', 'project id or slug')
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMAT_NAMES).default('jsonl'))
    .option('--question <name>', 'for coco, yolo, conll and dpo: which question (default: the first that fits)')
    .option('--snapshot <id>', 'export this snapshot (byte-identical every time) instead of the items as they are now')
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .option('--status <status>', 'only items with this status')
    .option('--tag <tag>', 'only items with this metadata tag')
    .option('--min-confidence <n>', 'only items with confidence >= n')
    .option('--max-confidence <n>', 'only items with confidence <= n')
    .action(async (flags: ExportFlags, command: Command) => {
      const client = clientFor(command);
      const query = new URLSearchParams({ format: flags.format });
      if (flags.question) query.set('question', flags.question);
      const project = encodeURIComponent(flags.project);
      if (flags.snapshot) {
        const response = await client.fetch(
          'GET',
          `/api/projects/${project}/snapshots/${encodeURIComponent(flags.snapshot)}/export?${query}`,
        );
        if (!response.body) return;
        const source = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream);
        await pipeline(source, flags.out ? fs.createWriteStream(flags.out) : process.stdout);
        if (flags.out) process.stderr.write(`Exported snapshot ${flags.snapshot} to ${flags.out}\n`);
        return;
      }
      if (flags.status) query.set('status', flags.status);
      if (flags.tag) query.set('tag', flags.tag);
      if (flags.minConfidence) query.set('minConfidence', flags.minConfidence);
      if (flags.maxConfidence) query.set('maxConfidence', flags.maxConfidence);
      const response = await client.fetch('GET', `/api/projects/${project}/export?${query}`);
      if (!response.body) return;
      let lines = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          for (const byte of chunk) if (byte === 10) lines += 1;
          callback(null, chunk);
        },
      });
      const source = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream);
      await pipeline(source, counter, flags.out ? fs.createWriteStream(flags.out) : process.stdout);
      if (flags.out && (flags.format === 'jsonl' || flags.format === 'csv')) {
        const rows = flags.format === 'csv' ? Math.max(0, lines - 1) : lines;
        process.stderr.write(`Exported ${rows} items to ${flags.out}\n`);
      } else if (flags.out) {
        process.stderr.write(`Exported ${flags.format} to ${flags.out}\n`);
      }
    });
}
