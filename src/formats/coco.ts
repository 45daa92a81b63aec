import { decidedBoxes, imageSize, round } from './boxes.js';
import { pickQuestion } from './questions.js';
import type { ExportFormat } from './types.js';

/**
 * COCO object detection JSON from a bbox question: `images` (one per decided item whose size is
 * known: `width`/`height` in its data or metadata; others are left out, as COCO needs pixels),
 * `annotations` (`bbox` = [x, y, width, height] in pixels from the top-left), `categories` (the
 * question's labels, ids from 1). Streamed in two passes over the source — images, then
 * annotations — so no list is held in memory.
 */
export const cocoFormat: ExportFormat = {
  name: 'coco',
  description: 'COCO detection JSON (images, annotations in pixels, categories) from a bbox question',
  contentType: 'application/json; charset=utf-8',
  extension: 'json',
  check: (context) => void pickQuestion(context, ['bbox'], 'coco'),
  async *write(source, context) {
    const question = pickQuestion(context, ['bbox'], 'coco');
    const categories = question.labels.map((label, index) => ({
      id: index + 1,
      name: label.value,
      supercategory: question.name,
    }));
    const categoryIds = new Map(categories.map((category) => [category.name, category.id]));
    const info = { description: `Tandem export of ${context.projectSlug}, question ${question.name}`, version: '1.0' };
    yield `{"info":${JSON.stringify(info)},"licenses":[],"categories":${JSON.stringify(categories)},"images":[`;
    let first = true;
    for await (const page of source.pages()) {
      let chunk = '';
      for (const record of page) {
        const size = imageSize(record);
        if (record.answer === null || !size) continue;
        const image = { id: record.itemId, file_name: String(record.data[question.field] ?? ''), ...size };
        chunk += (first ? '' : ',') + JSON.stringify(image);
        first = false;
      }
      if (chunk !== '') yield chunk;
    }
    yield '],"annotations":[';
    first = true;
    let annotationId = 0;
    for await (const page of source.pages()) {
      let chunk = '';
      for (const record of page) {
        const size = imageSize(record);
        if (record.answer === null || !size) continue;
        for (const box of decidedBoxes(question, record)) {
          const bbox = [
            round((box.x / 100) * size.width, 2),
            round((box.y / 100) * size.height, 2),
            round((box.width / 100) * size.width, 2),
            round((box.height / 100) * size.height, 2),
          ] as const;
          annotationId++;
          const annotation = {
            id: annotationId,
            image_id: record.itemId,
            category_id: categoryIds.get(box.label) ?? 0,
            bbox,
            area: round(bbox[2] * bbox[3], 2),
            iscrowd: 0,
            segmentation: [],
          };
          chunk += (first ? '' : ',') + JSON.stringify(annotation);
          first = false;
        }
      }
      if (chunk !== '') yield chunk;
    }
    yield ']}\n';
  },
};
