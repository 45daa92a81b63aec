import type { DawidSkeneResult } from './dawid-skene.js';

/**
 * What a stored fit keeps about one choice question (issue 10 point 3): enough to decide an item
 * from its votes alone, weigh people and flag them, without touching the other answers.
 */
export interface AnnotatorModel {
  readonly classes: readonly string[];
  readonly priors: readonly number[];
  readonly converged: boolean;
  readonly iterations: number;
  readonly items: number;
  readonly annotators: Readonly<Record<string, ModelledAnnotator>>;
}

export interface ModelledAnnotator {
  readonly answers: number;
  /** confusion[true][said]. */
  readonly confusion: readonly (readonly number[])[];
  /** Soft count of items of each true class this person answered (Σ posteriors). */
  readonly seen: readonly number[];
  /** Gold answers and how many were right (from the responses, not the fit). */
  readonly gold: { readonly answered: number; readonly correct: number };
}

/**
 * The evidence guard (issue 11 point 1). A vote counts through the model only when the fit
 * converged and the voter has at least this many answers in it; otherwise the item is decided by
 * plain majority (whose low agreement sends splits to a person, as always).
 */
export const MIN_EVIDENCE = 20;
/** Gold answers a person needs before gold, rather than the model, sets their weight. */
export const MIN_GOLD = 5;

export interface ModelVote {
  readonly annotator: string;
  readonly label: string;
}

export type ModelDecision =
  | { readonly kind: 'model'; readonly label: string; readonly posterior: readonly number[]; readonly note?: string }
  | { readonly kind: 'fallback'; readonly reason: string };

/**
 * Builds the stored model from a Dawid-Skene fit, the annotations it was fitted on (for each
 * person's soft per-class counts) and each person's gold tally.
 */
export function modelFromFit(
  fit: DawidSkeneResult,
  annotations: readonly { item: number | string; annotator: number | string }[],
  gold: ReadonlyMap<string, { answered: number; correct: number }>,
): AnnotatorModel {
  const K = fit.classes.length;
  const posteriors = new Map(fit.items.map((item) => [String(item.item), item.posterior]));
  const seen = new Map<string, number[]>();
  for (const a of annotations) {
    const posterior = posteriors.get(String(a.item));
    if (!posterior) continue;
    const row = seen.get(String(a.annotator)) ?? new Array<number>(K).fill(0);
    for (let k = 0; k < K; k += 1) row[k] = (row[k] as number) + (posterior[k] as number);
    seen.set(String(a.annotator), row);
  }
  return {
    classes: fit.classes.map(String),
    priors: [...fit.priors],
    converged: fit.converged,
    iterations: fit.iterations,
    items: fit.items.length,
    annotators: Object.fromEntries(
      fit.annotators.map((a) => [
        String(a.annotator),
        {
          answers: a.annotations,
          confusion: a.confusion.map((row) => [...row]),
          seen: seen.get(String(a.annotator)) ?? new Array<number>(K).fill(0),
          gold: gold.get(String(a.annotator)) ?? { answered: 0, correct: 0 },
        },
      ]),
    ),
  };
}

/** Estimated accuracy Σ_k prior_k · P(says k | k). */
export function modelAccuracy(model: AnnotatorModel, annotator: ModelledAnnotator): number {
  return model.priors.reduce((sum, prior, k) => sum + prior * (annotator.confusion[k]?.[k] ?? 0), 0);
}

/**
 * Decides one item from its votes with a stored model. Falls back (returns the reason) when the fit
 * did not converge or a voter has too little evidence in it. When every voter gave the same label
 * and the votes alone (uniform prior) favour it, the prior cannot turn the label around: the label
 * stays, and only the agreement (its full posterior) may send the item to a person.
 */
export function decideWithModel(
  model: AnnotatorModel,
  votes: readonly ModelVote[],
  minEvidence = MIN_EVIDENCE,
): ModelDecision {
  if (!model.converged) return { kind: 'fallback', reason: 'the fit did not converge' };
  const K = model.classes.length;
  const logLikelihood = new Array<number>(K).fill(0);
  let counted = 0;
  for (const vote of votes) {
    const said = model.classes.indexOf(vote.label);
    if (said < 0) continue; // an option since removed from the schema: no longer a class
    const person = model.annotators[vote.annotator];
    if (!person || person.answers < minEvidence) {
      return { kind: 'fallback', reason: `a voter has fewer than ${minEvidence} answers in the fit` };
    }
    counted += 1;
    for (let k = 0; k < K; k += 1)
      logLikelihood[k] = (logLikelihood[k] as number) + Math.log(Math.max(smoothedRate(person, k, said, K), 1e-12));
  }
  if (counted === 0) return { kind: 'fallback', reason: 'no vote is a current class' };
  // Candidates: the classes people recognise, plus any label most voters gave.
  const recognised = recognisedClasses(model);
  const candidate = (k: number) =>
    recognised.has(k) || votes.filter((v) => v.label === model.classes[k]).length * 2 > votes.length;
  const posterior = normalise(
    logLikelihood.map((l, k) => (candidate(k) ? l + Math.log(Math.max(model.priors[k] ?? 0, 1e-12)) : -Infinity)),
  );
  let best = argmax(posterior);
  let note: string | undefined;
  const labels = new Set(votes.map((v) => v.label));
  if (labels.size === 1) {
    const unanimous = model.classes.indexOf([...labels][0] as string);
    const votesAlone = normalise(logLikelihood);
    if (unanimous >= 0 && best !== unanimous && argmax(votesAlone) === unanimous) {
      best = unanimous;
      note = 'unanimous voters kept over the prior';
    }
  }
  return { kind: 'model', label: model.classes[best] as string, posterior, ...(note ? { note } : {}) };
}

