import { ByteWriter, type ColumnSource, ParquetWriter, schemaFromColumnData } from 'hyparquet-writer';
import type { ExportFormat, ExportRecord } from './types.js';

/**
 * Apache Parquet, written with hyparquet-writer: one row group per source page (1,000 items),
 * handed on as soon as it is encoded, so memory holds one page. Columns: `id` (INT64), then
 * `external_id`, `data`, `prediction`, `confidence`, `metadata`, `decision_id`, and one JSON
 * column per question (`answer_<name>`, null when undecided). JSON columns carry the JSON
 * logical type, so readers that know it decode them.
 */
export const parquetFormat: ExportFormat = {
  name: 'parquet',
  description:
    'Apache Parquet: id, external_id, data, prediction, confidence, metadata, decision_id, answer_<question>',
  contentType: 'application/vnd.apache.parquet',
  extension: 'parquet',
  async *write(source, context) {
    const questionNames = context.labelSchema.questions.map((question) => question.name);
    const out = new ChunkWriter();
    const writer = new ParquetWriter({
      writer: out,
      schema: schemaFromColumnData({ columnData: columns([], questionNames) }),
      createdBy: 'tandem (hyparquet-writer)',
    });
    for await (const page of source.pages()) {
      if (page.length === 0) continue;
      await writer.write({ columnData: columns(page, questionNames), rowGroupSize: page.length });
      yield* out.take();
    }
    await writer.finish();
    yield* out.take();
  },
};

/** JSON columns take values: hyparquet-writer serialises them itself. */
function json(value: unknown): unknown {
  return value === undefined ? null : value;
}

function columns(page: readonly ExportRecord[], questionNames: readonly string[]): ColumnSource[] {
  return [
    { name: 'id', type: 'INT64', nullable: false, data: page.map((record) => BigInt(record.itemId)) },
    { name: 'external_id', type: 'STRING', data: page.map((record) => record.externalId) },
    { name: 'data', type: 'JSON', data: page.map((record) => json(record.data)) },
    { name: 'prediction', type: 'JSON', data: page.map((record) => json(record.prediction)) },
    { name: 'confidence', type: 'DOUBLE', data: page.map((record) => record.confidence) },
    { name: 'metadata', type: 'JSON', data: page.map((record) => json(record.metadata)) },
    {
      name: 'decision_id',
      type: 'INT64',
      data: page.map((record) => (record.decisionId === null ? null : BigInt(record.decisionId))),
    },
    ...questionNames.map(
      (name): ColumnSource => ({
        name: `answer_${name}`,
        type: 'JSON',
        data: page.map((record) => (record.answer === null ? null : json(record.answer[name]))),
      }),
    ),
  ];
}

/**
 * A hyparquet-writer byte sink that hands its bytes on instead of growing: `flush` (called after
 * each row group) and `finish` move what was written into `pending`, which `take` empties.
 */
class ChunkWriter extends ByteWriter {
  private pending: Uint8Array[] = [];

  flush(): void {
    if (this.index === 0) return;
    this.pending.push(new Uint8Array(this.buffer.slice(0, this.index)));
    this.index = 0;
  }

  override finish(): void {
    this.flush();
  }

  *take(): Generator<Uint8Array> {
    const chunks = this.pending;
    this.pending = [];
    yield* chunks;
  }
}
