export type VoteResult<T> = {
  /** The first value cast with the winning key. */
  readonly winner: T;
  readonly key: string;
  readonly count: number;
  /** `count` divided by the number of votes. */
  readonly share: number;
};

/**
 * Plurality vote. Tie rule: among values with the top count, the one whose *first* vote comes
 * earliest in `values` wins, so the result never depends on Map or sort internals.
 * `keyOf` decides which values count as the same vote. `values` must not be empty.
 *
 * @example
 * pluralityVote(['ham', 'spam', 'spam', 'ham']).winner; // 'ham' (2–2; 'ham' was voted first)
 */
export function pluralityVote<T>(values: readonly T[], keyOf: (value: T) => string = String): VoteResult<T> {
  // A Map iterates in insertion order, i.e. in order of each key's first vote.
  const tallies = new Map<string, { value: T; count: number }>();
  for (const value of values) {
    const key = keyOf(value);
    const tally = tallies.get(key);
    if (tally === undefined) tallies.set(key, { value, count: 1 });
    else tally.count += 1;
  }
  let best: VoteResult<T> | undefined;
  for (const [key, tally] of tallies) {
    if (best === undefined || tally.count > best.count) {
      best = { winner: tally.value, key, count: tally.count, share: tally.count / values.length };
    }
  }
  if (best === undefined) throw new Error('pluralityVote needs at least one value');
  return best;
}
