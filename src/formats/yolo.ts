import { once } from 'node:events';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ZipFile } from 'yazl';
import { decidedBoxes, round } from './boxes.js';
import { pickQuestion } from './questions.js';
import type { ExportFormat } from './types.js';

/**
 * YOLO detection labels as one zip (a single download works the same over HTTP and the CLI):
 * `data.yaml` (class names by index, `nc`), `classes.txt` (one name a line), `images.txt`
 * (`item-<id>.txt` name, a tab, the image reference from the data), and `labels/item-<id>.txt`
 * per decided item: `class cx cy w h`, normalised to 0–1. Images are not in the zip: items hold
 * references (URLs or paths), fetch them under the same stem. Entries are stored, not deflated,
 * with a fixed date, so the same records give the same bytes.
 */
export const yoloFormat: ExportFormat = {
  name: 'yolo',
  description: 'YOLO labels zip (data.yaml, classes.txt, images.txt, labels/item-<id>.txt) from a bbox question',
  contentType: 'application/zip',
  extension: 'zip',
  check: (context) => void pickQuestion(context, ['bbox'], 'yolo'),
  async *write(source, context) {
    const question = pickQuestion(context, ['bbox'], 'yolo');
    const names = question.labels.map((label) => label.value);
    const classIndex = new Map(names.map((name, index) => [name, index]));
    const zip = new ZipFile();
    const entry = { compress: false, mtime: FIXED_DATE };
    const yaml = `# Tandem export of ${context.projectSlug}, question ${question.name}\nnc: ${names.length}\nnames:\n${names.map((name, index) => `  ${index}: ${JSON.stringify(name)}`).join('\n')}\n`;
    zip.addBuffer(Buffer.from(yaml), 'data.yaml', entry);
    zip.addBuffer(Buffer.from(`${names.join('\n')}\n`), 'classes.txt', entry);
    const listing: string[] = [];
    for await (const page of source.pages()) {
      for (const record of page) {
        if (record.answer === null) continue;
        const lines = decidedBoxes(question, record).map((box) =>
          [
            classIndex.get(box.label) ?? 0,
            round((box.x + box.width / 2) / 100, 6),
            round((box.y + box.height / 2) / 100, 6),
            round(box.width / 100, 6),
            round(box.height / 100, 6),
          ].join(' '),
        );
        const name = `item-${record.itemId}.txt`;
        zip.addBuffer(Buffer.from(lines.length ? `${lines.join('\n')}\n` : ''), `labels/${name}`, entry);
        listing.push(`${name}\t${String(record.data[question.field] ?? '')}\n`);
      }
      yield* drain(zip.outputStream);
    }
    zip.addBuffer(Buffer.from(listing.join('')), 'images.txt', entry);
    const ended = new Promise<void>((resolve) => zip.outputStream.once('end', resolve));
    let finished = false;
    void ended.then(() => {
      finished = true;
    });
    zip.end();
    while (!finished) {
      yield* drain(zip.outputStream);
      await Promise.race([ended, once(zip.outputStream, 'readable')]);
    }
    yield* drain(zip.outputStream);
  },
};

/** Dates in a zip entry are local DOS times; a fixed one keeps exports byte-identical. */
const FIXED_DATE = new Date(2000, 0, 1);

/**
 * Takes what yazl has written so far. yazl writes one queued entry per event-loop turn, so the
 * page's entries are out once a turn passes with nothing new: memory holds about one page.
 */
async function* drain(stream: NodeJS.ReadableStream): AsyncGenerator<Uint8Array> {
  for (;;) {
    await nextTurn();
    let chunk: Buffer | null = stream.read() as Buffer | null;
    if (chunk === null) {
      await nextTurn();
      chunk = stream.read() as Buffer | null;
      if (chunk === null) return;
    }
    yield new Uint8Array(chunk);
  }
}
