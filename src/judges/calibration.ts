import { z } from 'zod';
import { readJson } from '../db/dialect.js';
import type { Executor } from '../db/executor.js';
import type { Storage } from '../db/storage.js';
import { NotFoundError, ValidationError } from '../errors.js';
import { queryDecimal, queryInt } from '../input/ids.js';
import type { Project } from '../projects/store.js';
import { cohenKappa, cohenKappaFromTable } from '../quality/metrics/cohen.js';
import { type StoredJudge, selectJudge } from './store.js';
import { type JudgeThresholds, selectJudgeThresholds } from './thresholds.js';

/**
 * Judge calibration (issue 13 point 3): per judge version, its verdicts against people's
 * decisions on the same items — Cohen's κ, accuracy, precision / recall / F1 of "fail", the
 * confusion matrix, κ per question the judge answers, and the same over time (per day or week of
 * the human decision). A version is `calibrated` while it has at least `minPairs` pairs and
 * κ ≥ `minKappa` (the project's thresholds unless the query overrides them); below, it is flagged.
 */

const HUMAN_METHODS = ['consensus', 'adjudicated', 'override'] as const;

export const CalibrationQuery = z
  .object({
    question: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .describe("Human question that says pass/fail (default: the judge's compareWith, or the llm judge's own)"),
    passValues: z
      .string()
      .max(2_000)
      .optional()
      .describe("Comma-separated answers that mean pass (default: the judge's compareWith, or the llm judge's own)"),
    minKappa: queryDecimal(0, 1).optional().describe("Default: the project's judge thresholds"),
    minPairs: queryInt(1, 1_000_000).optional().describe("Default: the project's judge thresholds"),
    bucket: z.enum(['day', 'week']).default('week').describe('Time buckets of overTime (by the human decision)'),
  })
  .strict();
export type CalibrationQuery = z.infer<typeof CalibrationQuery>;

const Agreement = {
  pairs: z.number().int().describe('Items with both a verdict of this version and a human decision'),
  kappa: z.number().nullable().describe("Cohen's κ of pass/fail; null when undefined (one category only)"),
  accuracy: z.number().nullable(),
};

const VersionCalibration = z.object({
  version: z.number().int(),
  ...Agreement,
  fail: z.object({ precision: z.number().nullable(), recall: z.number().nullable(), f1: z.number().nullable() }),
  confusion: z
    .object({
      judgePassHumanPass: z.number().int(),
      judgePassHumanFail: z.number().int(),
      judgeFailHumanPass: z.number().int(),
      judgeFailHumanFail: z.number().int(),
    })
    .describe('Counts of (judge verdict, human verdict)'),
  perQuestion: z.record(z.string(), z.object({ pairs: z.number().int(), kappa: z.number().nullable() })),
  overTime: z
    .array(z.object({ start: z.string().describe('First day of the bucket (UTC)'), ...Agreement }))
    .describe('Oldest first'),
  calibrated: z.boolean(),
  flag: z.string().nullable().describe('Why the version is not calibrated'),
});
export const CalibrationResponse = z.object({
  judge: z.string(),
  question: z.string(),
  passValues: z.array(z.string()),
  minKappa: z.number(),
  minPairs: z.number().int(),
  bucket: z.enum(['day', 'week']),
  version: z.number().int().describe("The judge's current version"),
  versions: z.array(VersionCalibration).describe('Newest first'),
  calibrated: z.boolean().describe('The current version is calibrated'),
  trusted: z
    .boolean()
    .describe('Trust was asked for (`trusted` on the judge) and the current version is calibrated: it may auto-decide'),
});
export type CalibrationResponse = z.infer<typeof CalibrationResponse>;
type VersionCalibration = z.infer<typeof VersionCalibration>;

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
const DAY_MS = 86_400_000;

