import type { RatingQuestion, RubricQuestion } from '../schemas/question-definitions.js';
import type { Scale } from '../schemas/question-parts.js';
import { clamp01, lowerMedian, mean } from './stats.js';
import type { AggregateOptions, QuestionAggregator } from './types.js';

type ScaleAggregate = { readonly value: number; readonly agreement: number };

/**
 * Combines scores on one scale. `mean` is snapped to the nearest grid value
 * (min + step·round((x − min)/step), halves rounding up); `median` takes the lower middle score.
 * Agreement = 1 − mean |score − aggregate| / (max − min), clamped to 0..1.
 */
export function aggregateScale(
  scale: Scale,
  scores: readonly number[],
  method: NonNullable<AggregateOptions['ratingAggregate']>,
): ScaleAggregate {
  const value = method === 'median' ? lowerMedian(scores) : snapToGrid(mean(scores), scale);
  const deviation = mean(scores.map((score) => Math.abs(score - value)));
  return { value, agreement: clamp01(1 - deviation / (scale.max - scale.min)) };
}

// Tolerances for binary floating point: 0.1-steps do not divide exactly, and a mean of
// exactly half a step must round up, not down to 4.4999999.
const HALF_STEP_TOLERANCE = 1e-9;
const PRINT_PRECISION = 12;

function snapToGrid(score: number, scale: Scale): number {
  const step = scale.step ?? 1;
  const steps = Math.round((score - scale.min) / step + HALF_STEP_TOLERANCE);
  // toPrecision turns 0.30000000000000004 back into 0.3.
  return Number((scale.min + step * steps).toPrecision(PRINT_PRECISION));
}

export const aggregateRating: QuestionAggregator<RatingQuestion> = (question, values, options) => {
  const method = options.ratingAggregate ?? 'mean';
  const { value, agreement } = aggregateScale(question, values as readonly number[], method);
  return { value, agreement, method };
};

/** Each criterion is combined like a rating on its own scale; agreement is the mean over criteria. */
export const aggregateRubric: QuestionAggregator<RubricQuestion> = (question, values, options) => {
  const method = options.ratingAggregate ?? 'mean';
  const scoresByResponder = values as readonly Readonly<Record<string, number>>[];
  const value: Record<string, number> = {};
  const agreements: number[] = [];
  for (const criterion of question.criteria) {
    const scores = scoresByResponder
      .map((scores) => (Object.hasOwn(scores, criterion.name) ? scores[criterion.name] : undefined))
      .filter((score) => typeof score === 'number');
    if (scores.length === 0) continue;
    const aggregate = aggregateScale(criterion, scores, method);
    value[criterion.name] = aggregate.value;
    agreements.push(aggregate.agreement);
  }
  return { value, agreement: agreements.length === 0 ? 1 : mean(agreements), method };
};
