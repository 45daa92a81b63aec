import { ValidationError } from '../../errors.js';
import { argmaxLowestIndex, type CodedAnnotations } from './annotations.js';
import type { DawidSkeneOptions } from './dawid-skene.js';
import { voteCoded } from './majority.js';

/**
 * Default pseudo-count per confusion cell and class: effectively zero, so the defaults give the
 * maximum-likelihood estimate (crowd-kit clips counts at 1e-10 the same way). A pseudo-count of 1
 * pulls thinly evidenced rows toward uniform and cost 36 points of accuracy on a 20-item project
 * (issue #11); it stays available as the `smoothing` option.
 */
export const DEFAULT_SMOOTHING = 1e-10;
/** Smallest probability taken to the log: keeps log 0 out of the sums. */
const FLOOR = 1e-300;

export interface CodedDawidSkene {
  /** items × classes. */
  readonly posteriors: Float64Array;
  readonly labels: Int32Array;
  /** annotators × classes × classes: index (a·K + k)·K + l = P(says l | true k). */
  readonly confusion: Float64Array;
  readonly priors: Float64Array;
  readonly iterations: number;
  readonly converged: boolean;
  readonly logLikelihood: number;
}

/** Dawid-Skene over coded annotations; the typed-array core of `dawidSkene`. */
export function dawidSkeneCoded(coded: CodedAnnotations, options: DawidSkeneOptions = {}): CodedDawidSkene {
  const maxIterations = options.maxIterations ?? 500;
  const tolerance = options.tolerance ?? 1e-6;
  const smoothing = options.smoothing ?? DEFAULT_SMOOTHING;
  if (!(Number.isInteger(maxIterations) && maxIterations >= 0)) {
    throw new ValidationError([{ path: 'maxIterations', message: 'must be a whole number ≥ 0' }]);
  }
  if (!(tolerance >= 0)) throw new ValidationError([{ path: 'tolerance', message: 'must be ≥ 0' }]);
  if (!(smoothing > 0)) throw new ValidationError([{ path: 'smoothing', message: 'must be > 0' }]);
  if (coded.item.length === 0) throw new ValidationError([{ path: 'annotations', message: 'is empty' }]);

  const K = coded.classes.length;
  const items = coded.itemIds.length;
  const annotators = coded.annotatorIds.length;
  const { starts, annotatorByItem, labelByItem } = groupByItem(coded);
  const posteriors = voteCoded(coded).posteriors;
  // Annotator-major, then given label, then true class: the E-step reads K contiguous numbers
  // per annotation and the M-step adds K contiguous numbers per annotation.
  const counts = new Float64Array(annotators * K * K);
  const logConfusion = new Float64Array(annotators * K * K);
  const priors = new Float64Array(K);
  const logPriors = new Float64Array(K);
  const scores = new Float64Array(K);
  let logLikelihood = Number.NEGATIVE_INFINITY;
  let converged = false;
  let iterations = 0;

  // M-step: priors and confusion matrices from the current posteriors (MAP with the pseudo-count).
  const maximise = () => {
    priors.fill(smoothing);
    for (let item = 0; item < items; item += 1) {
      for (let k = 0; k < K; k += 1) priors[k] = (priors[k] as number) + (posteriors[item * K + k] as number);
    }
    const priorTotal = items + K * smoothing;
    for (let k = 0; k < K; k += 1) {
      priors[k] = (priors[k] as number) / priorTotal;
      logPriors[k] = Math.log(Math.max(priors[k] as number, FLOOR));
    }
    counts.fill(smoothing);
    for (let item = 0; item < items; item += 1) {
      const end = starts[item + 1] as number;
      for (let index = starts[item] as number; index < end; index += 1) {
        const base = ((annotatorByItem[index] as number) * K + (labelByItem[index] as number)) * K;
        for (let k = 0; k < K; k += 1)
          counts[base + k] = (counts[base + k] as number) + (posteriors[item * K + k] as number);
      }
    }
    normaliseConfusion(counts, logConfusion, annotators, K);
  };

  // Same order as crowd-kit: M-step from the majority vote, then n × (E-step, M-step), so the
  // returned confusion matrices and priors always belong to the returned posteriors and
  // `maxIterations: n` reproduces crowd-kit's `DawidSkene(n_iter=n)` step for step.
  maximise();
  while (iterations < maxIterations && !converged) {
    iterations += 1;
    // E-step: posteriors ∝ prior · Π P(label | class), in log space with the max subtracted.
    let nextLogLikelihood = 0;
    for (let item = 0; item < items; item += 1) {
      scores.set(logPriors);
      const end = starts[item + 1] as number;
      for (let index = starts[item] as number; index < end; index += 1) {
        const base = ((annotatorByItem[index] as number) * K + (labelByItem[index] as number)) * K;
        for (let k = 0; k < K; k += 1) scores[k] = (scores[k] as number) + (logConfusion[base + k] as number);
      }
      let max = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < K; k += 1) if ((scores[k] as number) > max) max = scores[k] as number;
      let sum = 0;
      for (let k = 0; k < K; k += 1) {
        const weight = Math.exp((scores[k] as number) - max);
        posteriors[item * K + k] = weight;
        sum += weight;
      }
      for (let k = 0; k < K; k += 1) posteriors[item * K + k] = (posteriors[item * K + k] as number) / sum;
      nextLogLikelihood += max + Math.log(sum);
    }
    maximise();
    converged = Math.abs(nextLogLikelihood - logLikelihood) <= tolerance * Math.abs(nextLogLikelihood);
    logLikelihood = nextLogLikelihood;
  }

  const labels = new Int32Array(items);
  for (let item = 0; item < items; item += 1) labels[item] = argmaxLowestIndex(posteriors, item * K, K);
  return {
    posteriors,
    labels,
    confusion: confusionByTrueClass(logConfusion, annotators, K),
    priors,
    iterations,
    converged,
    logLikelihood,
  };
}

