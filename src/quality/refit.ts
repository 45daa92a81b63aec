import { recordAudit } from '../audit/record.js';
import { aggregateResponses } from '../consensus/index.js';
import { readJson } from '../db/dialect.js';
import type { Executor } from '../db/executor.js';
import type { Storage } from '../db/storage.js';
import { recordDecision } from '../decisions/resolve.js';
import { defineJob } from '../jobs/registry.js';
import { enqueueJob } from '../jobs/store.js';
import { getProject } from '../projects/service.js';
import type { Project } from '../projects/store.js';
import { policyOf } from '../routing/store.js';
import type { AnnotatorModel } from './aggregation/annotator-model.js';
import { decideWithModels } from './consensus-methods.js';
import { choiceQuestions, countAnswers, fitQuestion, isFitStale, writeFit } from './fits.js';
import { pauseByModel } from './standing.js';

declare module '../jobs/registry.js' {
  interface JobPayloads {
    'consensus.refit': { projectId: number };
  }
}

export interface RefitSummary {
  readonly questions: readonly string[];
  readonly redecided: number;
  readonly paused: readonly number[];
}

/**
 * Asks for a refit of the project's annotator models: one queued job per project at most (dedupe),
 * so a submit pays one conditional insert, whatever the project's size. The job itself decides
 * whether enough new answers arrived (`isFitStale`).
 */
export async function requestRefit(db: Executor, project: Project, now: number): Promise<void> {
  if (choiceQuestions(project).length === 0) return;
  await enqueueJob(
    db,
    {
      type: 'consensus.refit',
      payload: { projectId: project.id },
      key: `consensus.refit:${project.id}`,
      dedupe: String(project.id),
      projectId: project.id,
    },
    now,
  );
}

/**
 * Refits every choice question of a project from all its stored answers, stores the models, pauses
 * people the model shows to be below the policy's bar (the same interval rule as gold), and —
 * unless `consensus.redecide` is off — re-decides consensus decisions whose label the new model
 * changes (issue 11 point 6). The fit runs outside any transaction; the writes commit together,
 * inside `inTransaction` (the job passes one that also completes the job, exactly once).
 */
export async function refitConsensus(
  storage: Storage,
  projectId: number,
  options: { now?: number; inTransaction?: (trx: Executor) => Promise<void> } = {},
): Promise<RefitSummary> {
  const now = options.now ?? Date.now();
  const project = await getProject(storage, String(projectId));
  const policy = await policyOf(storage, project);
  const answersAtFit = await countAnswers(storage.db, project.id);
  const fitted: { name: string; model: AnnotatorModel }[] = [];
  for (const question of choiceQuestions(project)) {
    const result = await fitQuestion(storage.db, project.id, question);
    if (result) fitted.push({ name: question.name, model: result.model });
  }
  const models = new Map(fitted.map((f) => [f.name, f.model]));
  const redecisions =
    policy.policy.consensus.redecide && policy.policy.consensus.method !== 'majority' && models.size > 0
      ? await plannedRedecisions(storage.db, project, policy.policy, models)
      : [];
  return storage.db.transaction().execute(async (trx) => {
    for (const f of fitted) await writeFit(trx, project.id, f.name, f.model, answersAtFit, now);
    const paused = await pauseByModel(trx, project.id, models, policy.policy.quality, now);
    let redecided = 0;
    for (const r of redecisions) {
      // Skip a decision superseded (overridden, adjudicated) since the plan was read.
      const current = await trx
        .selectFrom('decisions')
        .select('id')
        .where('id', '=', r.decisionId)
        .where('superseded_by', 'is', null)
        .executeTakeFirst();
      if (!current) continue;
      await recordDecision(
        trx,
        {
          itemId: r.itemId,
          projectId: project.id,
          answer: r.answer,
          method: 'consensus',
          agreement: r.agreement,
          responseIds: r.responseIds,
          policyVersion: policy.version,
          decidedBy: null,
          reason: r.reason,
        },
        r.externalId,
        now,
      );
      await recordAudit(
        trx,
        {
          actorId: null,
          action: 'decision.redecided',
          projectId: project.id,
          target: `item:${r.itemId}`,
          details: { replaces: r.decisionId, reason: r.reason },
        },
        now,
      );
      redecided += 1;
    }
    if (redecided > 0) {
      for (const f of fitted) {
        await trx
          .updateTable('consensus_fits')
          .set((eb) => ({ redecided: eb('redecided', '+', redecided) }))
          .where('project_id', '=', project.id)
          .where('question', '=', f.name)
          .execute();
        break; // counted once per project, on its first choice question
      }
    }
    await options.inTransaction?.(trx);
    return { questions: fitted.map((f) => f.name), redecided, paused };
  });
}

