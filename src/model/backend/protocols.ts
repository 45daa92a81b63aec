import type { LabelStudioBinding } from '../../label-studio/config.js';
import { answerToResults } from '../../label-studio/results.js';
import type { Project } from '../../projects/store.js';
import { multiChoiceConfidence } from '../multi-choice.js';
import type { ChoiceQuestion } from '../train.js';
import { BackendCallError, type BackendEndpoint, callBackend } from './call.js';
import type { BackendProtocol } from './contracts.js';

/** What a protocol needs to know about the project and question it predicts. */
export interface BackendContext {
  readonly project: Project;
  readonly question: ChoiceQuestion;
  readonly labelConfig: { readonly xml: string; readonly bindings: readonly LabelStudioBinding[] };
  /** The version the backend last reported (sent back to Label Studio backends). */
  readonly modelVersion: string | null;
}

export interface BackendItem {
  readonly id: number;
  readonly data: Record<string, unknown>;
}

/** One prediction as the backend gave it, checked against the question's options. */
export interface BackendPrediction {
  readonly itemId: number;
  readonly answer: string | string[];
  readonly confidence: number | null;
  /** In the question's option order, when the backend gave every option's score. */
  readonly probabilities: number[] | null;
  readonly version: string | null;
}

export interface PredictOutcome {
  readonly predictions: BackendPrediction[];
  /** Items the answer said nothing usable about, with why (the batch keeps the rest). */
  readonly problems: { itemId: number; message: string }[];
}

export type TrainingEvent =
  | { readonly kind: 'start' }
  | {
      readonly kind: 'decision';
      readonly decisionId: number;
      readonly item: BackendItem;
      readonly answer: Record<string, unknown>;
      readonly decidedAt: number;
    };

