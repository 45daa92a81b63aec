import type { PairwiseQuestion } from '../schemas/question-definitions.js';
import type { QuestionAggregator } from './types.js';
import { pluralityVote } from './vote.js';

type Preference = 'a' | 'b' | 'tie';

/**
 * Majority of 'a', 'b' and 'tie'. When 'a' and 'b' share the top count and the question allows
 * ties, the answer is 'tie' (nobody's preference outweighs the other); otherwise the earliest
 * first vote among the tied values wins. Agreement is the share of the top count, which for a
 * drawn 'a'/'b' vote is the share of 'a' (= the share of 'b'), not the share of 'tie' votes.
 */
export const aggregatePairwise: QuestionAggregator<PairwiseQuestion> = (question, values) => {
  const preferences = values as readonly Preference[];
  const vote = pluralityVote(preferences);
  const votesFor = (side: Preference) => preferences.filter((preference) => preference === side).length;
  const drawn = votesFor('a') === vote.count && votesFor('b') === vote.count;
  const value = drawn && question.allowTie ? 'tie' : vote.winner;
  return { value, agreement: vote.share, method: 'majority_vote' };
};
