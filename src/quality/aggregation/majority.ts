import { ValidationError } from '../../errors.js';
import {
  type CategoricalAnnotation,
  type CodedAnnotations,
  type EncodeOptions,
  encodeAnnotations,
  type ItemConsensus,
  itemConsensusList,
  type Key,
} from './annotations.js';

export interface VoteConsensus extends ItemConsensus {
  /** True when two or more classes shared the top (weighted) vote; see the tie rule. */
  readonly tied: boolean;
}

export interface VoteResult {
  readonly classes: readonly (string | number)[];
  /** One entry per item, in order of first appearance; `posterior` holds the (weighted) vote shares. */
  readonly items: readonly VoteConsensus[];
}

/** Per-annotator weights: a Map, or a plain object keyed by String(annotator). */
export type AnnotatorWeights = ReadonlyMap<Key, number> | Readonly<Record<string, number>>;

/** Vote totals whose difference is below this share of the item's total weight count as a tie. */
const TIE_TOLERANCE = 1e-12;

/**
 * Majority vote per item. **Tie rule:** among classes sharing the top count, the one that comes
 * first in class order (the `classes` option, else numbers ascending / strings by code unit) wins.
 * It depends on nothing else, so the result is the same whatever order the annotations come in.
 *
 * @example
 * majorityVote([
 *   { item: 1, annotator: 'a', label: 'spam' },
 *   { item: 1, annotator: 'b', label: 'ham' },
 * ]).items[0]; // { item: 1, label: 'ham', posterior: [0.5, 0.5], tied: true }
 */
export function majorityVote(annotations: readonly CategoricalAnnotation[], options: EncodeOptions = {}): VoteResult {
  const coded = encodeAnnotations(annotations, options);
  return toVoteResult(coded, voteCoded(coded));
}

/**
 * Majority vote where each annotator's vote counts `weights[annotator]` (e.g. their accuracy on
 * gold items). Same tie rule as majorityVote; an item whose voters all weigh 0 gets a uniform
 * posterior and the first class. Every annotator needs a finite weight ≥ 0 (or `defaultWeight`).
 *
 * @example
 * weightedMajorityVote(annotations, new Map([['alice', 0.9], ['bob', 0.6], ['carol', 0.6]]));
 */
export function weightedMajorityVote(
  annotations: readonly CategoricalAnnotation[],
  weights: AnnotatorWeights,
  options: EncodeOptions & { readonly defaultWeight?: number } = {},
): VoteResult {
  const coded = encodeAnnotations(annotations, options);
  const perAnnotator = new Float64Array(coded.annotatorIds.length);
  coded.annotatorIds.forEach((annotator, index) => {
    const weight =
      weights instanceof Map ? weights.get(annotator) : (weights as Record<string, number>)[String(annotator)];
    const resolved = weight ?? options.defaultWeight;
    if (resolved === undefined || !Number.isFinite(resolved) || resolved < 0) {
      throw new ValidationError([
        {
          path: `weights.${String(annotator)}`,
          message:
            resolved === undefined ? 'is missing (pass a weight or defaultWeight)' : 'must be a finite number ≥ 0',
        },
      ]);
    }
    perAnnotator[index] = resolved;
  });
  return toVoteResult(coded, voteCoded(coded, perAnnotator));
}

export interface CodedVotes {
  /** items × classes vote shares. */
  readonly posteriors: Float64Array;
  readonly labels: Int32Array;
  readonly tied: Uint8Array;
}

/** Weighted (or plain, without `weights`) vote shares per item over coded annotations. */
export function voteCoded(coded: CodedAnnotations, weights?: Float64Array): CodedVotes {
  const classes = coded.classes.length;
  const items = coded.itemIds.length;
  const posteriors = new Float64Array(items * classes);
  for (let index = 0; index < coded.item.length; index += 1) {
    const cell = (coded.item[index] as number) * classes + (coded.label[index] as number);
    posteriors[cell] =
      (posteriors[cell] as number) + (weights ? (weights[coded.annotator[index] as number] as number) : 1);
  }
  const labels = new Int32Array(items);
  const tied = new Uint8Array(items);
  for (let item = 0; item < items; item += 1) {
    const offset = item * classes;
    let total = 0;
    let best = 0;
    for (let c = 0; c < classes; c += 1) {
      const votes = posteriors[offset + c] as number;
      total += votes;
      if (votes > (posteriors[offset + best] as number)) best = c;
    }
    const top = posteriors[offset + best] as number;
    let atTop = 0;
    for (let c = 0; c < classes; c += 1) {
      if (top - (posteriors[offset + c] as number) <= TIE_TOLERANCE * total) atTop += 1;
    }
    // Lowest index among (near-)equal top classes: the first one within tolerance of the top.
    for (let c = 0; c < classes; c += 1) {
      if (top - (posteriors[offset + c] as number) <= TIE_TOLERANCE * total) {
        best = c;
        break;
      }
    }
    labels[item] = best;
    tied[item] = atTop > 1 ? 1 : 0;
    for (let c = 0; c < classes; c += 1) {
      posteriors[offset + c] = total > 0 ? (posteriors[offset + c] as number) / total : 1 / classes;
    }
  }
  return { posteriors, labels, tied };
}

function toVoteResult(coded: CodedAnnotations, votes: CodedVotes): VoteResult {
  const items = itemConsensusList(coded, votes.posteriors, votes.labels).map((consensus, index) => ({
    ...consensus,
    tied: votes.tied[index] === 1,
  }));
  return { classes: coded.classes, items };
}