/** A class is recognised when the median P(right | class) of the people with evidence on it reaches this. */
export const RECOGNISED = 0.5;

/**
 * The classes the people in the fit recognise: among those with MIN_EVIDENCE answers who saw the
 * class at least once, the median P(says k | truth k) is at least RECOGNISED. A maximum-likelihood
 * fit with more classes than the data really has (a spam/ham corpus with "phishing" and
 * "newsletter" options) uses the spare classes to explain coincidences — items where two honest
 * people said ham and one said phishing became a "phishing" class of their own, nobody's rate of
 * being right on which is above chance. Such a class may not win a decision against the votes
 * (bench/effort: "ham, ham, phishing" was decided "phishing").
 */
export function recognisedClasses(model: AnnotatorModel): Set<number> {
  const people = Object.values(model.annotators).filter((p) => p.answers >= MIN_EVIDENCE);
  const recognised = new Set<number>();
  model.classes.forEach((_, k) => {
    if (recognisedBy(people, k)) recognised.add(k);
  });
  // Nobody recognises anything (everyone inverted, say): no basis to rule a class out.
  return recognised.size > 0 ? recognised : new Set(model.classes.map((_, k) => k));
}

/** True when `people` recognise class k: among those who saw it, median P(says k | k) ≥ RECOGNISED (or nobody saw it). */
export function recognisedBy(people: readonly ModelledAnnotator[], k: number): boolean {
  const rights = people.filter((p) => (p.seen[k] ?? 0) >= 1).map((p) => p.confusion[k]?.[k] ?? 0);
  return rights.length === 0 || median(rights) >= RECOGNISED;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * P(says `said` | truth k) for deciding, with one pseudo-answer per class on top of the person's
 * soft evidence about class k (`seen[k]`): (confusion·seen + 1) / (seen + K). The fit itself stays
 * the maximum-likelihood estimate (crowd-kit's figures); only the decision asks how much evidence
 * stands behind a rate. Without this, a class nobody really uses (honest people's stray "phishing"
 * in a spam/ham corpus) could be "defined" by one person's few stray answers — P(phishing |
 * phishing) = 1 on 4 items — and that single vote then outvoted two agreeing people (bench/effort:
 * 238 of 600 first decisions re-decided later, 92.7 % right vs 99 % by majority).
 */
export function smoothedRate(person: ModelledAnnotator, k: number, said: number, K: number): number {
  const n = person.seen[k] ?? 0;
  return ((person.confusion[k]?.[said] ?? 0) * n + 1) / (n + K);
}

/**
 * Log-odds weight of a person right with probability p among K classes: log(p(K−1)/(1−p)), the
 * weight under which a weighted vote is the Bayes decision for symmetric errors. Chance (1/K)
 * weighs 0; below chance weighs negative (their choice counts against a class).
 */
export function logOddsWeight(p: number, K: number): number {
  const clipped = Math.min(Math.max(p, 0.01), 0.99);
  return Math.log((clipped * (K - 1)) / (1 - clipped));
}

export interface PersonWeight {
  readonly weight: number;
  readonly source: 'gold' | 'model' | 'none';
}

/**
 * A voter's weight: from gold once they have MIN_GOLD gold answers ((correct+1)/(answered+2)), else
 * from the model's accuracy once they have MIN_EVIDENCE answers in it, else none (the caller gives
 * every uninformed voter the same weight, i.e. a plain vote).
 */
export function personWeight(model: AnnotatorModel | undefined, annotator: string, K: number): PersonWeight {
  const person = model?.annotators[annotator];
  if (person && person.gold.answered >= MIN_GOLD) {
    return { weight: logOddsWeight((person.gold.correct + 1) / (person.gold.answered + 2), K), source: 'gold' };
  }
  if (model?.converged && person && person.answers >= MIN_EVIDENCE) {
    return { weight: logOddsWeight(modelAccuracy(model, person), K), source: 'model' };
  }
  return { weight: 1, source: 'none' };
}

/**
 * Weighted vote with log-odds weights: score_c = Σ weights of the voters who chose c, posterior =
 * softmax(score). With no informed voter every weight is equal and this is a majority vote; the
 * result says so (`informative: false`) so the caller can warn.
 */
export function weightedDecision(
  classes: readonly string[],
  votes: readonly ModelVote[],
  weightOf: (annotator: string) => PersonWeight,
): { label: string; posterior: number[]; informative: boolean } | undefined {
  const scores = new Array<number>(classes.length).fill(0);
  let informative = false;
  let counted = 0;
  for (const vote of votes) {
    const c = classes.indexOf(vote.label);
    if (c < 0) continue;
    const w = weightOf(vote.annotator);
    if (w.source !== 'none') informative = true;
    scores[c] = (scores[c] as number) + w.weight;
    counted += 1;
  }
  if (counted === 0) return undefined;
  const posterior = normalise(scores);
  return { label: classes[argmax(posterior)] as string, posterior, informative };
}

function normalise(logs: readonly number[]): number[] {
  const max = Math.max(...logs);
  const weights = logs.map((l) => Math.exp(l - max));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / total);
}

/** Index of the largest value; ties → the lowest index. */
function argmax(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i += 1) if ((values[i] as number) > (values[best] as number)) best = i;
  return best;
}