/** The first day of the UTC day or ISO week (Monday) holding `ms`. */
function bucketStart(ms: number, bucket: 'day' | 'week'): string {
  const day = Math.floor(ms / DAY_MS);
  // 1970-01-01 was a Thursday: day + 3 counts from a Monday.
  const first = bucket === 'day' ? day : day - ((((day + 3) % 7) + 7) % 7);
  return new Date(first * DAY_MS).toISOString().slice(0, 10);
}

interface Pair {
  readonly judgePass: boolean;
  readonly humanPass: boolean;
}

function agreement(pairs: readonly Pair[]) {
  const c = { judgePassHumanPass: 0, judgePassHumanFail: 0, judgeFailHumanPass: 0, judgeFailHumanFail: 0 };
  for (const { judgePass, humanPass } of pairs) {
    if (judgePass && humanPass) c.judgePassHumanPass += 1;
    else if (judgePass) c.judgePassHumanFail += 1;
    else if (humanPass) c.judgeFailHumanPass += 1;
    else c.judgeFailHumanFail += 1;
  }
  // Rows: judge fail, judge pass; columns: human fail, human pass.
  const table = [
    [c.judgeFailHumanFail, c.judgeFailHumanPass],
    [c.judgePassHumanFail, c.judgePassHumanPass],
  ];
  const k = pairs.length === 0 ? Number.NaN : cohenKappaFromTable(table).kappa;
  return {
    confusion: c,
    pairs: pairs.length,
    kappa: Number.isFinite(k) ? k : null,
    accuracy: ratio(c.judgePassHumanPass + c.judgeFailHumanFail, pairs.length),
  };
}

export interface CalibrationSettings extends JudgeThresholds {
  readonly question: string;
  readonly passValues: readonly string[];
  readonly bucket: 'day' | 'week';
}

/**
 * Where the judge's pass/fail is read on the human side: the query's, else the judge's
 * `compareWith`, else an llm judge's own pass question; undefined when none is known.
 */
export function compareTarget(
  judge: StoredJudge,
  query: { question?: string | undefined; passValues?: string | undefined } = {},
): { question: string; passValues: string[] } | undefined {
  const own =
    judge.config.kind === 'llm'
      ? { question: judge.config.pass.question, values: judge.config.pass.values }
      : undefined;
  const question = query.question ?? judge.compareWith?.question ?? own?.question;
  const passValues = query.passValues?.split(',').map((v) => v.trim()) ?? judge.compareWith?.passValues ?? own?.values;
  return question && passValues ? { question, passValues: [...passValues] } : undefined;
}