interface Redecision {
  readonly decisionId: number;
  readonly itemId: number;
  readonly externalId: string | null;
  readonly answer: Record<string, unknown>;
  readonly agreement: number;
  readonly responseIds: readonly number[];
  readonly reason: string;
}

/**
 * Current `consensus` decisions (never adjudicated, overridden, auto or timed-out ones) whose
 * choice labels the new models change, with an agreement that still clears the threshold. A change
 * that would now need a person is left alone: a decision is not reopened by a refit.
 */
async function plannedRedecisions(
  db: Executor,
  project: Project,
  policy: Parameters<typeof decideWithModels>[1],
  models: ReadonlyMap<string, AnnotatorModel>,
): Promise<Redecision[]> {
  const decisions = await db
    .selectFrom('decisions')
    .innerJoin('items', 'items.id', 'decisions.item_id')
    .select(['decisions.id', 'decisions.item_id', 'decisions.answer', 'decisions.response_ids', 'items.external_id'])
    .where('decisions.project_id', '=', project.id)
    .where('decisions.superseded_by', 'is', null)
    .where('decisions.method', '=', 'consensus')
    .execute();
  if (decisions.length === 0) return [];
  const responses = new Map<number, { userId: number; answer: Record<string, unknown> }>();
  const ids = decisions.flatMap((d) => readJson<number[]>(d.response_ids));
  for (let start = 0; start < ids.length; start += 1_000) {
    const rows = await db
      .selectFrom('responses')
      .select(['id', 'user_id', 'answer'])
      .where('id', 'in', ids.slice(start, start + 1_000))
      .execute();
    for (const row of rows)
      responses.set(Number(row.id), { userId: Number(row.user_id), answer: readJson(row.answer) });
  }
  const planned: Redecision[] = [];
  for (const d of decisions) {
    const responseIds = readJson<number[]>(d.response_ids);
    const votes = responseIds.flatMap((id) => responses.get(id) ?? []);
    if (votes.length === 0) continue;
    const old = readJson<Record<string, unknown>>(d.answer);
    const base = aggregateResponses(project.labelSchema, votes, { ratingAggregate: policy.consensus.ratingAggregate });
    const next = decideWithModels(project, policy, models, votes, base);
    const changed = choiceQuestions(project).filter(
      (q) => next.answer[q.name] !== undefined && next.answer[q.name] !== old[q.name],
    );
    if (changed.length === 0 || next.agreement + 1e-9 < policy.consensus.threshold) continue;
    const answer = { ...old };
    for (const q of changed) answer[q.name] = next.answer[q.name];
    planned.push({
      decisionId: Number(d.id),
      itemId: Number(d.item_id),
      externalId: d.external_id,
      answer,
      agreement: next.agreement,
      responseIds,
      reason: `re-decided after a refit: ${changed
        .map((q) => `${q.name} ${JSON.stringify(old[q.name])} → ${JSON.stringify(next.answer[q.name])}`)
        .join(', ')}`,
    });
  }
  return planned;
}

/** The `consensus.refit` job: refits when enough new answers arrived, else just completes. */
export const refitJob = defineJob({
  type: 'consensus.refit',
  run: async ({ storage, payload, completeIn }) => {
    const project = await getProject(storage, String(payload.projectId)).catch(() => undefined);
    const stale = project ? await isFitStale(storage.db, project) : false;
    const complete = async (trx: Executor) => {
      if (!(await completeIn(trx))) throw new Error('the refit job lost its lease');
    };
    if (!stale) {
      await storage.db.transaction().execute(complete);
      return;
    }
    await refitConsensus(storage, payload.projectId, { inTransaction: complete });
  },
  maxAttempts: 3,
});
