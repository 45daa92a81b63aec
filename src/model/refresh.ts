import { readJson } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import type { Decision } from '../decisions/store.js';
import type { Project } from '../projects/store.js';
import { policyOf } from '../routing/store.js';
import { createModelCore, type FittedModel } from './core.js';
import { itemText } from './item-text.js';
import { chosenOptions, multiChoiceConfidence } from './multi-choice.js';
import { applyPredictions, type ItemPrediction, selectCandidates } from './predictions.js';
import { diversifyHead } from './ranking.js';

const BATCH = 500;
const core = createModelCore();

export interface RefreshResult {
  readonly refreshed: number;
  readonly rerouted: number;
  readonly decisions: Decision[];
}

/**
 * Writes a new version's predictions onto the project's undecided items that nobody has started
 * (status queued or held, no answer, no claimed slot), BATCH items per transaction, and routes
 * again — with the project's current policy — those whose routing outcome changes with the new
 * confidence (e.g. now above the auto-accept threshold). Items someone holds keep their prediction:
 * the person sees what they claimed. With a ranked ordering (policy `ordering`), the items' fresh
 * slots get their new rank from the full class probabilities in the same transaction.
 * `calibrate` maps the model's confidence to the one routing reads (issue 12 point 3).
 */
export async function refreshPredictions(
  storage: Storage,
  project: Project,
  question: string,
  model: FittedModel,
  version: number,
  options: { now?: () => number; signal?: AbortSignal; calibrate?: (confidence: number) => number } = {},
): Promise<RefreshResult> {
  const clock = options.now ?? Date.now;
  const policy = await policyOf(storage, project);
  let cursor = 0;
  let refreshed = 0;
  let rerouted = 0;
  const decisions: Decision[] = [];
  for (;;) {
    options.signal?.throwIfAborted();
    const rows = await selectCandidates(storage, project.id, { afterId: cursor, limit: BATCH });
    if (rows.length === 0) break;
    cursor = rows[rows.length - 1]?.id ?? cursor;
    const probabilities = core.predict(
      model,
      rows.map((r) => itemText(readJson(r.data))),
    );
    const predictions = new Map<number, ItemPrediction>();
    rows.forEach((row, i) => {
      const p = probabilities[i];
      if (p) predictions.set(row.id, predictionOf(model, p, options.calibrate));
    });
    const batch = await storage.db
      .transaction()
      .execute((trx) => applyPredictions(trx, project, policy, question, rows, predictions, version, clock()));
    refreshed += rows.length;
    rerouted += batch.rerouted;
    decisions.push(...batch.decisions);
    if (rows.length < BATCH) break;
  }
  if (policy.policy.ordering.strategy === 'uncertainty_diversity') await diversifyHead(storage, project.id);
  return { refreshed, rerouted, decisions };
}

/** The built-in model's answer: the most probable class and its probability. */
function predictionOf(
  model: FittedModel,
  p: Float64Array,
  calibrate: ((confidence: number) => number) | undefined,
): ItemPrediction {
  if (model.multi) {
    // Multi-choice: the options above 0.5; confidence = P(the whole set is right) (multi-choice.ts).
    const raw = multiChoiceConfidence(Array.from(p));
    return {
      answer: chosenOptions(model.classes, Array.from(p)),
      confidence: calibrate ? calibrate(raw) : raw,
      rawConfidence: calibrate ? raw : null,
      probabilities: null,
    };
  }
  let best = 0;
  for (let k = 1; k < p.length; k++) if ((p[k] ?? 0) > (p[best] ?? 0)) best = k;
  const raw = p[best] ?? 0;
  return {
    answer: model.classes[best] ?? '',
    confidence: calibrate ? calibrate(raw) : raw,
    rawConfidence: calibrate ? raw : null,
    probabilities: Array.from(p),
  };
}
