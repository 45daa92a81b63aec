import type { SpansQuestion } from '../schemas/question-definitions.js';
import { intervalIoU } from './overlap.js';
import { compareLabels, majorityClusters, regionAgreement } from './regions.js';
import { lowerMedian } from './stats.js';
import type { QuestionAggregator, Span } from './types.js';

/**
 * Merges spans by overlap (see `majorityClusters`): a cluster is kept when more than half of the
 * responders have a span in it, and becomes one span at the median start and median end (lower
 * middle for even counts), sorted by start. `text` is dropped: the server fills it from the data.
 * Agreement is the mean pairwise F1 between responders (same label, IoU ≥ 0.5).
 */
export const aggregateSpans: QuestionAggregator<SpansQuestion> = (_question, values) => {
  const spansByResponder = (values as readonly (readonly Span[])[]).map((spans) =>
    spans.map(({ start, end, label }) => ({ start, end, label })).sort(compareSpans),
  );
  const merged = majorityClusters(spansByResponder, intervalIoU).map(
    (cluster): Span => ({
      start: lowerMedian(cluster.map((span) => span.start)),
      end: lowerMedian(cluster.map((span) => span.end)),
      label: (cluster[0] as Span).label,
    }),
  );
  return {
    value: merged.sort(compareSpans),
    agreement: regionAgreement(spansByResponder, intervalIoU),
    method: 'overlap_merge',
  };
};

function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end || compareLabels(a.label, b.label);
}
