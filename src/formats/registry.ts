import { cocoFormat } from './coco.js';
import { conllFormat } from './conll.js';
import { csvFormat } from './csv.js';
import { dpoFormat } from './dpo.js';
import { hfJsonlFormat } from './hf-jsonl.js';
import { jsonlFormat } from './jsonl.js';
import { labelStudioFormat } from './label-studio.js';
import { parquetFormat } from './parquet.js';
import type { ExportFormat } from './types.js';
import { yoloFormat } from './yolo.js';

/** Every export format by name. Adding a format is one file and one line here. */
export const EXPORT_FORMATS = {
  jsonl: jsonlFormat,
  csv: csvFormat,
  'hf-jsonl': hfJsonlFormat,
  parquet: parquetFormat,
  coco: cocoFormat,
  yolo: yoloFormat,
  conll: conllFormat,
  dpo: dpoFormat,
  'label-studio': labelStudioFormat,
} as const satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;

export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as [ExportFormatName, ...ExportFormatName[]];

export function exportFormat(name: ExportFormatName): ExportFormat {
  return EXPORT_FORMATS[name];
}
