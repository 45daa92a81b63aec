import { z } from 'zod';
import { ItemFilterQuery } from '../items/contracts.js';
import { EXPORT_FORMAT_NAMES } from './registry.js';

export const ExportFormatName = z
  .enum(EXPORT_FORMAT_NAMES)
  .default('jsonl')
  .describe('Which format (see GET /api/export-formats); training formats export decided items');

export const ExportQuestion = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,63}$/i, 'expected a question name')
  .optional()
  .describe('For single-question formats (coco, yolo, conll, dpo): which question; the first that fits by default');

/** GET /projects/:project/export: a filter, a format and (for some formats) a question. */
export const ExportFormatQuery = ItemFilterQuery.extend({
  format: ExportFormatName,
  question: ExportQuestion,
}).strict();

export const SnapshotExportQuery = z.object({ format: ExportFormatName, question: ExportQuestion }).strict();

export const ExportFormatView = z.object({
  name: z.string(),
  description: z.string(),
  contentType: z.string(),
  extension: z.string(),
});
export const ListExportFormatsResponse = z.object({ formats: z.array(ExportFormatView) });
