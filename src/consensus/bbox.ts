import type { BboxQuestion } from '../schemas/question-definitions.js';
import { boxIoU } from './overlap.js';
import { compareLabels, majorityClusters, regionAgreement } from './regions.js';
import { mean } from './stats.js';
import type { Box, QuestionAggregator } from './types.js';

/**
 * Merges boxes like spans, in 2-D: same-label boxes with IoU ≥ 0.5 cluster together, a cluster
 * is kept when more than half of the responders drew a box in it, and becomes the mean x, y,
 * width and height rounded to 2 decimals. Output is in reading order (top, then left).
 * Agreement is the mean pairwise F1 between responders (same label, IoU ≥ 0.5).
 */
export const aggregateBboxes: QuestionAggregator<BboxQuestion> = (_question, values) => {
  const boxesByResponder = (values as readonly (readonly Box[])[]).map((boxes) =>
    boxes.map(({ label, x, y, width, height }) => ({ label, x, y, width, height })).sort(compareBoxes),
  );
  const merged = majorityClusters(boxesByResponder, boxIoU).map(mergeBoxes);
  return {
    value: merged.sort(compareBoxes),
    agreement: regionAgreement(boxesByResponder, boxIoU),
    method: 'overlap_merge',
  };
};

function mergeBoxes(cluster: readonly Box[]): Box {
  const x = round2(mean(cluster.map((box) => box.x)));
  const y = round2(mean(cluster.map((box) => box.y)));
  // Rounding x and width separately could push the right edge 0.01 past the image.
  const width = Math.min(round2(mean(cluster.map((box) => box.width))), round2(100 - x));
  const height = Math.min(round2(mean(cluster.map((box) => box.height))), round2(100 - y));
  return { label: (cluster[0] as Box).label, x, y, width, height };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function compareBoxes(a: Box, b: Box): number {
  return a.y - b.y || a.x - b.x || a.height - b.height || a.width - b.width || compareLabels(a.label, b.label);
}
