import type { RankingQuestion } from '../schemas/question-definitions.js';
import { meanPairwise } from './stats.js';
import type { QuestionAggregator } from './types.js';

/** A ranking lists candidate indexes, best first. */
type Ranking = readonly number[];

/**
 * Borda count: a candidate at position p of an n-candidate ranking scores n − 1 − p; the answer
 * lists candidates by total score, ties going to the lower candidate index. Agreement is the mean
 * pairwise Kendall's tau between responders, mapped from −1..1 to 0..1 as (tau + 1) / 2.
 */
export const aggregateRanking: QuestionAggregator<RankingQuestion> = (_question, values) => {
  const rankings = values as readonly Ranking[];
  const scores = new Map<number, number>();
  for (const ranking of rankings) {
    ranking.forEach((candidate, position) => {
      scores.set(candidate, (scores.get(candidate) ?? 0) + ranking.length - 1 - position);
    });
  }
  const order = [...scores.keys()].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || a - b);
  const agreement = meanPairwise(rankings, (a, b) => (kendallTau(a, b) + 1) / 2);
  return { value: order, agreement, method: 'borda_count' };
};

/**
 * Kendall's tau-a over the candidates both rankings contain: (concordant − discordant) / pairs.
 * Fewer than two shared candidates cannot disagree, so tau is 1.
 */
export function kendallTau(a: Ranking, b: Ranking): number {
  const positionInB = new Map(b.map((candidate, position) => [candidate, position]));
  const shared = a.filter((candidate) => positionInB.has(candidate));
  let balance = 0;
  let pairs = 0;
  for (let i = 0; i < shared.length; i += 1) {
    for (let j = i + 1; j < shared.length; j += 1) {
      // `shared` follows a's order, so the pair is concordant when b keeps i before j.
      const iInB = positionInB.get(shared[i] as number) as number;
      const jInB = positionInB.get(shared[j] as number) as number;
      balance += iInB < jInB ? 1 : -1;
      pairs += 1;
    }
  }
  return pairs === 0 ? 1 : balance / pairs;
}
