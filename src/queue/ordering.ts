import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * Queue ordering strategies (issue 12 point 2). Pure: turns a model's class probabilities into a
 * slot's sort key `rank` (lower is served first, within a priority level), computed when a slot
 * opens and when predictions are refreshed, so the claim reads an index range and never sorts.
 */

export const OrderingStrategy = z.enum(['oldest', 'uncertainty', 'uncertainty_diversity', 'random']);
export type OrderingStrategy = z.infer<typeof OrderingStrategy>;
export const UncertaintyMeasure = z.enum(['least_confidence', 'margin', 'entropy']);
export type UncertaintyMeasure = z.infer<typeof UncertaintyMeasure>;

export const Ordering = z
  .object({
    strategy: OrderingStrategy.default('oldest').describe(
      'oldest: arrival order; uncertainty: what the model is least sure of first; uncertainty_diversity: the same without a run of near-duplicates; random',
    ),
    measure: UncertaintyMeasure.default('least_confidence').describe(
      'How uncertainty is measured (Settles 2009, §3.1)',
    ),
    exploration: z
      .number()
      .min(0)
      .max(1)
      .default(0)
      .describe('Share of items placed at random positions instead (uncertainty strategies)'),
  })
  .strict();
export type Ordering = z.infer<typeof Ordering>;

export const DEFAULT_ORDERING: Ordering = { strategy: 'oldest', measure: 'least_confidence', exploration: 0 };

/** Ranks of ordered slots lie in 1 … RANK_SCALE + 1; 0 is "no order" (oldest, manager pushes). */
export const RANK_SCALE = 1_000_000;
/** Items without a prediction come after every scored one (the next refresh scores them). */
export const RANK_UNSCORED = RANK_SCALE + 1;

/** 1 − P(ŷ|x): how far the top class is from certain. */
export function leastConfidence(p: readonly number[]): number {
  return 1 - Math.max(...p);
}

/** P(ŷ₁|x) − P(ŷ₂|x): the gap between the two most likely classes (small = uncertain). */
export function margin(p: readonly number[]): number {
  const sorted = [...p].sort((a, b) => b - a);
  return (sorted[0] ?? 0) - (sorted[1] ?? 0);
}

/** −Σ P(y|x) ln P(y|x), in nats (0·ln 0 = 0). */
export function entropy(p: readonly number[]): number {
  let h = 0;
  for (const v of p) if (v > 0) h -= v * Math.log(v);
  return h;
}

/**
 * Uncertainty scaled to [0, 1] (1 = the model knows nothing) so the three measures share one
 * rank scale: least confidence × K/(K−1), 1 − margin, entropy / ln K.
 */
export function uncertainty(measure: UncertaintyMeasure, p: readonly number[]): number {
  const k = Math.max(2, p.length);
  const value =
    measure === 'least_confidence'
      ? (leastConfidence(p) * k) / (k - 1)
      : measure === 'margin'
        ? 1 - margin(p)
        : entropy(p) / Math.log(k);
  return Math.min(1, Math.max(0, value));
}

/**
 * An item that carries only its top confidence (imported or API predictions): the rest of the
 * mass spread evenly over the other K − 1 classes. Exact for two classes.
 */
export function probabilitiesFromConfidence(confidence: number, classes: number): number[] {
  const k = Math.max(2, classes);
  const rest = (1 - confidence) / (k - 1);
  return [confidence, ...Array.from({ length: k - 1 }, () => rest)];
}

/** A reproducible number in [0, 1) for a key (same item, same position, on every server). */
export function unitHash(key: string): number {
  return createHash('sha256').update(key).digest().readUInt32BE(0) / 0x1_0000_0000;
}

/**
 * The sort key of an item's slots. `key` identifies the item reproducibly (its external id or
 * data, as for the audit sample); `p` is null when the item has no prediction.
 */
export function rankFor(ordering: Ordering, p: readonly number[] | null, key: string): number {
  if (ordering.strategy === 'oldest') return 0;
  const randomRank = () => 1 + Math.floor(unitHash(`order:${key}`) * RANK_SCALE);
  if (ordering.strategy === 'random') return randomRank();
  if (ordering.exploration > 0 && unitHash(`explore:${key}`) < ordering.exploration) return randomRank();
  if (p === null || p.length === 0) return RANK_UNSCORED;
  return 1 + Math.round((1 - uncertainty(ordering.measure, p)) * (RANK_SCALE - 1));
}

/** True when slot order depends on predictions or a hash, not only on arrival. */
export function isRanked(ordering: Ordering | undefined): boolean {
  return ordering !== undefined && ordering.strategy !== 'oldest';
}
