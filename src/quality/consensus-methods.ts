import type { ConsensusResult } from '../consensus/index.js';
import type { Executor } from '../db/executor.js';
import type { Project } from '../projects/store.js';
import type { Policy } from '../routing/contracts.js';
import {
  type AnnotatorModel,
  decideWithModel,
  type ModelVote,
  personWeight,
  weightedDecision,
} from './aggregation/annotator-model.js';
import type { DawidSkeneResult } from './aggregation/index.js';
import { choiceQuestions, fitQuestion, readFit } from './fits.js';

/** Fits Dawid-Skene for one choice question now, from every stored answer (reports, not submits). */
export async function fitDawidSkene(
  db: Executor,
  project: Project,
  question: string,
): Promise<DawidSkeneResult | undefined> {
  const q = choiceQuestions(project).find((x) => x.name === question);
  return q ? (await fitQuestion(db, project.id, q))?.fit : undefined;
}

/** The stored models of the project's choice questions (one primary-key read each). */
export async function storedModels(db: Executor, project: Project): Promise<Map<string, AnnotatorModel>> {
  const models = new Map<string, AnnotatorModel>();
  for (const q of choiceQuestions(project)) {
    const model = await readFit(db, project.id, q.name);
    if (model) models.set(q.name, model);
  }
  return models;
}

/**
 * Re-decides the item's choice questions with the project's consensus method, from the stored
 * models only (issue 10 point 3: no fit inside a submit, so its cost does not grow with the
 * project). `weighted`: log-odds weights from gold or the model; agreement = the winner's posterior.
 * `dawid_skene`: the item's posterior under the stored model; agreement = the winner's posterior.
 * Either falls back to the plain majority `base` when the guard says the model has too little
 * evidence about these voters (see `decideWithModel`). Other question types keep their aggregate.
 */
export async function applyConsensusMethod(
  db: Executor,
  project: Project,
  policy: Policy,
  responses: readonly { userId: number; answer: Record<string, unknown> }[],
  base: ConsensusResult,
): Promise<ConsensusResult> {
  if (policy.consensus.method === 'majority') return base;
  return decideWithModels(project, policy, await storedModels(db, project), responses, base);
}

/** The pure part of `applyConsensusMethod`: the same decision from models already in hand. */
export function decideWithModels(
  project: Project,
  policy: Policy,
  models: ReadonlyMap<string, AnnotatorModel>,
  responses: readonly { userId: number; answer: Record<string, unknown> }[],
  base: ConsensusResult,
): ConsensusResult {
  const method = policy.consensus.method;
  if (method === 'majority') return base;
  const answer = { ...base.answer };
  const perQuestion: Record<string, number> = Object.fromEntries(
    Object.entries(base.questions).map(([name, q]) => [name, q.agreement]),
  );
  for (const question of choiceQuestions(project)) {
    const votes: ModelVote[] = responses.flatMap((r) => {
      const label = r.answer[question.name];
      return typeof label === 'string' ? [{ annotator: String(r.userId), label }] : [];
    });
    if (votes.length === 0) continue;
    const model = models.get(question.name);
    const classes = question.options.map((o) => o.value);
    if (method === 'weighted') {
      const result = weightedDecision(classes, votes, (a) => personWeight(model, a, classes.length));
      // No informed voter: every weight is equal, which is the majority vote already in `base`.
      if (!result?.informative) continue;
      answer[question.name] = result.label;
      perQuestion[question.name] = Math.max(...result.posterior);
    } else {
      if (!model) continue;
      const decision = decideWithModel(model, votes);
      if (decision.kind === 'fallback') continue;
      answer[question.name] = decision.label;
      perQuestion[question.name] = decision.posterior[model.classes.indexOf(decision.label)] as number;
    }
  }
  const values = Object.values(perQuestion);
  return {
    answer,
    agreement: values.length === 0 ? 1 : values.reduce((a, b) => a + b, 0) / values.length,
    questions: Object.fromEntries(
      Object.entries(base.questions).map(([name, q]) => [name, { ...q, agreement: perQuestion[name] ?? q.agreement }]),
    ),
  };
}
