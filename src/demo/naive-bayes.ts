/**
 * A small multinomial naive Bayes text classifier: Tandem's built-in baseline model. It trains
 * in milliseconds on a few dozen labelled texts, needs no dependencies, and gives a posterior per
 * label that active learning can rank by. Its probabilities are over-confident on long texts
 * (the independence assumption counts every repeated word as new evidence): treat them as a
 * ranking, not as calibrated odds, and use `maxEvidenceTokens` to keep them away from 0 and 1.
 */

/** One training example. */
export interface LabeledText<Label extends string> {
  readonly text: string;
  readonly label: Label;
}

/** The model's answer for one text. */
export interface NaiveBayesPrediction<Label extends string> {
  /** The most probable label (ties go to the label that sorts first). */
  readonly label: Label;
  /** The posterior probability of `label`, in (0, 1]. */
  readonly confidence: number;
  /** Posterior probability of every known label; they sum to 1. */
  readonly scores: Readonly<Record<Label, number>>;
}

export interface NaiveBayesModel<Label extends string> {
  /** Labels seen in training, sorted. */
  readonly labels: readonly Label[];
  /** Distinct tokens seen in training; tokens outside it are ignored at prediction time. */
  readonly vocabularySize: number;
  predict(text: string): NaiveBayesPrediction<Label>;
}

export interface NaiveBayesOptions {
  /** Additive (Laplace) smoothing pseudo-count per token and label. Default 1. */
  readonly smoothing?: number;
  /**
   * At most this many tokens' worth of evidence per text: when a text has more known tokens, the
   * sum of their log-likelihoods is scaled down to this many. Default Infinity (textbook naive
   * Bayes). Without a cap, any mail of a few hundred words gets a posterior of 0.99999…, which
   * leaves nothing to rank by in uncertainty sampling; 20–50 keeps posteriors informative.
   */
  readonly maxEvidenceTokens?: number;
}

export const MIN_TOKEN_LETTERS = 2;
// Longer "words" are base64 or URL debris, which never recur and only add noise.
export const MAX_TOKEN_LETTERS = 20;

/**
 * Splits text into lower-case words of 2–20 letters (any script); digits and punctuation separate
 * words.
 *
 * @example
 * tokenize("FREE money!!! Click-here"); // ['free', 'money', 'click', 'here']
 */
export function tokenize(text: string): string[] {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.filter((word) => {
    const letters = [...word].length;
    return letters >= MIN_TOKEN_LETTERS && letters <= MAX_TOKEN_LETTERS;
  });
}

/**
 * Trains a multinomial naive Bayes model with Laplace smoothing, computing in log space.
 *
 * @throws RangeError when `examples` is empty or `smoothing` is not positive.
 *
 * @example
 * const model = trainNaiveBayes([
 *   { text: 'win cash now', label: 'spam' },
 *   { text: 'meeting notes attached', label: 'ham' },
 * ]);
 * model.predict('cash prize').label; // 'spam'
 */
export function trainNaiveBayes<Label extends string>(
  examples: readonly LabeledText<Label>[],
  options: NaiveBayesOptions = {},
): NaiveBayesModel<Label> {
  const smoothing = options.smoothing ?? 1;
  const maxEvidenceTokens = options.maxEvidenceTokens ?? Number.POSITIVE_INFINITY;
  if (examples.length === 0) throw new RangeError('trainNaiveBayes needs at least one example');
  if (!(smoothing > 0)) throw new RangeError(`smoothing must be positive, got ${smoothing}`);
  if (!(maxEvidenceTokens > 0)) {
    throw new RangeError(`maxEvidenceTokens must be positive, got ${maxEvidenceTokens}`);
  }

  const labels = [...new Set(examples.map((example) => example.label))].sort();
  const labelIndex = new Map(labels.map((label, index) => [label, index]));
  const documentCounts = labels.map(() => 0);
  const tokenTotals = labels.map(() => 0);
  const tokenCounts = new Map<string, number[]>();

  for (const example of examples) {
    const index = labelIndex.get(example.label) ?? 0;
    documentCounts[index] = (documentCounts[index] ?? 0) + 1;
    for (const token of tokenize(example.text)) {
      const counts = tokenCounts.get(token) ?? labels.map(() => 0);
      counts[index] = (counts[index] ?? 0) + 1;
      tokenCounts.set(token, counts);
      tokenTotals[index] = (tokenTotals[index] ?? 0) + 1;
    }
  }

  const vocabularySize = tokenCounts.size;
  const logPriors = documentCounts.map((count) => Math.log(count / examples.length));
  // P(token | label) = (count + α) / (total tokens of label + α·|V|), stored as logs.
  const logLikelihoods = new Map<string, number[]>();
  for (const [token, counts] of tokenCounts) {
    logLikelihoods.set(
      token,
      counts.map((count, index) =>
        Math.log((count + smoothing) / ((tokenTotals[index] ?? 0) + smoothing * vocabularySize)),
      ),
    );
  }

  return {
    labels,
    vocabularySize,
    predict(text: string): NaiveBayesPrediction<Label> {
      const evidence = labels.map(() => 0);
      let knownTokens = 0;
      for (const token of tokenize(text)) {
        const tokenLogs = logLikelihoods.get(token);
        if (tokenLogs === undefined) continue;
        knownTokens += 1;
        tokenLogs.forEach((logLikelihood, index) => {
          evidence[index] = (evidence[index] ?? 0) + logLikelihood;
        });
      }
      const evidenceScale = Math.min(1, maxEvidenceTokens / Math.max(1, knownTokens));
      const logScores = logPriors.map((logPrior, index) => logPrior + (evidence[index] ?? 0) * evidenceScale);
      return toPrediction(labels, logScores);
    },
  };
}

function toPrediction<Label extends string>(
  labels: readonly Label[],
  logScores: readonly number[],
): NaiveBayesPrediction<Label> {
  const normalizer = logSumExp(logScores);
  const probabilities = logScores.map((logScore) => Math.exp(logScore - normalizer));
  let best = 0;
  probabilities.forEach((probability, index) => {
    if (probability > (probabilities[best] ?? 0)) best = index;
  });
  const scores = Object.fromEntries(labels.map((label, index) => [label, probabilities[index] ?? 0]));
  return {
    label: labels[best] as Label,
    confidence: probabilities[best] ?? 0,
    scores: scores as Record<Label, number>,
  };
}

/** log(Σ exp(x)) without overflow or underflow: long texts have log scores in the thousands. */
export function logSumExp(values: readonly number[]): number {
  const max = Math.max(...values);
  if (!Number.isFinite(max)) return max;
  let sum = 0;
  for (const value of values) sum += Math.exp(value - max);
  return max + Math.log(sum);
}