/** Every version's calibration, newest first (the numbers behind the API and the cached flag). */
export async function calibrateVersions(
  db: Executor,
  judge: StoredJudge,
  settings: CalibrationSettings,
): Promise<VersionCalibration[]> {
  const rows = await db
    .selectFrom('judge_runs')
    .innerJoin('decisions', 'decisions.item_id', 'judge_runs.item_id')
    .select([
      'judge_runs.judge_version',
      'judge_runs.pass',
      'judge_runs.answers',
      'decisions.answer',
      'decisions.created_at as decided_at',
    ])
    .where('judge_runs.judge_id', '=', judge.id)
    .where('judge_runs.state', '=', 'done')
    .where('decisions.superseded_by', 'is', null)
    .where('decisions.method', 'in', [...HUMAN_METHODS])
    .orderBy('decisions.created_at')
    .orderBy('judge_runs.id')
    .execute();
  const byVersion = new Map<number, typeof rows>();
  for (const row of rows) {
    const version = Number(row.judge_version);
    byVersion.set(version, [...(byVersion.get(version) ?? []), row]);
  }
  const { question, passValues } = settings;
  return [...byVersion.entries()]
    .sort(([a], [b]) => b - a)
    .map(([version, versionRows]) => {
      const pairs: (Pair & { at: number })[] = [];
      const perQuestionValues = new Map<string, { judge: string[]; human: string[] }>();
      for (const row of versionRows) {
        const human = readJson<Record<string, unknown>>(row.answer) ?? {};
        const given = human[question];
        if (given === undefined || given === null) continue;
        const humanPass = Array.isArray(given)
          ? given.some((v) => passValues.includes(String(v)))
          : passValues.includes(String(given));
        pairs.push({ judgePass: Number(row.pass) === 1, humanPass, at: Number(row.decided_at) });
        const answers = row.answers === null ? {} : (readJson<Record<string, unknown>>(row.answers) ?? {});
        for (const [key, value] of Object.entries(answers)) {
          const theirs = human[key];
          if (typeof value !== 'string' || typeof theirs !== 'string') continue;
          const entry = perQuestionValues.get(key) ?? { judge: [], human: [] };
          entry.judge.push(value);
          entry.human.push(theirs);
          perQuestionValues.set(key, entry);
        }
      }
      const all = agreement(pairs);
      const c = all.confusion;
      const precision = ratio(c.judgeFailHumanFail, c.judgeFailHumanFail + c.judgeFailHumanPass);
      const recall = ratio(c.judgeFailHumanFail, c.judgeFailHumanFail + c.judgePassHumanFail);
      const f1 =
        precision === null || recall === null || precision + recall === 0
          ? null
          : (2 * precision * recall) / (precision + recall);
      const perQuestion = Object.fromEntries(
        [...perQuestionValues.entries()].map(([key, values]) => {
          const result = cohenKappa(values.judge, values.human);
          return [key, { pairs: result.pairs, kappa: Number.isFinite(result.kappa) ? result.kappa : null }];
        }),
      );
      const buckets = new Map<string, Pair[]>();
      for (const pair of pairs) {
        const start = bucketStart(pair.at, settings.bucket);
        buckets.set(start, [...(buckets.get(start) ?? []), pair]);
      }
      const overTime = [...buckets.entries()].map(([start, inBucket]) => {
        const { pairs: n, kappa, accuracy } = agreement(inBucket);
        return { start, pairs: n, kappa, accuracy };
      });
      let flag: string | null = null;
      if (all.pairs < settings.minPairs) {
        flag = `only ${all.pairs} items with a human decision; needs ${settings.minPairs}`;
      } else if (all.kappa === null || all.kappa < settings.minKappa) {
        flag = `κ ${all.kappa === null ? 'undefined' : all.kappa.toFixed(2)} is below ${settings.minKappa}`;
      }
      return {
        version,
        pairs: all.pairs,
        kappa: all.kappa,
        accuracy: all.accuracy,
        fail: { precision, recall, f1 },
        confusion: c,
        perQuestion,
        overTime,
        calibrated: flag === null,
        flag,
      };
    });
}

export async function judgeCalibration(
  storage: Storage,
  project: Project,
  name: string,
  query: CalibrationQuery,
): Promise<CalibrationResponse> {
  const judge = await selectJudge(storage.db, project.id, name);
  if (!judge) throw new NotFoundError('JUDGE_NOT_FOUND', `Project "${project.slug}" has no judge "${name}"`);
  const target = compareTarget(judge, query);
  if (!target) {
    throw new ValidationError([
      {
        path: 'question',
        message: `a ${judge.config.kind} judge needs question and passValues (or its compareWith) to compare with people`,
      },
    ]);
  }
  if (!project.labelSchema.questions.some((q) => q.name === target.question)) {
    throw new ValidationError([{ path: 'question', message: `the project has no question "${target.question}"` }]);
  }
  const thresholds = await selectJudgeThresholds(storage.db, project.id);
  const settings = {
    ...target,
    minKappa: query.minKappa ?? thresholds.minKappa,
    minPairs: query.minPairs ?? thresholds.minPairs,
    bucket: query.bucket,
  };
  const versions = await calibrateVersions(storage.db, judge, settings);
  const calibrated = versions.find((v) => v.version === judge.version)?.calibrated ?? false;
  return {
    judge: judge.name,
    question: settings.question,
    passValues: settings.passValues,
    minKappa: settings.minKappa,
    minPairs: settings.minPairs,
    bucket: settings.bucket,
    version: judge.version,
    versions,
    calibrated,
    trusted: judge.trusted && calibrated,
  };
}
