import { answerToResults, defaultBindings } from '../label-studio/results.js';
import type { ExportFormat, ExportRecord } from './types.js';

/**
 * Label Studio JSON: an array of tasks Label Studio imports as they are — `data`, the decision as
 * an annotation and the model's prediction (with `score` and `model_version`) in its `result`
 * format, spans with UTF-16 offsets and their text, boxes in percent. `meta.externalId` carries
 * Tandem's external id so an import of this file updates the same items.
 */
export const labelStudioFormat: ExportFormat = {
  name: 'label-studio',
  description: 'Label Studio JSON tasks with the decision as an annotation and the model prediction',
  contentType: 'application/json; charset=utf-8',
  extension: 'json',
  async *write(source, context) {
    const bindings = context.labelStudioBindings ?? defaultBindings(context.labelSchema);
    const task = (record: ExportRecord) => {
      const annotations =
        record.answer === null
          ? []
          : [
              {
                id: record.decisionId,
                result: answerToResults(context.labelSchema, bindings, record.answer, record.data),
                was_cancelled: false,
                ground_truth: false,
              },
            ];
      const modelVersion = record.metadata.modelVersion;
      const predictions =
        record.prediction === null
          ? []
          : [
              {
                result: answerToResults(context.labelSchema, bindings, record.prediction, record.data),
                ...(record.confidence === null ? {} : { score: record.confidence }),
                ...(typeof modelVersion === 'string' ? { model_version: modelVersion } : {}),
              },
            ];
      return {
        id: record.itemId,
        data: record.data,
        meta: record.externalId === null ? {} : { externalId: record.externalId },
        annotations,
        predictions,
      };
    };
    yield '[';
    let first = true;
    for await (const page of source.pages()) {
      if (page.length === 0) continue;
      yield (first ? '\n' : ',\n') + page.map((record) => JSON.stringify(task(record))).join(',\n');
      first = false;
    }
    yield '\n]\n';
  },
};
