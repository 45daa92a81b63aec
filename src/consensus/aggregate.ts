import type { LabelSchema, Question } from '../schemas/label-schema.js';
import { aggregateApproval } from './approval.js';
import { aggregateBboxes } from './bbox.js';
import { aggregateMultiChoice, aggregateSingleChoice } from './choice.js';
import { aggregatePairwise } from './pairwise.js';
import { aggregateRanking } from './ranking.js';
import { aggregateRating, aggregateRubric } from './rating.js';
import { aggregateSpans } from './spans.js';
import { mean } from './stats.js';
import { aggregateText } from './text.js';
import type { AggregateOptions, ConsensusResponse, QuestionAggregate } from './types.js';

/** How one question was merged: its agreement (0..1), the method used and how many responders answered it. */
export type QuestionConsensus = {
  readonly agreement: number;
  readonly method: string;
  readonly answered: number;
};

export type ConsensusResult = {
  /** The merged answer; questions nobody answered are left out. */
  readonly answer: Record<string, unknown>;
  /** Mean of the per-question agreements (1 when no question was answered). */
  readonly agreement: number;
  readonly questions: Record<string, QuestionConsensus>;
};

/** Merges the non-null answers (at least one, in response order) to one question. */
export function aggregateQuestion(
  question: Question,
  values: readonly unknown[],
  options: AggregateOptions = {},
): QuestionAggregate {
  switch (question.type) {
    case 'single_choice':
      return aggregateSingleChoice(question, values, options);
    case 'multi_choice':
      return aggregateMultiChoice(question, values, options);
    case 'rating':
      return aggregateRating(question, values, options);
    case 'rubric':
      return aggregateRubric(question, values, options);
    case 'spans':
      return aggregateSpans(question, values, options);
    case 'pairwise':
      return aggregatePairwise(question, values, options);
    case 'ranking':
      return aggregateRanking(question, values, options);
    case 'text':
      return aggregateText(question, values, options);
    case 'bbox':
      return aggregateBboxes(question, values, options);
    case 'approval':
      return aggregateApproval(question, values, options);
    default:
      return assertNever(question);
  }
}

function assertNever(question: never): never {
  throw new Error(`unhandled question type in ${JSON.stringify(question)}`);
}

/**
 * Merges k annotators' answers to one item into a single answer and measures how far they agree.
 * Responses must already pass `validateAnswer`; an absent or null value means "not answered" and
 * does not count for or against that question. Ties are broken deterministically (see each
 * aggregator), so the same responses in the same order always give the same result.
 * Throws a plain Error only for an empty `responses` array.
 *
 * @example
 * aggregateResponses(schema, [
 *   { userId: 1, answer: { verdict: 'spam' } },
 *   { userId: 2, answer: { verdict: 'spam' } },
 *   { userId: 3, answer: { verdict: 'ham' } },
 * ]);
 * // { answer: { verdict: 'spam' }, agreement: 0.666…,
 * //   questions: { verdict: { agreement: 0.666…, method: 'majority_vote', answered: 3 } } }
 */
export function aggregateResponses(
  schema: LabelSchema,
  responses: readonly ConsensusResponse[],
  options: AggregateOptions = {},
): ConsensusResult {
  if (responses.length === 0) throw new Error('cannot aggregate an empty list of responses');
  const answer: Record<string, unknown> = {};
  const questions: Record<string, QuestionConsensus> = {};
  for (const question of schema.questions) {
    const values = responses
      .map((response) => (Object.hasOwn(response.answer, question.name) ? response.answer[question.name] : undefined))
      .filter((value) => value !== undefined && value !== null);
    if (values.length === 0) continue;
    const merged = aggregateQuestion(question, values, options);
    answer[question.name] = merged.value;
    questions[question.name] = { agreement: merged.agreement, method: merged.method, answered: values.length };
  }
  const agreements = Object.values(questions).map((question) => question.agreement);
  return { answer, questions, agreement: agreements.length === 0 ? 1 : mean(agreements) };
}
