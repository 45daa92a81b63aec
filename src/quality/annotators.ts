import { z } from 'zod';
import { stableStringify } from '../consensus/index.js';
import { readJson } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import type { Project } from '../projects/store.js';
import type { Quality } from '../routing/contracts.js';
import type { AnnotatorModel } from './aggregation/annotator-model.js';
import { choiceQuestions, fitQuestion, readFit } from './fits.js';
import { matchesAnswer } from './gold.js';
import { getStanding, modelAccuracyUpper, modelCanJudge } from './standing.js';
import { clearlyAbove, clearlyBelow, wilsonInterval as wilson } from './trust-rule.js';

/** z of the interval for flags that never pause (rubber-stamp): 95 %. */
const FLAG_ONLY_Z = 1.96;

export const AnnotatorReport = z.object({
  userId: z.number().int(),
  username: z.string(),
  status: z.enum(['active', 'paused']),
  pausedReason: z.string().nullable(),
  responses: z.number().int().describe('Review and adjudication answers (gold excluded)'),
  meanTimeMs: z.number().nullable(),
  medianTimeMs: z.number().nullable(),
  gold: z.object({
    answered: z.number().int(),
    correct: z.number().int(),
    accuracy: z.number().nullable(),
    ci95: z.tuple([z.number(), z.number()]).nullable().describe('Wilson score interval (95 %)'),
  }),
  agreementWithConsensus: z
    .number()
    .nullable()
    .describe('Share of their answers on decided items that match the decision (held answers count)'),
  wrongPrelabels: z.object({
    seen: z
      .number()
      .int()
      .describe(
        'Items shown with a wrong pre-label: gold with a deliberately wrong one, or one the decision overturned',
      ),
    accepted: z.number().int(),
    acceptRate: z.number().nullable(),
  }),
  flags: z.array(
    z.object({
      code: z.enum(['low_gold_accuracy', 'spammer', 'adversary', 'rubber_stamp', 'too_fast']),
      message: z.string(),
    }),
  ),
});
export type AnnotatorReport = z.infer<typeof AnnotatorReport>;

/** Wilson score interval for a proportion (95 % by default): honest with few gold items. */
export function wilsonInterval(successes: number, n: number, z = 1.96): [number, number] | null {
  return wilson(successes, n, z);
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
}

/**
 * How each person is doing in a project: counts and time, gold accuracy with its interval,
 * agreement with consensus, and how often they accept deliberately wrong pre-labels; flags
 * follow the policy's quality settings.
 */
