import { z } from 'zod';
import { IdParam, MAX_ID, queryInt } from '../input/ids.js';
import { ItemFilterQuery } from '../items/contracts.js';
import { JudgeName, LlmJudgeConfig } from '../judges/contracts.js';
import { ProjectRef } from '../projects/contracts.js';

/** Golden sets, eval runs, comparison and the gate (issue 13 points 4–5). */

export const GoldenSetName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,62}$/, 'lowercase letters, digits, ., - and _ only; starts with a letter or digit')
  .describe('Unique in the project');

const JsonRecord = z.record(z.string(), z.unknown());

/** One golden entry as imported (a JSONL line or an element of `entries`). */
export const GoldenEntryInput = z
  .object({
    externalId: z.string().min(1).max(200).describe('Unique in the version; runs post outputs by it'),
    input: JsonRecord.describe('What the model is given: prompt templates read its fields (`{{question}}`)'),
    reference: z.string().max(100_000).nullable().optional().describe('The reference answer (`{{reference}}`)'),
    rubric: z.string().max(20_000).nullable().optional().describe('How to grade (`{{rubric}}`)'),
    metadata: JsonRecord.default({}).describe('Slice keys for the comparison report, e.g. {"topic": "billing"}'),
  })
  .strict();
export type GoldenEntryInput = z.infer<typeof GoldenEntryInput>;

export const GoldenFromItems = z
  .object({
    filter: z
      .object({
        status: ItemFilterQuery.shape.status.default('decided'),
        minConfidence: z.number().min(0).max(1).optional(),
        maxConfidence: z.number().min(0).max(1).optional(),
        tag: ItemFilterQuery.shape.tag,
      })
      .strict()
      .default({ status: 'decided' })
      .describe('Which items (as snapshots and listings filter them); decided items by default'),
    reference: z
      .union([
        z.object({ question: z.string().min(1).max(100) }).strict(),
        z.object({ field: z.string().min(1).max(100) }).strict(),
      ])
      .optional()
      .describe("Where the reference answer comes from: a question of the item's decision, or a data field"),
    rubric: z.string().max(20_000).optional().describe('One rubric for every entry'),
  })
  .strict();

export const CreateGoldenVersionBody = z
  .object({
    note: z.string().trim().min(1).max(2_000).optional().describe('What changed in this version'),
    fromItems: GoldenFromItems.optional().describe('Copy decided items that a filter selects now'),
    entries: z.array(z.unknown()).min(1).max(20_000).optional().describe('Entries as JSON (GoldenEntryInput each)'),
    jsonl: z.string().min(1).max(50_000_000).optional().describe('Entries as JSON lines; errors name the line'),
  })
  .strict();
export type CreateGoldenVersionBody = z.infer<typeof CreateGoldenVersionBody>;

export const GoldenSetParams = z.object({ project: ProjectRef, name: GoldenSetName });
export const GoldenVersionQuery = z
  .object({ version: queryInt(1, 1_000_000).optional().describe('Default: the newest') })
  .strict();
export const GoldenEntriesQuery = z
  .object({
    version: queryInt(1, 1_000_000).optional().describe('Default: the newest'),
    after: queryInt(0, Number.MAX_SAFE_INTEGER).default(0).describe('Cursor: the last entry id seen'),
    limit: queryInt(1, 1_000).default(100),
  })
  .strict();