/** One protocol: how to check, predict and send training events. A registry entry per name. */
export interface BackendProtocolSpeaker {
  check(endpoint: BackendEndpoint, ctx: BackendContext): Promise<{ modelVersion: string | null }>;
  predict(endpoint: BackendEndpoint, ctx: BackendContext, items: readonly BackendItem[]): Promise<PredictOutcome>;
  train(endpoint: BackendEndpoint, ctx: BackendContext, event: TrainingEvent): Promise<void>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const versionOf = (v: unknown): string | null =>
  typeof v === 'string' && v !== '' ? v.slice(0, 200) : typeof v === 'number' ? String(v) : null;
const scoreOf = (v: unknown): number | null => (typeof v === 'number' && v >= 0 && v <= 1 ? v : null);

/** A checked answer for the question, or why it cannot be used. */
function checkedAnswer(question: ChoiceQuestion, choices: unknown): string | string[] | { problem: string } {
  if (!Array.isArray(choices) || !choices.every((c) => typeof c === 'string')) {
    return { problem: 'no choices in the prediction' };
  }
  const unknown = choices.find((c) => !question.options.includes(c));
  if (unknown !== undefined) return { problem: `"${unknown}" is not an option of ${question.name}` };
  if (question.multiple) return [...new Set(choices as string[])];
  if (choices.length !== 1)
    return { problem: `${question.name} takes one choice; the prediction has ${choices.length}` };
  return choices[0] as string;
}

/** Label Studio's project reference: `<id>.<created at, epoch seconds>`, as Label Studio sends it. */
const lsProject = (project: Project) => `${project.id}.${Math.floor(project.createdAt / 1000)}`;
const lsProjectObject = (ctx: BackendContext) => ({
  id: ctx.project.id,
  title: ctx.project.name,
  label_config: ctx.labelConfig.xml,
});

/**
 * Label Studio's ML backend API, so existing backends work unchanged: `GET /health`,
 * `POST /setup {project, schema, model_version}`, `POST /predict {tasks, label_config, project,
 * params}` answered `{results: [{result, score, model_version}]}` (or, from older backends, the
 * list itself) in task order, and `POST /webhook {action: START_TRAINING | ANNOTATION_CREATED, …}`.
 */
export const labelStudioProtocol: BackendProtocolSpeaker = {
  async check(endpoint, ctx) {
    const health = await callBackend(endpoint, 'GET', 'health');
    if (isObject(health) && typeof health.status === 'string' && health.status.toUpperCase() !== 'UP') {
      throw new BackendCallError(`/health says status ${JSON.stringify(health.status)}`);
    }
    const setup = await callBackend(endpoint, 'POST', 'setup', {
      project: lsProject(ctx.project),
      schema: ctx.labelConfig.xml,
      hostname: '',
      access_token: '',
      ...(ctx.modelVersion ? { model_version: ctx.modelVersion } : {}),
    });
    return { modelVersion: isObject(setup) ? versionOf(setup.model_version) : null };
  },

  async predict(endpoint, ctx, items) {
    const body = await callBackend(endpoint, 'POST', 'predict', {
      tasks: items.map((item) => ({ id: item.id, data: item.data })),
      label_config: ctx.labelConfig.xml,
      project: lsProject(ctx.project),
      params: { context: null },
      ...(ctx.modelVersion ? { model_version: ctx.modelVersion } : {}),
    });
    const results = Array.isArray(body) ? body : isObject(body) ? (body.results ?? body.predictions) : undefined;
    if (!Array.isArray(results)) throw new BackendCallError('/predict answered without a results list');
    const topVersion = isObject(body) ? versionOf(body.model_version) : null;
    const fromName = ctx.labelConfig.bindings.find((b) => b.question === ctx.question.name)?.fromName;
    const outcome: PredictOutcome = { predictions: [], problems: [] };
    items.forEach((item, index) => {
      const prediction = results[index];
      const regions = isObject(prediction) && Array.isArray(prediction.result) ? prediction.result : [];
      const region =
        regions.find((r) => isObject(r) && r.from_name === fromName && isObject(r.value)) ??
        regions.find((r) => isObject(r) && isObject(r.value) && Array.isArray(r.value.choices));
      if (!isObject(prediction) || !isObject(region) || !isObject(region.value)) {
        outcome.problems.push({ itemId: item.id, message: `no result for ${ctx.question.name}` });
        return;
      }
      const answer = checkedAnswer(ctx.question, region.value.choices);
      if (typeof answer === 'object' && 'problem' in answer) {
        outcome.problems.push({ itemId: item.id, message: answer.problem });
        return;
      }
      outcome.predictions.push({
        itemId: item.id,
        answer,
        confidence: scoreOf(prediction.score) ?? scoreOf(region.score),
        probabilities: null,
        version: versionOf(prediction.model_version) ?? topVersion,
      });
    });
    return outcome;
  },

  async train(endpoint, ctx, event) {
    if (event.kind === 'start') {
      await callBackend(endpoint, 'POST', 'webhook', { action: 'START_TRAINING', project: lsProjectObject(ctx) });
      return;
    }
    const result = answerToResults(ctx.project.labelSchema, ctx.labelConfig.bindings, event.answer, event.item.data);
    await callBackend(endpoint, 'POST', 'webhook', {
      action: 'ANNOTATION_CREATED',
      project: lsProjectObject(ctx),
      task: { id: event.item.id, data: event.item.data, project: ctx.project.id },
      annotation: {
        id: event.decisionId,
        task: event.item.id,
        project: ctx.project.id,
        result,
        was_cancelled: false,
        ground_truth: false,
        created_at: new Date(event.decidedAt).toISOString(),
      },
    });
  },
};

/**
 * Tandem's simpler JSON variant: `GET /health` → `{status, version?}`; `POST /predict {project,
 * question, options, multiple, items: [{id, data}]}` → `{predictions: [{id, label | scores,
 * confidence?, version?}]}` matched by id; `POST /webhook {event: train | decision, …}`.
 */
export const tandemProtocol: BackendProtocolSpeaker = {
  async check(endpoint) {
    const health = await callBackend(endpoint, 'GET', 'health');
    if (isObject(health) && typeof health.status === 'string' && !['UP', 'OK'].includes(health.status.toUpperCase())) {
      throw new BackendCallError(`/health says status ${JSON.stringify(health.status)}`);
    }
    return { modelVersion: isObject(health) ? (versionOf(health.version) ?? versionOf(health.model_version)) : null };
  },

  async predict(endpoint, ctx, items) {
    const q = ctx.question;
    const body = await callBackend(endpoint, 'POST', 'predict', {
      project: ctx.project.slug,
      question: q.name,
      options: q.options,
      multiple: q.multiple,
      items: items.map((item) => ({ id: item.id, data: item.data })),
    });
    if (!isObject(body) || !Array.isArray(body.predictions)) {
      throw new BackendCallError('/predict answered without a predictions list');
    }
    const topVersion = versionOf(body.version);
    const byId = new Map<number, Record<string, unknown>>();
    for (const p of body.predictions) if (isObject(p) && typeof p.id === 'number') byId.set(p.id, p);
    const outcome: PredictOutcome = { predictions: [], problems: [] };
    for (const item of items) {
      const p = byId.get(item.id);
      if (!p) {
        outcome.problems.push({ itemId: item.id, message: 'no prediction for this item' });
        continue;
      }
      const scores = isObject(p.scores) ? p.scores : null;
      const probabilities = scores ? q.options.map((o) => scoreOf(scores[o]) ?? 0) : null;
      let label = p.label;
      if (label === undefined && probabilities) {
        label = q.multiple
          ? q.options.filter((_, k) => (probabilities[k] ?? 0) > 0.5)
          : q.options[probabilities.indexOf(Math.max(...probabilities))];
      }
      const answer = checkedAnswer(q, typeof label === 'string' ? [label] : label);
      if (typeof answer === 'object' && 'problem' in answer) {
        outcome.problems.push({ itemId: item.id, message: answer.problem });
        continue;
      }
      const derived = probabilities
        ? q.multiple
          ? multiChoiceConfidence(probabilities)
          : Math.max(...probabilities)
        : null;
      outcome.predictions.push({
        itemId: item.id,
        answer,
        confidence: scoreOf(p.confidence) ?? derived,
        probabilities: q.multiple ? null : probabilities,
        version: versionOf(p.version) ?? topVersion,
      });
    }
    return outcome;
  },

  async train(endpoint, ctx, event) {
    const base = { project: ctx.project.slug, question: ctx.question.name };
    if (event.kind === 'start') await callBackend(endpoint, 'POST', 'webhook', { event: 'train', ...base });
    else {
      await callBackend(endpoint, 'POST', 'webhook', {
        event: 'decision',
        ...base,
        item: event.item,
        answer: event.answer[ctx.question.name],
        decidedAt: new Date(event.decidedAt).toISOString(),
      });
    }
  },
};

/** The protocols by name (setting `protocol`): adding one is one entry here. */
export const BACKEND_PROTOCOLS: { readonly [P in BackendProtocol]: BackendProtocolSpeaker } = {
  label_studio: labelStudioProtocol,
  tandem: tandemProtocol,
};
