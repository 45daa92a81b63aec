import type { TextQuestion } from '../schemas/question-definitions.js';
import type { QuestionAggregator } from './types.js';
import { pluralityVote } from './vote.js';

/** Trims and turns every run of whitespace into one space, so "  ok\n" and "ok" count as one answer. */
export function normalizeText(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/**
 * The most common normalized answer (earliest first vote wins a tie); agreement is its share.
 * The answer is returned normalized.
 */
export const aggregateText: QuestionAggregator<TextQuestion> = (_question, values) => {
  const vote = pluralityVote((values as readonly string[]).map(normalizeText));
  return { value: vote.winner, agreement: vote.share, method: 'normalized_mode' };
};
