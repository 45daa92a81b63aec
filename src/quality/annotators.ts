import { z } from 'zod';
import { stableStringify } from '../consensus/index.js';
import { readJson } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import type { Project } from '../projects/store.js';
import type { Quality } from '../routing/contracts.js';
import { getStanding } from './standing.js';

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
    ci95: z.tuple([z.number(), z.number()]).nullable().describe('Wilson score interval'),
  }),
  agreementWithConsensus: z
    .number()
    .nullable()
    .describe('Share of their answers on decided items that match the decision'),
  wrongPrelabels: z.object({
    seen: z.number().int().describe('Gold items shown with a deliberately wrong pre-label'),
    accepted: z.number().int(),
    acceptRate: z.number().nullable(),
  }),
  flags: z.array(z.object({ code: z.enum(['low_gold_accuracy', 'rubber_stamp', 'too_fast']), message: z.string() })),
});
export type AnnotatorReport = z.infer<typeof AnnotatorReport>;

/** Wilson score interval for a proportion (95 %): honest with few gold items. */
export function wilsonInterval(successes: number, n: number, z = 1.96): [number, number] | null {
  if (n === 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
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
    .select([
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

  const byUser = new Map<number, typeof rows>();
  for (const row of rows) {
    const list = byUser.get(Number(row.user_id)) ?? [];
    list.push(row);
    byUser.set(Number(row.user_id), list);
  }
  const trusted = quality.pauseBelowAccuracy > 0 ? quality.pauseBelowAccuracy : 0.7;
  const reports: AnnotatorReport[] = [];
  for (const [userId, list] of byUser) {
    const work = list.filter((r) => r.phase !== 'gold');
    const gold = list.filter((r) => r.gold_correct !== null);
    const correct = gold.filter((r) => r.gold_correct === 1).length;
    const wrong = gold.filter((r) => r.prelabel_wrong === 1);
    const accepted = wrong.filter((r) => r.prelabel_match === 1).length;
    const times = list
      .map((r) => r.time_spent_ms)
      .filter((t): t is number => t !== null)
      .map(Number);
    const onDecided = work.filter((r) => r.state === 'done' && decided.has(Number(r.item_id)));
    const agreeing = onDecided.filter((r) => {
      const decision = decided.get(Number(r.item_id)) ?? {};
      const answer = readJson<Record<string, unknown>>(r.answer);
      return Object.keys(answer).every((q) => stableStringify(answer[q]) === stableStringify(decision[q] ?? null));
    }).length;
    const ci95 = wilsonInterval(correct, gold.length);
    const acceptRate = wrong.length === 0 ? null : accepted / wrong.length;
    const medianTime = median(times);
    const flags: AnnotatorReport['flags'] = [];
    if (gold.length >= quality.pauseAfterGold && ci95 && ci95[1] < trusted) {
      flags.push({
        code: 'low_gold_accuracy',
        message: `gold accuracy ${Math.round((correct / gold.length) * 100)}% over ${gold.length} items (95% CI up to ${Math.round(ci95[1] * 100)}%, below ${Math.round(trusted * 100)}%)`,
      });
    }
    if (
      acceptRate !== null &&
      wrong.length >= quality.rubberStamp.minWrongPrelabels &&
      acceptRate > quality.rubberStamp.maxAcceptRate
    ) {
      flags.push({
        code: 'rubber_stamp',
        message: `accepted ${accepted} of ${wrong.length} deliberately wrong pre-labels`,
      });
    }
    if (times.length >= 10 && medianTime !== null && medianTime < quality.minSecondsPerTask * 1_000) {
      flags.push({ code: 'too_fast', message: `median ${(medianTime / 1_000).toFixed(1)} s per task` });
    }
    const standing = await getStanding(storage.db, project.id, userId);
    reports.push({
      userId,
      username: list[0]?.username ?? String(userId),
      status: standing.status,
      pausedReason: standing.reason,
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
