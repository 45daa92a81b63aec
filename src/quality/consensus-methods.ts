import type { ConsensusResult } from '../consensus/index.js';
import { readJson } from '../db/dialect.js';
import type { Executor } from '../db/executor.js';
import type { Project } from '../projects/store.js';
import type { Policy } from '../routing/contracts.js';
import { type DawidSkeneResult, dawidSkene, weightedMajorityVote } from './aggregation/index.js';

/** Answers used to fit a project-wide Dawid-Skene model (newest first, capped). */
const FIT_LIMIT = 200_000;
/** A cached fit is reused until the project has this many more answers, or it is this old. */
const REFIT_AFTER_RESPONSES = 200;
const REFIT_AFTER_MS = 60_000;

const fits = new WeakMap<object, Map<string, { fit: DawidSkeneResult; responses: number; at: number }>>();

/** Everyone's counted review answers to one choice question in a project. */
async function choiceAnnotations(db: Executor, projectId: number, question: string) {
  const rows = await db
    .selectFrom('responses')
    .innerJoin('tasks', 'tasks.id', 'responses.task_id')
    .select(['responses.item_id', 'responses.user_id', 'responses.answer'])
    .where('responses.project_id', '=', projectId)
    .where('responses.phase', '=', 'review')
    .where('tasks.state', '=', 'done')
    .orderBy('responses.id', 'desc')
    .limit(FIT_LIMIT)
    .execute();
  return rows.flatMap((row) => {
    const label = readJson<Record<string, unknown>>(row.answer)[question];
    return typeof label === 'string' ? [{ item: Number(row.item_id), annotator: Number(row.user_id), label }] : [];
  });
}

/** Fits (or reuses) Dawid-Skene for one choice question of a project. */
export async function fitDawidSkene(
  db: Executor,
  project: Project,
  question: string,
  options: { fresh?: boolean } = {},
): Promise<DawidSkeneResult | undefined> {
  const q = project.labelSchema.questions.find((x) => x.name === question);
  if (q?.type !== 'single_choice') return undefined;
  let cache = fits.get(db);
  if (!cache) {
    cache = new Map();
    fits.set(db, cache);
  }
  const key = `${project.id}:${question}`;
  const countRow = await db
    .selectFrom('responses')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('project_id', '=', project.id)
    .executeTakeFirst();
  const responses = Number(countRow?.n ?? 0);
  const cached = cache.get(key);
  const now = Date.now();
  if (
    !options.fresh &&
    cached &&
    responses - cached.responses < REFIT_AFTER_RESPONSES &&
    now - cached.at < REFIT_AFTER_MS
  ) {
    return cached.fit;
  }
  const annotations = await choiceAnnotations(db, project.id, question);
  if (annotations.length === 0) return undefined;
  const fit = dawidSkene(annotations, { classes: q.options.map((o) => o.value) });
  cache.set(key, { fit, responses, at: now });
  return fit;
}

/** Gold accuracy per person, smoothed ((correct + 1) / (answered + 2)) so new people weigh 0.5. */
async function goldWeights(db: Executor, projectId: number, userIds: readonly number[]): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('responses')
    .select([
      'user_id',
      (eb) => eb.fn.countAll<number>().as('n'),
      (eb) => eb.fn.sum<number>('gold_correct').as('correct'),
    ])
    .where('project_id', '=', projectId)
    .where('gold_correct', 'is not', null)
    .where('user_id', 'in', [...userIds, 0])
    .groupBy('user_id')
    .execute();
  const weights = new Map(userIds.map((id) => [id, 0.5]));
  for (const row of rows) weights.set(Number(row.user_id), (Number(row.correct ?? 0) + 1) / (Number(row.n) + 2));
  return weights;
}

/**
 * Re-decides the item's choice questions with the project's consensus method. `weighted`: votes
 * weigh each person's gold accuracy; agreement = the winner's share of the weight.
 * `dawid_skene`: the item's label is the most probable class under a project-wide fit of every
 * annotator's confusion matrix; agreement = that class's posterior. Other question types keep
 * their per-type aggregate.
 */
export async function applyConsensusMethod(
  db: Executor,
  project: Project,
  policy: Policy,
  itemId: number,
  responses: readonly { userId: number; answer: Record<string, unknown> }[],
  base: ConsensusResult,
): Promise<ConsensusResult> {
  const method = policy.consensus.method;
  if (method === 'majority') return base;
  const answer = { ...base.answer };
  const perQuestion: Record<string, number> = Object.fromEntries(
    Object.entries(base.questions).map(([name, q]) => [name, q.agreement]),
  );
  for (const question of project.labelSchema.questions) {
    if (question.type !== 'single_choice') continue;
    const votes = responses.flatMap((r) => {
      const label = r.answer[question.name];
      return typeof label === 'string' ? [{ item: itemId, annotator: r.userId, label }] : [];
    });
    if (votes.length === 0) continue;
    const classes = question.options.map((o) => o.value);
    if (method === 'weighted') {
      const weights = await goldWeights(
        db,
        project.id,
        votes.map((v) => v.annotator),
      );
      const result = weightedMajorityVote(votes, weights, { classes });
      const item = result.items[0];
      if (!item) continue;
      answer[question.name] = item.label;
      perQuestion[question.name] = Math.max(...item.posterior);
    } else {
      const fit = await fitDawidSkene(db, project, question.name);
      const posterior = fit ? itemPosterior(fit, votes) : undefined;
      if (!posterior) continue;
      const best = posterior.indexOf(Math.max(...posterior));
      answer[question.name] = classes[best];
      perQuestion[question.name] = posterior[best] as number;
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

/** P(true class | these votes) under a fitted model; people the fit has not seen count as uniform. */
function itemPosterior(
  fit: DawidSkeneResult,
  votes: readonly { annotator: number; label: string }[],
): number[] | undefined {
  const k = fit.classes.length;
  const byAnnotator = new Map(fit.annotators.map((a) => [a.annotator, a.confusion]));
  const log = fit.priors.map((p) => Math.log(Math.max(p, 1e-12)));
  for (const vote of votes) {
    const said = fit.classes.indexOf(vote.label);
    const confusion = byAnnotator.get(vote.annotator);
    if (said < 0 || !confusion) continue;
    for (let truth = 0; truth < k; truth++)
      log[truth] = (log[truth] as number) + Math.log(Math.max(confusion[truth]?.[said] ?? 1 / k, 1e-12));
  }
  const max = Math.max(...log);
  const weights = log.map((l) => Math.exp(l - max));
  const total = weights.reduce((a, b) => a + b, 0);
  return total > 0 ? weights.map((w) => w / total) : undefined;
}
