import type { BboxQuestion } from '../schemas/question-definitions.js';
import type { ExportRecord } from './types.js';

/** A box as answers store it: percentages of the image (0–100) from its top-left corner. */
export interface PercentBox {
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The decided boxes of a record for a bbox question; [] when there are none. */
export function decidedBoxes(question: BboxQuestion, record: ExportRecord): PercentBox[] {
  const boxes = record.answer?.[question.name];
  return Array.isArray(boxes) ? (boxes as PercentBox[]) : [];
}

/**
 * The image's size in pixels, from `data.width`/`data.height` (or the same keys in metadata).
 * COCO needs it to turn percentages into pixels.
 */
export function imageSize(record: ExportRecord): { width: number; height: number } | undefined {
  for (const source of [record.data, record.metadata]) {
    const { width, height } = source as { width?: unknown; height?: unknown };
    if (Number.isInteger(width) && Number.isInteger(height) && (width as number) > 0 && (height as number) > 0) {
      return { width: width as number, height: height as number };
    }
  }
  return undefined;
}

/** Rounds to a fixed number of decimals so outputs do not carry floating-point noise. */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
