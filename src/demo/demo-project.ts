import { createModelCore, type FittedModel } from '../model/core.js';
import { itemText } from '../model/item-text.js';
import type { Difficulty, Verdict } from './corpus.js';
import { difficultyOfGroup, externalIdOfMail, loadCorpus, verdictOfGroup } from './corpus.js';
import { splitCorpusForDemo } from './demo-sampling.js';
import type { ParsedEmail } from './emails.js';
import { parseEmail } from './emails.js';
import { createSeededRandom } from './random.js';
import type { RiskLevel } from './risk.js';
import { assessEmailRisk } from './risk.js';
import type { DemoProjectDefinition } from './spam-triage-project.js';
import { SPAM_TRIAGE_PROJECT } from './spam-triage-project.js';

/** One demo email, ready to import. Carries no hint of the true label. */
export interface DemoItem {
  readonly externalId: string;
  readonly data: ParsedEmail;
  /** The baseline model's suggestion, shown to annotators as a pre-filled answer. */
  readonly prediction: { readonly verdict: Verdict };
  /** The model's posterior for its suggestion, in [0.5, 0.999], 3 decimals. */
  readonly confidence: number;
  readonly metadata: {
    readonly tags: readonly Difficulty[];
    readonly risk: RiskLevel;
    readonly corpus_group: string;
  };
}

export interface DemoProject {
  readonly project: DemoProjectDefinition;
  readonly items: readonly DemoItem[];
  /** The corpus' own label per externalId, for gold items and measuring accuracy; never shown. */
  readonly truth: ReadonlyMap<string, Verdict>;
  /** externalIds of the mails that trained the baseline model; none of them is in `items`. */
  readonly trainingExternalIds: readonly string[];
}

export interface BuildDemoProjectOptions {
  /** Number of items. Default 400. */
  readonly size?: number;
  /** Seed for sampling; the same seed always yields the same items. Default 7. */
  readonly seed?: number;
}

export const DEFAULT_DEMO_SIZE = 400;
export const DEFAULT_DEMO_SEED = 7;
const core = createModelCore();
const MIN_CONFIDENCE = 0.5;
// Never claim certainty: a 1.0 would hide the item from any "least confident first" ordering.
const MAX_CONFIDENCE = 0.999;

/**
 * Builds Tandem's first-start demo project from the SpamAssassin corpus: a stratified sample of
 * mails, each with a suggestion from the built-in text model (src/model) trained on a small, disjoint set of
 * other mails from the same corpus. Reads the corpus from disk (about 200 ms).
 *
 * @throws RangeError when `size` is not an integer in range.
 *
 * @example
 * const { project, items, truth } = buildDemoProject({ size: 50, seed: 1 });
 */
export function buildDemoProject(options: BuildDemoProjectOptions = {}): DemoProject {
  const size = options.size ?? DEFAULT_DEMO_SIZE;
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const { demoMails, trainingMails } = splitCorpusForDemo(loadCorpus(), size, createSeededRandom(seed));

  // The built-in model (src/model), trained on the first mails as the server would train it on
  // people's decisions; once people label, retraining replaces these suggestions (DEMO_POLICY).
  const model = core.train(
    trainingMails.map((mail) => itemText(parseEmail(mail.text))),
    trainingMails.map((mail) => verdictOfGroup(mail.group)),
    ['ham', 'spam'],
    { seed },
  );

  const truth = new Map<string, Verdict>();
  const items = demoMails.map((mail): DemoItem => {
    const externalId = externalIdOfMail(mail);
    truth.set(externalId, verdictOfGroup(mail.group));
    return buildDemoItem(externalId, mail.group, parseEmail(mail.text), model);
  });

  return {
    project: SPAM_TRIAGE_PROJECT,
    items,
    truth,
    trainingExternalIds: trainingMails.map(externalIdOfMail),
  };
}

function buildDemoItem(externalId: string, group: string, email: ParsedEmail, model: FittedModel): DemoItem {
  const p = core.predict(model, [itemText(email)])[0] ?? new Float64Array(2);
  const best = (p[1] ?? 0) > (p[0] ?? 0) ? 1 : 0;
  return {
    externalId,
    data: email,
    prediction: { verdict: model.classes[best] as Verdict },
    confidence: toDisplayedConfidence(p[best] ?? 0.5),
    metadata: { tags: [difficultyOfGroup(group)], risk: assessEmailRisk(email), corpus_group: group },
  };
}

function toDisplayedConfidence(posterior: number): number {
  const clamped = Math.min(MAX_CONFIDENCE, Math.max(MIN_CONFIDENCE, posterior));
  return Math.round(clamped * 1000) / 1000;
}
