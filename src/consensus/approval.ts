import type { ApprovalQuestion } from '../schemas/question-definitions.js';
import { stableStringify } from './stable-stringify.js';
import type { QuestionAggregator } from './types.js';
import { pluralityVote } from './vote.js';

type ApprovalAnswer = {
  readonly decision: 'approve' | 'reject' | 'edit';
  readonly reason?: string;
  readonly arguments?: Readonly<Record<string, unknown>>;
};

/**
 * Majority of `decision` (earliest first vote wins a tie); agreement is its share. An 'edit'
 * carries the most common edited `arguments` among the edits (compared key-order-independently,
 * earliest first on ties); a 'reject' carries the reason of the earliest rejecting response.
 */
export const aggregateApproval: QuestionAggregator<ApprovalQuestion> = (_question, values) => {
  const answers = values as readonly ApprovalAnswer[];
  const vote = pluralityVote(answers, (answer) => answer.decision);
  const winners = answers.filter((answer) => answer.decision === vote.key);
  return { value: mergeWinners(vote.winner, winners), agreement: vote.share, method: 'majority_vote' };
};

function mergeWinners(earliest: ApprovalAnswer, winners: readonly ApprovalAnswer[]): ApprovalAnswer {
  switch (earliest.decision) {
    case 'edit': {
      const edits = pluralityVote(winners, (answer) => stableStringify(answer.arguments));
      return { decision: 'edit', arguments: edits.winner.arguments ?? {} };
    }
    case 'reject':
      return earliest.reason === undefined ? { decision: 'reject' } : { decision: 'reject', reason: earliest.reason };
    case 'approve':
      return { decision: 'approve' };
  }
}