export async function annotatorReports(
  storage: Storage,
  project: Project,
  quality: Quality,
): Promise<AnnotatorReport[]> {
  const rows = await storage.db
    .selectFrom('responses')
    .innerJoin('users', 'users.id', 'responses.user_id')
    .innerJoin('tasks', 'tasks.id', 'responses.task_id')
    .innerJoin('items', 'items.id', 'responses.item_id')
    .select([
      'items.prediction',
      'tasks.claimed_at',
      'tasks.completed_at',
      'responses.user_id',
      'users.username',
      'responses.item_id',
      'responses.phase',
      'responses.answer',
      'responses.time_spent_ms',
      'responses.gold_correct',
      'responses.prelabel_match',
      'responses.prelabel_wrong',
      'tasks.state',
    ])
    .where('responses.project_id', '=', project.id)
    .orderBy('responses.id', 'desc')
    .limit(200_000)
    .execute();
  const decided = new Map<number, Record<string, unknown>>();
  const itemIds = [...new Set(rows.filter((r) => r.phase !== 'gold').map((r) => Number(r.item_id)))];
  for (let start = 0; start < itemIds.length; start += 1_000) {
    const decisions = await storage.db
      .selectFrom('decisions')
      .select(['item_id', 'answer'])
      .where('item_id', 'in', itemIds.slice(start, start + 1_000))
      .where('superseded_by', 'is', null)
      .where('method', '<>', 'auto')
      .execute();
    for (const d of decisions) decided.set(Number(d.item_id), readJson(d.answer));
  }

  const answersByItem = new Map<number, { userId: number; answer: Record<string, unknown> }[]>();
  for (const row of rows) {
    if (row.phase !== 'review') continue;
    const list = answersByItem.get(Number(row.item_id)) ?? [];
    list.push({ userId: Number(row.user_id), answer: readJson(row.answer) });
    answersByItem.set(Number(row.item_id), list);
  }
  const byUser = new Map<number, typeof rows>();
  for (const row of rows) {
    const list = byUser.get(Number(row.user_id)) ?? [];
    list.push(row);
    byUser.set(Number(row.user_id), list);
  }
  // Rubber-stamping never pauses anyone, so its flag uses the same interval at 95 % rather than 99 %.
  const trusted = quality.pauseBelowAccuracy > 0 ? quality.pauseBelowAccuracy : 0.7;
  const models = await currentModels(storage, project);
  const untrusted = await untrustedPeople(storage, project.id, byUser, models, quality.pauseAfterGold, trusted);
  const reports: AnnotatorReport[] = [];
  for (const [userId, list] of byUser) {
    const work = list.filter((r) => r.phase !== 'gold');
    const gold = list.filter((r) => r.gold_correct !== null);
    const correct = gold.filter((r) => r.gold_correct === 1).length;
    // Wrong pre-labels: deliberately wrong ones on gold, and on any decided item one the decision
    // overturned (issue 11 point 2: usable on every item, not only gold).
    const overturned = work.filter((r) => {
      if (r.prelabel_match === null || r.prediction == null) return false;
      const prediction = readJson<Record<string, unknown>>(r.prediction);
      const decision = decided.get(Number(r.item_id));
      const voters = answersByItem.get(Number(r.item_id)) ?? [];
      // A decision an untrusted voter (paused, or flagged by gold or the model) took part in is no
      // evidence against the pre-label: with a random answerer among three, a careful person who
      // agreed with a right pre-label was outvoted often enough to look like a rubber-stamper.
      if (voters.some((o) => o.userId !== userId && untrusted.has(o.userId))) return false;
      if (decision) return !matchesAnswer(prediction, decision);
      // Undecided (e.g. waiting for adjudication): overturned when two other people agree with
      // each other against the pre-label.
      const others = voters.filter((o) => o.userId !== userId);
      const against = others.filter((o) => !matchesAnswer(prediction, o.answer)).map((o) => stableStringify(o.answer));
      return against.some((key, i) => against.indexOf(key) !== i);
    });
    const wrong = [...gold.filter((r) => r.prelabel_wrong === 1), ...overturned];
    const accepted = wrong.filter((r) => r.prelabel_match === 1).length;
    // Time per task as the server saw it (claim to submit); the client's own figure only when the
    // server has none. A client cannot make itself look slower than it was.
    const times = list
      .map((r) =>
        r.claimed_at !== null && r.completed_at !== null
          ? Number(r.completed_at) - Number(r.claimed_at)
          : r.time_spent_ms === null
            ? null
            : Number(r.time_spent_ms),
      )
      .filter((t): t is number => t !== null && t >= 0);
    const onDecided = work.filter((r) => (r.state === 'done' || r.state === 'held') && decided.has(Number(r.item_id)));
    const agreeing = onDecided.filter((r) => {
      const decision = decided.get(Number(r.item_id)) ?? {};
      const answer = readJson<Record<string, unknown>>(r.answer);
      return Object.keys(answer).every((q) => stableStringify(answer[q]) === stableStringify(decision[q] ?? null));
    }).length;
    const ci95 = wilsonInterval(correct, gold.length);
    const acceptRate = wrong.length === 0 ? null : accepted / wrong.length;
    const medianTime = median(times);
    const flags: AnnotatorReport['flags'] = [];
    if (gold.length >= quality.pauseAfterGold && clearlyBelow(correct, gold.length, trusted)) {
      flags.push({
        code: 'low_gold_accuracy',
        message: `gold accuracy ${Math.round((correct / gold.length) * 100)}% over ${gold.length} items (99% CI up to ${Math.round((wilson(correct, gold.length) as [number, number])[1] * 100)}%, below ${Math.round(trusted * 100)}%)`,
      });
    }
    flags.push(...modelFlags(models, userId, trusted));
    if (
      wrong.length >= quality.rubberStamp.minWrongPrelabels &&
      clearlyAbove(accepted, wrong.length, quality.rubberStamp.maxAcceptRate, FLAG_ONLY_Z)
    ) {
      flags.push({
        code: 'rubber_stamp',
        message: `accepted ${accepted} of ${wrong.length} wrong pre-labels (gold, or overturned by the decision)`,
      });
    }
    if (times.length >= 10 && medianTime !== null && medianTime < quality.minSecondsPerTask * 1_000) {
      flags.push({
        code: 'too_fast',
        message: `median ${(medianTime / 1_000).toFixed(1)} s per task, claim to submit`,
      });
    }
    const standing = await getStanding(storage.db, project.id, userId);
    reports.push({
      userId,
      username: list[0]?.username ?? String(userId),
      status: standing.status,
      pausedReason: standing.status === 'paused' ? standing.reason : null,
      responses: work.length,
      meanTimeMs: times.length === 0 ? null : Math.round(times.reduce((a, b) => a + b, 0) / times.length),
      medianTimeMs: medianTime,
      gold: { answered: gold.length, correct, accuracy: gold.length === 0 ? null : correct / gold.length, ci95 },
      agreementWithConsensus: onDecided.length === 0 ? null : agreeing / onDecided.length,
      wrongPrelabels: { seen: wrong.length, accepted, acceptRate },
      flags,
    });
  }
  return reports.sort((a, b) => b.responses + b.gold.answered - (a.responses + a.gold.answered));
}

