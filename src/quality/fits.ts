import { readJson } from '../db/dialect.js';
import type { Executor } from '../db/executor.js';
import type { Project } from '../projects/store.js';
import type { SingleChoiceQuestion } from '../schemas/index.js';
import { type AnnotatorModel, modelFromFit } from './aggregation/annotator-model.js';
import { type DawidSkeneResult, dawidSkene } from './aggregation/index.js';

/** Answers a fit reads (newest first): bounds the refit job's memory and time. */
const FIT_LIMIT = 200_000;

/** The stored model of one choice question, or undefined before the first refit. One row by key. */
export async function readFit(db: Executor, projectId: number, question: string): Promise<AnnotatorModel | undefined> {
  const row = await db
    .selectFrom('consensus_fits')
    .select('model')
    .where('project_id', '=', projectId)
    .where('question', '=', question)
    .executeTakeFirst();
  return row ? readJson<AnnotatorModel>(row.model) : undefined;
}

export async function writeFit(
  db: Executor,
  projectId: number,
  question: string,
  model: AnnotatorModel,
  answersAtFit: number,
  now: number,
): Promise<void> {
  const values = {
    model: JSON.stringify(model),
    answers_at_fit: answersAtFit,
    converged: model.converged ? 1 : 0,
    fitted_at: now,
  };
  await db
    .insertInto('consensus_fits')
    .values({ project_id: projectId, question, ...values })
    .onConflict((oc) => oc.columns(['project_id', 'question']).doUpdateSet(values))
    .execute();
}

/** Every answer in the project (review, gold, adjudication): what "enough new answers" counts. */
export async function countAnswers(db: Executor, projectId: number): Promise<number> {
  const row = await db
    .selectFrom('responses')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('project_id', '=', projectId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** New answers that make a fit stale: 20, or a tenth of what the last fit saw if that is more. */
export function refitThreshold(answersAtFit: number): number {
  return Math.max(20, Math.floor(answersAtFit / 10));
}

/** True when a choice question has no fit yet or enough answers arrived since the oldest fit. */
export async function isFitStale(db: Executor, project: Project): Promise<boolean> {
  const questions = choiceQuestions(project);
  if (questions.length === 0) return false;
  const rows = await db
    .selectFrom('consensus_fits')
    .select(['question', 'answers_at_fit'])
    .where('project_id', '=', project.id)
    .execute();
  const fitted = new Map(rows.map((r) => [r.question, Number(r.answers_at_fit)]));
  const answers = await countAnswers(db, project.id);
  if (answers === 0) return false;
  return questions.some((q) => {
    const at = fitted.get(q.name);
    return at === undefined || answers - at >= refitThreshold(at);
  });
}

export function choiceQuestions(project: Project): SingleChoiceQuestion[] {
  return project.labelSchema.questions.filter((q): q is SingleChoiceQuestion => q.type === 'single_choice');
}

export interface ChoiceAnswer {
  readonly responseId: number;
  readonly item: number;
  readonly annotator: number;
  readonly label: string;
}

/**
 * Counted and held review answers to one choice question (held: a paused person's answers stay in
 * the model of that person). Labels no longer among the question's options are left out, so a
 * schema edit never breaks a fit (issue 11 point 1).
 */
export async function choiceAnswers(db: Executor, projectId: number, question: SingleChoiceQuestion) {
  const options = new Set(question.options.map((o) => o.value));
  const rows = await db
    .selectFrom('responses')
    .innerJoin('tasks', 'tasks.id', 'responses.task_id')
    .select(['responses.id', 'responses.item_id', 'responses.user_id', 'responses.answer'])
    .where('responses.project_id', '=', projectId)
    .where('responses.phase', '=', 'review')
    .where('tasks.state', 'in', ['done', 'held'])
    .orderBy('responses.id', 'desc')
    .limit(FIT_LIMIT)
    .execute();
  return rows.flatMap((row): ChoiceAnswer[] => {
    const label = readJson<Record<string, unknown>>(row.answer)[question.name];
    return typeof label === 'string' && options.has(label)
      ? [{ responseId: Number(row.id), item: Number(row.item_id), annotator: Number(row.user_id), label }]
      : [];
  });
}

/** Each person's gold tally in the project. */
export async function goldTallies(db: Executor, projectId: number) {
  const rows = await db
    .selectFrom('responses')
    .select([
      'user_id',
      (eb) => eb.fn.countAll<number>().as('n'),
      (eb) => eb.fn.sum<number>('gold_correct').as('correct'),
    ])
    .where('project_id', '=', projectId)
    .where('gold_correct', 'is not', null)
    .groupBy('user_id')
    .execute();
  return new Map(
    rows.map((r) => [String(r.user_id), { answered: Number(r.n), correct: Number(r.correct ?? 0) }] as const),
  );
}

/** Fits Dawid-Skene on a question's answers now (no storage write). */
export async function fitQuestion(
  db: Executor,
  projectId: number,
  question: SingleChoiceQuestion,
): Promise<{ fit: DawidSkeneResult; model: AnnotatorModel; answers: ChoiceAnswer[] } | undefined> {
  const answers = await choiceAnswers(db, projectId, question);
  if (answers.length === 0) return undefined;
  const fit = dawidSkene(answers, { classes: question.options.map((o) => o.value) });
  return { fit, model: modelFromFit(fit, answers, await goldTallies(db, projectId)), answers };
}
