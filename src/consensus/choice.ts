import type { MultiChoiceQuestion, SingleChoiceQuestion } from '../schemas/question-definitions.js';
import { meanPairwise } from './stats.js';
import type { QuestionAggregator } from './types.js';
import { pluralityVote } from './vote.js';

/**
 * Majority vote; agreement is the share of responders who chose the winner. Ties go to the
 * tied value whose first vote came earliest in the responses.
 */
export const aggregateSingleChoice: QuestionAggregator<SingleChoiceQuestion> = (_question, values) => {
  const vote = pluralityVote(values as readonly string[]);
  return { value: vote.winner, agreement: vote.share, method: 'majority_vote' };
};

/**
 * An option is selected when more than half of the responders selected it (output in the
 * schema's option order); agreement is the mean pairwise Jaccard similarity of the selections.
 */
export const aggregateMultiChoice: QuestionAggregator<MultiChoiceQuestion> = (question, values) => {
  const selections = (values as readonly (readonly string[])[]).map((selected) => new Set(selected));
  const selected = question.options
    .map((option) => option.value)
    .filter((option) => {
      const votes = selections.filter((selection) => selection.has(option)).length;
      return votes * 2 > selections.length;
    });
  return { value: selected, agreement: meanPairwise(selections, jaccard), method: 'per_option_majority' };
};

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const value of a) if (b.has(value)) shared += 1;
  return shared / (a.size + b.size - shared);
}