/** People whose answers are no evidence about others: paused, or clearly below the bar by gold or the model. */
async function untrustedPeople(
  storage: Storage,
  projectId: number,
  byUser: ReadonlyMap<number, readonly { gold_correct: number | null }[]>,
  models: ReadonlyMap<string, AnnotatorModel>,
  pauseAfterGold: number,
  bar: number,
): Promise<Set<number>> {
  const paused = await storage.db
    .selectFrom('annotator_states')
    .select('user_id')
    .where('project_id', '=', projectId)
    .where('status', '=', 'paused')
    .execute();
  const untrusted = new Set(paused.map((r) => Number(r.user_id)));
  for (const [userId, list] of byUser) {
    const gold = list.filter((r) => r.gold_correct !== null);
    const correct = gold.filter((r) => r.gold_correct === 1).length;
    if (gold.length >= pauseAfterGold && clearlyBelow(correct, gold.length, bar)) untrusted.add(userId);
    else if (modelFlags(models, userId, bar).length > 0) untrusted.add(userId);
  }
  return untrusted;
}

/** The stored model of each choice question; fitted now (not stored) where the job has not run yet. */
async function currentModels(storage: Storage, project: Project): Promise<Map<string, AnnotatorModel>> {
  const models = new Map<string, AnnotatorModel>();
  for (const q of choiceQuestions(project)) {
    const model =
      (await readFit(storage.db, project.id, q.name)) ?? (await fitQuestion(storage.db, project.id, q))?.model;
    if (model) models.set(q.name, model);
  }
  return models;
}

/**
 * Flags from the annotator model (no gold needed): by the one interval rule, a balanced accuracy
 * clearly below the bar. Named `adversary` when the person gives one label to ≥ 90 % of items or is
 * clearly worse than chance (inverted), else `spammer` (answers unrelated to the item).
 */
function modelFlags(
  models: ReadonlyMap<string, AnnotatorModel>,
  userId: number,
  bar: number,
): AnnotatorReport['flags'] {
  for (const [question, model] of models) {
    const person = model.annotators[String(userId)];
    if (!person || !modelCanJudge(model, person)) continue;
    const upper = modelAccuracyUpper(model, person);
    if (upper === null || upper >= bar) continue;
    const K = model.classes.length;
    const total = person.seen.reduce((a, b) => a + b, 0);
    const shares = model.classes.map(
      (_, l) => person.seen.reduce((sum, n, k) => sum + n * (person.confusion[k]?.[l] ?? 0), 0) / (total || 1),
    );
    const top = shares.indexOf(Math.max(...shares));
    const why = `"${question}": balanced accuracy under the annotator model at most ${Math.round(upper * 100)}% (99% CI, ${person.answers} answers)`;
    if ((shares[top] as number) >= 0.9) {
      return [
        {
          code: 'adversary',
          message: `${why}; answers "${model.classes[top]}" to ${Math.round((shares[top] as number) * 100)}% of items`,
        },
      ];
    }
    if (upper < 1 / K) return [{ code: 'adversary', message: `${why}; worse than chance (${Math.round(100 / K)}%)` }];
    return [{ code: 'spammer', message: `${why}; answers look unrelated to the item` }];
  }
  return [];
}
