import { recordAudit } from '../audit/record.js';
import type { Storage } from '../db/storage.js';
import { ValidationError } from '../errors.js';
import type { Project } from '../projects/store.js';
import { policyOf } from '../routing/store.js';
import { applyIsotonic, fitIsotonic, type Judged } from './calibration.js';
import { createModelCore, type FittedModel } from './core.js';
import { chosenOptions, multiChoiceConfidence, sameSet } from './multi-choice.js';
import { type RefreshResult, refreshPredictions } from './refresh.js';
import { serializeModel } from './serialize.js';
import { insertModelVersion, type ModelVersion, updateModelMetrics } from './store.js';
import { trainInWorker } from './train-worker.js';
import { isHeldOut, type LabelledText, selectHumanLabels } from './training-set.js';

const core = createModelCore();

/** A choice question a model predicts: its options, and whether several may be chosen. */
export interface ChoiceQuestion {
  readonly name: string;
  readonly options: string[];
  readonly multiple: boolean;
}

/** The questions a model can learn and predict: single- and multi-choice ones. */
export function trainableQuestions(project: Project): ChoiceQuestion[] {
  return project.labelSchema.questions.flatMap((q) =>
    q.type === 'single_choice' || q.type === 'multi_choice'
      ? [{ name: q.name, options: q.options.map((o) => o.value), multiple: q.type === 'multi_choice' }]
      : [],
  );
}

/** The question to train: the named one, else the project's first choice question. */
export function resolveQuestion(project: Project, name?: string, path = 'question'): ChoiceQuestion {
  const questions = trainableQuestions(project);
  const question = name === undefined ? questions[0] : questions.find((q) => q.name === name);
  if (!question) {
    const message =
      name === undefined
        ? 'models learn single- and multi-choice questions; this project has none'
        : `no single- or multi-choice question ${JSON.stringify(name)} in this project`;
    throw new ValidationError([{ path, message }]);
  }
  return question;
}

export interface TrainingOutcome {
  readonly model: ModelVersion;
  readonly refresh: RefreshResult;
}

/** Thrown when there is nothing to learn from yet; the job fails without retrying. */
export class NotEnoughLabelsError extends Error {
  override readonly name = 'NotEnoughLabelsError';
}

/**
 * Trains the next version of a project's model for one question from human decisions, in a worker
 * thread; measures it on the held-out slice; stores it (with its `model.trained` audit record);
 * then refreshes the predictions of undecided, unstarted items and re-routes those whose outcome
 * changes (src/model/refresh.ts).
 */
export async function trainProjectModel(
  storage: Storage,
  project: Project,
  questionName: string | undefined,
  options: { signal?: AbortSignal; now?: () => number; seed?: number } = {},
): Promise<TrainingOutcome> {
  const clock = options.now ?? Date.now;
  const question = resolveQuestion(project, questionName);
  const labels = await selectHumanLabels(storage.db, project.id, question.name);
  const distinct = new Set(labels.map((l) => (typeof l.label === 'string' ? l.label : [...l.label].sort().join('\n'))));
  if (distinct.size < 2) {
    throw new NotEnoughLabelsError(
      `Training needs human decisions with at least two different answers to ${JSON.stringify(question.name)}; there are ${labels.length} decisions`,
    );
  }
  const heldOut = labels.filter((l) => isHeldOut(l.itemId, labels.length));
  const training = labels.filter((l) => !isHeldOut(l.itemId, labels.length));
  const started = performance.now();
  const model = await trainInWorker(
    {
      texts: training.map((l) => l.text),
      labels: training.map((l) => l.label),
      classes: question.options,
      seed: options.seed ?? 1,
      multi: question.multiple,
    },
    options.signal,
  );
  const trainMs = Math.round(performance.now() - started);
  const judged = judgeHeldOut(model, heldOut);
  const heldOutAccuracy = judged.length > 0 ? judged.filter((j) => j.correct).length / judged.length : null;
  const metrics = { heldOutAccuracy, heldOut: heldOut.length, trainedOn: training.length, trainMs };
  // Issue 12 point 3: recalibrate from this version's held-out human decisions (unseen in training).
  const { policy } = await policyOf(storage, project);
  const calibration =
    policy.model?.calibrate === 'isotonic' && judged.length >= MIN_CALIBRATION_LABELS ? fitIsotonic(judged) : null;
  const stored = await storage.db.transaction().execute(async (trx) => {
    const now = clock();
    const version = await insertModelVersion(
      trx,
      {
        projectId: project.id,
        question: question.name,
        labelsUsed: labels.length,
        metrics,
        weights: serializeModel(model),
        calibration,
      },
      now,
    );
    await recordAudit(
      trx,
      {
        actorId: null,
        action: 'model.trained',
        projectId: project.id,
        target: `model:${question.name}:${version.version}`,
        details: {
          question: question.name,
          version: version.version,
          labelsUsed: labels.length,
          ...metrics,
          recalibrated: calibration !== null,
        },
      },
      now,
    );
    return version;
  });
  const refresh = await refreshPredictions(storage, project, question.name, model, stored.version, {
    ...options,
    ...(calibration ? { calibrate: (c: number) => applyIsotonic(calibration, c) } : {}),
  });
  const finalMetrics = { ...metrics, refreshed: refresh.refreshed, rerouted: refresh.rerouted };
  await updateModelMetrics(storage.db, stored, finalMetrics);
  return { model: { ...stored, metrics: finalMetrics }, refresh };
}

/** Held-out human labels fewer than this fit no recalibration map (it would be noise). */
export const MIN_CALIBRATION_LABELS = 20;

/** This version's confidence on each held-out label and whether its answer matched the person's. */
function judgeHeldOut(model: FittedModel, labelled: readonly LabelledText[]): Judged[] {
  const probabilities = core.predict(
    model,
    labelled.map((l) => l.text),
  );
  return labelled.flatMap((l, i) => {
    const p = probabilities[i];
    if (!p) return [];
    if (typeof l.label !== 'string') {
      const chosen = chosenOptions(model.classes, Array.from(p));
      return [{ confidence: multiChoiceConfidence(Array.from(p)), correct: sameSet(chosen, l.label) }];
    }
    let best = 0;
    for (let k = 1; k < p.length; k++) if ((p[k] ?? 0) > (p[best] ?? 0)) best = k;
    return [{ confidence: p[best] ?? 0, correct: model.classes[best] === l.label }];
  });
}