/** Counting sort of the annotations by item, so each E-step walks one item's labels in a row. */
function groupByItem(coded: CodedAnnotations) {
  const items = coded.itemIds.length;
  const starts = new Int32Array(items + 1);
  for (const item of coded.item) starts[item + 1] = (starts[item + 1] as number) + 1;
  for (let item = 0; item < items; item += 1)
    starts[item + 1] = (starts[item + 1] as number) + (starts[item] as number);
  const next = starts.slice(0, items);
  const annotatorByItem = new Int32Array(coded.item.length);
  const labelByItem = new Int32Array(coded.item.length);
  for (let index = 0; index < coded.item.length; index += 1) {
    const item = coded.item[index] as number;
    const slot = next[item] as number;
    next[item] = slot + 1;
    annotatorByItem[slot] = coded.annotator[index] as number;
    labelByItem[slot] = coded.label[index] as number;
  }
  return { starts, annotatorByItem, labelByItem };
}

/** log P(label l | class k) from counts laid out (a·K + l)·K + k: each (a, k) normalised over l. */
function normaliseConfusion(counts: Float64Array, logConfusion: Float64Array, annotators: number, K: number): void {
  for (let a = 0; a < annotators; a += 1) {
    for (let k = 0; k < K; k += 1) {
      let rowTotal = 0;
      for (let l = 0; l < K; l += 1) rowTotal += counts[(a * K + l) * K + k] as number;
      const logTotal = Math.log(rowTotal);
      for (let l = 0; l < K; l += 1) {
        const cell = (a * K + l) * K + k;
        logConfusion[cell] = Math.log(counts[cell] as number) - logTotal;
      }
    }
  }
}

/** Re-lays the fitted matrices as (a·K + k)·K + l (true class first), in probabilities. */
function confusionByTrueClass(logConfusion: Float64Array, annotators: number, K: number): Float64Array {
  const confusion = new Float64Array(annotators * K * K);
  for (let a = 0; a < annotators; a += 1) {
    for (let k = 0; k < K; k += 1) {
      for (let l = 0; l < K; l += 1) {
        confusion[(a * K + k) * K + l] = Math.exp(logConfusion[(a * K + l) * K + k] as number);
      }
    }
  }
  return confusion;
}
