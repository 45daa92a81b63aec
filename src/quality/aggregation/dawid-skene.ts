import {
  type CategoricalAnnotation,
  type EncodeOptions,
  encodeAnnotations,
  type ItemConsensus,
  itemConsensusList,
  type Key,
} from './annotations.js';
import { dawidSkeneCoded } from './dawid-skene-em.js';

export interface DawidSkeneOptions extends EncodeOptions {
  /**
   * EM rounds (E-step then M-step) after the initial M-step from the majority vote; default 500.
   * 0 returns the majority vote's posteriors with the matrices they imply.
   */
  readonly maxIterations?: number;
  /** Converged when the log-likelihood changes by less than tolerance × |log-likelihood|; default 1e-6. */
  readonly tolerance?: number;
  /**
   * Pseudo-count added to every confusion-matrix cell and class count in the M-step. Default
   * 1e-10 (`DEFAULT_SMOOTHING`): the maximum-likelihood estimate, as crowd-kit computes it. Larger
   * values (1 = Laplace) pull thinly evidenced rows toward uniform; how much evidence a decision
   * needs is the consensus guard's job (`src/quality/consensus-methods.ts`), not the fit's.
   */
  readonly smoothing?: number;
}

export interface AnnotatorConfusion {
  readonly annotator: Key;
  readonly annotations: number;
  /** `confusion[k][l]` = P(this annotator says class l | the true class is k); rows sum to 1. */
  readonly confusion: readonly (readonly number[])[];
  /** Estimated chance of a correct label: Σ_k prior_k · confusion[k][k]. */
  readonly accuracy: number;
}

export interface DawidSkeneResult {
  readonly classes: readonly (string | number)[];
  /** Per item: the most probable class (ties → lowest class index) and the posterior over classes. */
  readonly items: readonly ItemConsensus[];
  readonly annotators: readonly AnnotatorConfusion[];
  /** Estimated class priors, in class order. */
  readonly priors: readonly number[];
  readonly iterations: number;
  readonly converged: boolean;
  /** Marginal log-likelihood of the labels under the final parameters. */
  readonly logLikelihood: number;
}

/**
 * Dawid & Skene (1979): estimates each annotator's confusion matrix, the class priors and every
 * item's true-class posterior by EM, starting from the (soft) majority vote. Annotators who are
 * reliably wrong in a consistent way still help; random annotators end up with near-uniform rows
 * and stop swaying items.
 *
 * @example
 * const result = dawidSkene(annotations);
 * result.items[0]; // { item: 'q1', label: 'spam', posterior: [0.02, 0.98] }
 * result.annotators.find((a) => a.annotator === 'bob')?.confusion; // [[0.9, 0.1], [0.3, 0.7]]
 */
export function dawidSkene(
  annotations: readonly CategoricalAnnotation[],
  options: DawidSkeneOptions = {},
): DawidSkeneResult {
  const coded = encodeAnnotations(annotations, options);
  const fit = dawidSkeneCoded(coded, options);
  const classes = coded.classes.length;
  const perAnnotator = new Int32Array(coded.annotatorIds.length);
  for (const annotator of coded.annotator) perAnnotator[annotator] = (perAnnotator[annotator] as number) + 1;
  const annotators = coded.annotatorIds.map((annotator, a) => {
    const confusion = Array.from({ length: classes }, (_, k) =>
      Array.from(fit.confusion.subarray((a * classes + k) * classes, (a * classes + k + 1) * classes)),
    );
    const accuracy = confusion.reduce((sum, row, k) => sum + (fit.priors[k] as number) * (row[k] as number), 0);
    return { annotator, annotations: perAnnotator[a] as number, confusion, accuracy };
  });
  return {
    classes: coded.classes,
    items: itemConsensusList(coded, fit.posteriors, fit.labels),
    annotators,
    priors: Array.from(fit.priors),
    iterations: fit.iterations,
    converged: fit.converged,
    logLikelihood: fit.logLikelihood,
  };
}
