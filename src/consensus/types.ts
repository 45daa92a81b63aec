import type { Question } from '../schemas/label-schema.js';

/** One annotator's validated answer to an item, keyed by question name. */
export type ConsensusResponse = {
  readonly userId: number;
  readonly answer: Readonly<Record<string, unknown>>;
};

export type AggregateOptions = {
  /** How rating and rubric scores combine; `mean` (the default) is rounded onto the step grid. */
  readonly ratingAggregate?: 'mean' | 'median';
};

/** The merged value of one question plus how closely its answers agreed (0..1). */
export type QuestionAggregate = {
  readonly value: unknown;
  readonly agreement: number;
  readonly method: string;
};

/**
 * Merges the non-null answers to one question, in response order (at least one).
 * Values have already passed `validateAnswer`, so aggregators may trust their shape.
 */
export type QuestionAggregator<Q extends Question> = (
  question: Q,
  values: readonly unknown[],
  options: AggregateOptions,
) => QuestionAggregate;

/** A span as Tandem stores it; offsets count code points. */
export type Span = { readonly start: number; readonly end: number; readonly label: string };

/** A bounding box in percent of the image. */
export type Box = {
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
};
