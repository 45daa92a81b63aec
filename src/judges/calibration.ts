import { z } from 'zod';
import { readJson } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import { NotFoundError, ValidationError } from '../errors.js';
import { queryDecimal, queryInt } from '../input/ids.js';
import type { Project } from '../projects/store.js';
import { cohenKappa, cohenKappaFromTable } from '../quality/metrics/cohen.js';
import { selectJudge } from './store.js';

/**
 * Judge calibration (issue 13 point 3): per judge version, its verdicts against people's
 * decisions on the same items — Cohen's κ, accuracy, precision / recall / F1 of "fail", the
 * confusion matrix — and κ per question the judge answers. A version is `calibrated` while it has
 * at least `minPairs` pairs and κ ≥ `minKappa`; below, it is flagged.
 */

const HUMAN_METHODS = ['consensus', 'adjudicated', 'override'] as const;

export const CalibrationQuery = z
  .object({
    question: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .describe('Human question that says pass/fail (default: the llm judge’s)'),
    passValues: z
      .string()
      .max(2_000)
      .optional()
      .describe('Comma-separated answers that mean pass (default: the llm judge’s)'),
    minKappa: queryDecimal(0, 1).default(0.6),
    minPairs: queryInt(1, 1_000_000).default(20),
  })
  .strict();
export type CalibrationQuery = z.infer<typeof CalibrationQuery>;

const VersionCalibration = z.object({
  version: z.number().int(),
  pairs: z.number().int().describe('Items with both a verdict of this version and a human decision'),
  kappa: z.number().nullable().describe("Cohen's κ of pass/fail; null when undefined (one category only)"),
  accuracy: z.number().nullable(),
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
  calibrated: z.boolean(),
  flag: z.string().nullable().describe('Why the version is not calibrated'),
});
export const CalibrationResponse = z.object({
  judge: z.string(),
  question: z.string(),
  passValues: z.array(z.string()),
  minKappa: z.number(),
  minPairs: z.number().int(),
  versions: z.array(VersionCalibration).describe('Newest first'),
  trusted: z.boolean().describe('The current version is calibrated: its verdict may be relied on'),
});
export type CalibrationResponse = z.infer<typeof CalibrationResponse>;

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

export async function judgeCalibration(
  storage: Storage,
  project: Project,
  name: string,
  query: CalibrationQuery,
): Promise<CalibrationResponse> {
  const judge = await selectJudge(storage.db, project.id, name);
  if (!judge) throw new NotFoundError('JUDGE_NOT_FOUND', `Project "${project.slug}" has no judge "${name}"`);
  const fromLlm = judge.config.kind === 'llm' ? judge.config.pass : undefined;
  const question = query.question ?? fromLlm?.question;
  const passValues = query.passValues?.split(',').map((v) => v.trim()) ?? fromLlm?.values;
  if (!question || !passValues) {
    throw new ValidationError([
      {
        path: 'question',
        message: `a ${judge.config.kind} judge needs question and passValues to compare with people`,
      },
    ]);
  }
  if (!project.labelSchema.questions.some((q) => q.name === question)) {
    throw new ValidationError([{ path: 'question', message: `the project has no question "${question}"` }]);
  }
  const rows = await storage.db
    .selectFrom('judge_runs')
    .innerJoin('decisions', 'decisions.item_id', 'judge_runs.item_id')
    .select(['judge_runs.judge_version', 'judge_runs.pass', 'judge_runs.answers', 'decisions.answer'])
    .where('judge_runs.judge_id', '=', judge.id)
    .where('judge_runs.state', '=', 'done')
    .where('decisions.superseded_by', 'is', null)
    .where('decisions.method', 'in', [...HUMAN_METHODS])
    .orderBy('judge_runs.id')
    .execute();
  const byVersion = new Map<number, typeof rows>();
  for (const row of rows) {
    const version = Number(row.judge_version);
    byVersion.set(version, [...(byVersion.get(version) ?? []), row]);
  }
  const versions = [...byVersion.entries()]
    .sort(([a], [b]) => b - a)
    .map(([version, pairs]) => {
      const c = { judgePassHumanPass: 0, judgePassHumanFail: 0, judgeFailHumanPass: 0, judgeFailHumanFail: 0 };
      const perQuestionValues = new Map<string, { judge: string[]; human: string[] }>();
      let counted = 0;
      for (const pair of pairs) {
        const human = readJson<Record<string, unknown>>(pair.answer) ?? {};
        const given = human[question];
        if (given === undefined || given === null) continue;
        counted += 1;
        const humanPass = Array.isArray(given)
          ? given.some((v) => passValues.includes(String(v)))
          : passValues.includes(String(given));
        const judgePass = Number(pair.pass) === 1;
        if (judgePass && humanPass) c.judgePassHumanPass += 1;
        else if (judgePass) c.judgePassHumanFail += 1;
        else if (humanPass) c.judgeFailHumanPass += 1;
        else c.judgeFailHumanFail += 1;
        const answers = pair.answers === null ? {} : (readJson<Record<string, unknown>>(pair.answers) ?? {});
        for (const [key, value] of Object.entries(answers)) {
          const theirs = human[key];
          if (typeof value !== 'string' || typeof theirs !== 'string') continue;
          const entry = perQuestionValues.get(key) ?? { judge: [], human: [] };
          entry.judge.push(value);
          entry.human.push(theirs);
          perQuestionValues.set(key, entry);
        }
      }
      // Rows: judge fail, judge pass; columns: human fail, human pass.
      const table = [
        [c.judgeFailHumanFail, c.judgeFailHumanPass],
        [c.judgePassHumanFail, c.judgePassHumanPass],
      ];
      const k = counted === 0 ? Number.NaN : cohenKappaFromTable(table).kappa;
      const kappa = Number.isFinite(k) ? k : null;
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
      let flag: string | null = null;
      if (counted < query.minPairs) flag = `only ${counted} items with a human decision; needs ${query.minPairs}`;
      else if (kappa === null || kappa < query.minKappa) {
        flag = `κ ${kappa === null ? 'undefined' : kappa.toFixed(2)} is below ${query.minKappa}`;
      }
      return {
        version,
        pairs: counted,
        kappa,
        accuracy: ratio(c.judgePassHumanPass + c.judgeFailHumanFail, counted),
        fail: { precision, recall, f1 },
        confusion: c,
        perQuestion,
        calibrated: flag === null,
        flag,
      };
    });
  const current = versions.find((v) => v.version === judge.version);
  return {
    judge: judge.name,
    question,
    passValues,
    minKappa: query.minKappa,
    minPairs: query.minPairs,
    versions,
    trusted: current?.calibrated ?? false,
  };
}