export const GoldenVersionView = z.object({
  name: z.string(),
  version: z.number().int(),
  entries: z.number().int(),
  source: JsonRecord.describe('How the version was made: {kind: "items", filter, …} or {kind: "import"}'),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type GoldenVersionView = z.infer<typeof GoldenVersionView>;
export const GoldenSetView = z.object({
  name: z.string(),
  version: z.number().int().describe('The newest version'),
  entries: z.number().int().describe('Entries in the newest version'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type GoldenSetView = z.infer<typeof GoldenSetView>;
export const ListGoldenSetsResponse = z.object({ goldenSets: z.array(GoldenSetView) });
export const GoldenVersionsResponse = z.object({ versions: z.array(GoldenVersionView).describe('Newest first') });
export const GoldenEntryView = z.object({
  id: z.number().int(),
  externalId: z.string(),
  itemId: z.number().int().nullable().describe('The item it was copied from, if any'),
  input: JsonRecord,
  reference: z.string().nullable(),
  rubric: z.string().nullable(),
  metadata: JsonRecord,
});
export type GoldenEntryView = z.infer<typeof GoldenEntryView>;
export const GoldenEntriesResponse = z.object({
  version: z.number().int(),
  entries: z.array(GoldenEntryView),
  next: z.number().int().nullable().describe('Pass as `after` for the next page'),
});

/** How Tandem calls a model to produce a run's outputs (like an llm judge, plus a prompt over the entry). */
export const GenerateConfig = LlmJudgeConfig.pick({
  baseUrl: true,
  model: true,
  apiKeyEnv: true,
  temperature: true,
  pricing: true,
  concurrency: true,
  maxAttempts: true,
  timeoutMs: true,
})
  .extend({
    system: z.string().max(20_000).optional(),
    prompt: z
      .string()
      .min(1)
      .max(50_000)
      .describe('Template over the entry: {{field}} is an input field, {{metadata.key}}, {{externalId}}'),
    maxTokens: z.number().int().min(1).max(100_000).optional(),
  })
  .strict();
export type GenerateConfig = z.infer<typeof GenerateConfig>;

/** One output as posted (an element of `outputs` or a JSONL line). */
export const EvalOutputInput = z
  .object({
    entryId: z.number().int().min(1).max(MAX_ID).optional(),
    externalId: z.string().min(1).max(200).optional(),
    output: z.string().max(200_000),
    cost: z.number().min(0).max(1_000_000).optional(),
    latencyMs: z.number().int().min(0).max(86_400_000).optional(),
    tokens: z
      .object({
        input: z.number().int().min(0).max(100_000_000).optional(),
        output: z.number().int().min(0).max(100_000_000).optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((o) => (o.entryId === undefined) !== (o.externalId === undefined), {
    message: 'give exactly one of entryId and externalId',
    path: ['externalId'],
  });
export type EvalOutputInput = z.infer<typeof EvalOutputInput>;

export const RunName = z.string().trim().min(1).max(200).describe('The model/prompt version, e.g. "prompt-v7"');

export const CreateEvalRunBody = z
  .object({
    goldenSet: GoldenSetName,
    version: z.number().int().min(1).max(1_000_000).optional().describe('Golden-set version (default: the newest)'),
    name: RunName,
    judges: z.array(JudgeName).max(20).default([]).describe('Judges that score each output (their current versions)'),
    generate: GenerateConfig.optional().describe('Let Tandem call the model (eval.generate jobs)'),
    outputs: z.array(z.unknown()).max(20_000).optional().describe('Outputs posted now (EvalOutputInput each)'),
  })
  .strict()
  .refine((b) => !(b.generate && b.outputs), { message: 'give generate or outputs, not both', path: ['outputs'] });
export type CreateEvalRunBody = z.infer<typeof CreateEvalRunBody>;

export const PostOutputsBody = z
  .object({
    outputs: z.array(z.unknown()).min(1).max(20_000).optional(),
    jsonl: z.string().min(1).max(50_000_000).optional().describe('Outputs as JSON lines; errors name the line'),
  })
  .strict()
  .refine((b) => (b.outputs === undefined) !== (b.jsonl === undefined), {
    message: 'give exactly one of outputs and jsonl',
    path: ['outputs'],
  });

export const RejectedRow = z.object({
  row: z.number().int().describe('1-based: the line of the JSONL, or the position in `outputs`'),
  path: z.string(),
  message: z.string(),
});
export const PostOutputsResponse = z.object({
  accepted: z.number().int(),
  rejected: z.array(RejectedRow).describe('Rows not taken, each with why (the rest were taken)'),
  scoresQueued: z.number().int(),
});
export type PostOutputsResponse = z.infer<typeof PostOutputsResponse>;

export const EvalRunParams = z.object({ project: ProjectRef, evalRunId: IdParam });

const StateCounts = z.object({
  queued: z.number().int(),
  running: z.number().int(),
  done: z.number().int(),
  failed: z.number().int(),
});
export const Spread = z.object({
  mean: z.number().nullable(),
  p50: z.number().nullable(),
  p95: z.number().nullable(),
});
export type Spread = z.infer<typeof Spread>;

export const EvalRunView = z.object({
  id: z.number().int(),
  name: z.string(),
  goldenSet: z.string(),
  version: z.number().int().describe('The golden-set version'),
  source: z.enum(['posted', 'generated']),
  model: z.string().nullable(),
  judges: z.array(z.object({ name: z.string(), version: z.number().int() })),
  entries: z.number().int().describe('Entries in the golden-set version'),
  outputs: StateCounts.describe('Outputs by state; entries without any are missing'),
  scores: StateCounts.describe('Judge scores by state'),
  passRate: z.number().nullable().describe('Share of scored entries every judge passed'),
  meanScore: z.number().nullable().describe('Mean over scored entries of the mean judge score'),
  cost: Spread.extend({ total: z.number().nullable() }),
  latencyMs: Spread,
  complete: z.boolean().describe('Every entry has an output and every score has settled'),
  createdAt: z.string(),
});
export type EvalRunView = z.infer<typeof EvalRunView>;
export const ListEvalRunsResponse = z.object({ runs: z.array(EvalRunView).describe('Newest first') });

export const ScoreView = z.object({
  judge: z.string(),
  version: z.number().int(),
  state: z.enum(['queued', 'running', 'done', 'failed']),
  pass: z.boolean().nullable(),
  score: z.number().nullable(),
  reason: z.string().nullable(),
  error: z.string().nullable(),
});
export const EvalOutputView = z.object({
  entryId: z.number().int(),
  externalId: z.string(),
  state: z.enum(['missing', 'queued', 'running', 'done', 'failed']).describe('missing: no output posted yet'),
  output: z.string().nullable(),
  error: z.string().nullable(),
  attempts: z.number().int(),
  cost: z.number().nullable(),
  latencyMs: z.number().int().nullable(),
  inputTokens: z.number().int().nullable(),
  outputTokens: z.number().int().nullable(),
  pass: z.boolean().nullable().describe('Every judge passed (null until scored)'),
  score: z.number().nullable().describe('Mean of the judge scores (null until scored)'),
  scores: z.array(ScoreView),
});
export type EvalOutputView = z.infer<typeof EvalOutputView>;
export const EvalOutputsQuery = z
  .object({
    after: queryInt(0, Number.MAX_SAFE_INTEGER).default(0).describe('Cursor: the last entry id seen'),
    limit: queryInt(1, 1_000).default(100),
  })
  .strict();
export const EvalOutputsResponse = z.object({
  outputs: z.array(EvalOutputView),
  next: z.number().int().nullable().describe('Pass as `after` for the next page'),
});

export const CompareQuery = z
  .object({
    run: queryInt(1, Number.MAX_SAFE_INTEGER).describe('The candidate run id'),
    baseline: queryInt(1, Number.MAX_SAFE_INTEGER).describe('The run it is compared with'),
  })
  .strict();

const RunFigures = z.object({
  id: z.number().int(),
  name: z.string(),
  scored: z.number().int(),
  passRate: z.number().nullable(),
  meanScore: z.number().nullable(),
  cost: Spread.extend({ total: z.number().nullable() }),
  latencyMs: Spread,
});
export const Regression = z.object({
  externalId: z.string(),
  kind: z.enum(['pass_to_fail', 'score_drop']),
  baseline: z.object({ pass: z.boolean(), score: z.number() }),
  run: z.object({ pass: z.boolean(), score: z.number() }),
});
export type Regression = z.infer<typeof Regression>;
export const WinRate = z.object({
  wins: z.number().int(),
  losses: z.number().int(),
  ties: z.number().int(),
  rate: z.number().nullable().describe('wins / (wins + losses); ties are left out'),
  low: z.number().nullable().describe('95 % Wilson score interval, lower bound'),
  high: z.number().nullable().describe('95 % Wilson score interval, upper bound'),
  method: z.literal('wilson'),
});
export type WinRate = z.infer<typeof WinRate>;
export const SliceFigures = z.object({
  key: z.string(),
  value: z.string(),
  entries: z.number().int(),
  run: z.object({ passRate: z.number().nullable(), meanScore: z.number().nullable() }),
  baseline: z.object({ passRate: z.number().nullable(), meanScore: z.number().nullable() }),
});
export const HumanWinRate = z.object({
  sent: z.number().int().describe('Pairs sent to people'),
  decided: z.number().int().describe('Pairs with a decision'),
  wins: z.number().int(),
  losses: z.number().int(),
  ties: z.number().int(),
  rate: z.number().nullable().describe('wins / (wins + losses)'),
  low: z.number().nullable().describe('95 % Wilson score interval, lower bound'),
  high: z.number().nullable().describe('95 % Wilson score interval, upper bound'),
});
export type HumanWinRate = z.infer<typeof HumanWinRate>;

export const SendPairsBody = z
  .object({
    run: z.number().int().min(1).max(MAX_ID),
    baseline: z.number().int().min(1).max(MAX_ID),
    targetProject: ProjectRef.describe('The project whose people compare the pairs (it needs a pairwise question)'),
    question: z.string().min(1).max(100).optional().describe("The target's pairwise question (default: its first)"),
    onlyDifferent: z.boolean().default(true).describe('Skip entries where both outputs are the same text'),
    limit: z.number().int().min(1).max(20_000).default(20_000),
  })
  .strict();
export type SendPairsBody = z.infer<typeof SendPairsBody>;
export const SendPairsResponse = z.object({
  targetProject: z.string(),
  question: z.string(),
  sent: z.number().int().describe('Review items made (or updated, when sent before)'),
  skipped: z.number().int().describe('Entries without two outputs, identical outputs, or over the limit'),
  rejected: z.array(RejectedRow),
});
export type SendPairsResponse = z.infer<typeof SendPairsResponse>;

export const CompareResponse = z.object({
  run: RunFigures,
  baseline: RunFigures,
  compared: z.number().int().describe('Entries (matched by externalId) scored in both runs'),
  winRate: WinRate.describe('Per entry: the higher mean judge score wins'),
  regressions: z.array(Regression).describe('Entries that went from pass to fail, or whose score dropped'),
  passToFail: z.number().int(),
  failToPass: z.number().int(),
  regressionRate: z.number().nullable().describe('pass→fail entries / compared'),
  slices: z.array(SliceFigures).describe('Per metadata key and value'),
  human: HumanWinRate.nullable().describe("People's pairwise verdicts on these two runs (null: none sent)"),
});
export type CompareResponse = z.infer<typeof CompareResponse>;

export const GateBody = z
  .object({
    goldenSet: GoldenSetName.optional().describe('When given, both runs must be over this golden set'),
    run: z.number().int().min(1).max(MAX_ID),
    baseline: z.number().int().min(1).max(MAX_ID),
    maxRegression: z.number().min(0).max(1).default(0.02).describe('Largest share of pass→fail entries allowed'),
    minScore: z.number().min(0).max(1).optional().describe('Smallest pass rate the run must reach'),
    allowUncalibrated: z
      .boolean()
      .default(false)
      .describe('Warn instead of failing when a judge is not trusted by its calibration'),
    calibration: z
      .object({
        question: z.string().min(1).max(100).optional(),
        passValues: z.array(z.string().min(1).max(200)).min(1).max(100).optional(),
        minKappa: z
          .number()
          .min(0)
          .max(1)
          .optional()
          .describe("Raises the project's judge thresholds (the higher one counts); never lowers them"),
        minPairs: z
          .number()
          .int()
          .min(1)
          .max(1_000_000)
          .optional()
          .describe("Raises the project's judge thresholds (the higher one counts); never lowers them"),
      })
      .strict()
      .default({})
      .describe('How the judges are checked against people (as GET …/judges/:name/calibration)'),
  })
  .strict();
export type GateBody = z.infer<typeof GateBody>;

export const GateJudge = z.object({
  name: z.string(),
  version: z.number().int(),
  trusted: z.boolean(),
  why: z.string().nullable().describe('Why it is not trusted'),
});
export const GateResponse = z.object({
  pass: z.boolean(),
  reasons: z.array(z.string()).describe('Why the gate failed (empty when it passed)'),
  warnings: z.array(z.string()),
  thresholds: z.object({ maxRegression: z.number(), minScore: z.number().nullable() }),
  judges: z.array(GateJudge),
  comparison: CompareResponse,
  markdown: z.string().describe('The report for CI logs and PR comments'),
});
export type GateResponse = z.infer<typeof GateResponse>;
