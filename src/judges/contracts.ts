import { z } from 'zod';
import { IdParam, queryInt } from '../input/ids.js';
import { ProjectRef } from '../projects/contracts.js';

/** Judges (issue 13 point 1): automatic verdicts on items, versioned like routing policies. */

export const JudgeName = z
  .string()
  .regex(/^[a-z][a-z0-9_-]{0,62}$/, 'must start with a lowercase letter; lowercase letters, digits, - and _ only')
  .describe('Unique in the project; routing rules read `judge.<name>.pass`');

const DataField = z.string().min(1).max(100).describe('The item data field the checks read');

export const PII_KINDS = ['email', 'phone', 'card', 'iban'] as const;

export const RuleCheck = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('regex'),
      pattern: z.string().min(1).max(1_000),
      flags: z
        .string()
        .regex(/^[imsu]{0,4}$/, 'only the flags i, m, s and u')
        .default(''),
      expect: z.enum(['match', 'no_match']).default('match'),
    })
    .strict(),
  z
    .object({
      type: z.literal('contains'),
      value: z.string().min(1).max(1_000),
      caseSensitive: z.boolean().default(false),
    })
    .strict(),
  z
    .object({
      type: z.literal('not_contains'),
      value: z.string().min(1).max(1_000),
      caseSensitive: z.boolean().default(false),
    })
    .strict(),
  z
    .object({
      type: z.literal('length'),
      min: z.number().int().min(0).optional(),
      max: z.number().int().min(0).optional(),
    })
    .strict()
    .describe('Length in characters (code points)'),
  z
    .object({
      type: z.literal('json'),
      schema: z.record(z.string(), z.unknown()).optional().describe('A JSON Schema the parsed value must satisfy'),
    })
    .strict()
    .describe('The text parses as JSON (and fits the schema, when given)'),
  z
    .object({
      type: z.literal('pii'),
      detect: z
        .array(z.enum(PII_KINDS))
        .min(1)
        .default([...PII_KINDS]),
    })
    .strict()
    .describe('Fails when the text holds an email, phone number, card number (Luhn) or IBAN (mod 97)'),
]);
export type RuleCheck = z.infer<typeof RuleCheck>;

/** Settings every kind shares: how runs of this judge are scheduled. */
const scheduling = {
  concurrency: z.number().int().min(1).max(64).default(4).describe('Runs of this judge at once, across servers'),
  ratePerMinute: z.number().int().min(1).max(100_000).optional().describe('Calls per minute, across servers'),
  maxAttempts: z.number().int().min(1).max(20).default(5).describe('Attempts before a run is failed with its reason'),
  timeoutMs: z.number().int().min(100).max(120_000).default(30_000).describe('Per call'),
  auto: z
    .boolean()
    .optional()
    .describe('Run on every newly ingested item and every production trace (src/traces) without being asked'),
};

export const RuleJudgeConfig = z
  .object({
    kind: z.literal('rule'),
    field: DataField.default('output'),
    checks: z.array(RuleCheck).min(1).max(50),
    ...scheduling,
  })
  .strict();

export const LlmJudgeConfig = z
  .object({
    kind: z.literal('llm'),
    baseUrl: z.url().max(2_048).describe('An OpenAI-compatible API, e.g. https://api.openai.com/v1'),
    model: z.string().min(1).max(200),
    apiKeyEnv: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]{0,99}$/, 'must be an environment variable name in capitals')
      .refine((name) => !name.startsWith('TANDEM_') && /(_API_KEY|_KEY|_TOKEN)$/.test(name), {
        message:
          'must end in _API_KEY, _KEY or _TOKEN and not start with TANDEM_ (the server keeps its own secrets there)',
      })
      .optional()
      .describe('Name of the server environment variable holding the API key; the key is never stored or returned'),
    system: z.string().max(20_000).optional(),
    prompt: z
      .string()
      .min(1)
      .max(50_000)
      .describe('Template: {{field}} is the item data field, {{metadata.key}} a metadata value, {{externalId}}'),
    questions: z
      .array(z.string().min(1).max(100))
      .min(1)
      .max(50)
      .optional()
      .describe('Project questions the judge answers (default: every single/multi choice, rating and text one)'),
    pass: z
      .object({
        question: z.string().min(1).max(100),
        values: z.array(z.string().min(1).max(200)).min(1).max(100),
      })
      .strict()
      .describe('The verdict passes when this question is answered with one of these values'),
    temperature: z.number().min(0).max(2).default(0),
    samples: z.number().int().min(1).max(9).default(1).describe('Calls per item; their agreement is the confidence'),
    pricing: z
      .object({ inputPerMillion: z.number().min(0).max(10_000), outputPerMillion: z.number().min(0).max(10_000) })
      .strict()
      .optional()
      .describe('Price per million tokens, to record each run’s cost'),
    ...scheduling,
  })
  .strict();

export const WebhookJudgeConfig = z
  .object({
    kind: z.literal('webhook'),
    url: z.url().max(2_048).describe('Receives POST {judge, item}; answers {pass, score?, answers?, reason?}'),
    ...scheduling,
  })
  .strict();

export const JudgeConfig = z.discriminatedUnion('kind', [RuleJudgeConfig, LlmJudgeConfig, WebhookJudgeConfig]);
export type JudgeConfig = z.infer<typeof JudgeConfig>;
export type RuleJudgeConfig = z.infer<typeof RuleJudgeConfig>;
export type LlmJudgeConfig = z.infer<typeof LlmJudgeConfig>;
export type WebhookJudgeConfig = z.infer<typeof WebhookJudgeConfig>;

export const CompareWith = z
  .object({
    question: z.string().min(1).max(100),
    passValues: z.array(z.string().min(1).max(200)).min(1).max(100),
  })
  .strict()
  .describe("The people's question and the answers meaning pass that calibration compares the verdict with");
export type CompareWith = z.infer<typeof CompareWith>;

/** Settings of the judge itself, not versioned: changing them leaves the calibration of its versions alone. */
const trustSettings = {
  trusted: z
    .boolean()
    .optional()
    .describe('Ask for trust: routing lets the verdict auto-accept only while the current version is calibrated'),
  compareWith: CompareWith.nullable()
    .optional()
    .describe("Needed to calibrate a rule or webhook judge (an llm judge's default is its pass question); null clears"),
};

export const CreateJudgeBody = z.object({ name: JudgeName, config: JudgeConfig, ...trustSettings }).strict();
export const UpdateJudgeBody = z.object({ config: JudgeConfig, ...trustSettings }).strict();
export type CreateJudgeBody = z.infer<typeof CreateJudgeBody>;
export type UpdateJudgeBody = z.infer<typeof UpdateJudgeBody>;

export const JudgeParams = z.object({ project: ProjectRef, judge: JudgeName });

export const JudgeView = z.object({
  name: z.string(),
  version: z.number().int(),
  config: JudgeConfig,
  trusted: z.boolean().describe('Trust asked for'),
  compareWith: CompareWith.nullable(),
  calibrated: z.boolean().describe('The current version was found calibrated at the last check'),
  calibrationFlag: z.string().nullable().describe('Why it is not calibrated (null when it is, or never checked)'),
  calibratedAt: z.string().nullable().describe('When calibration was last checked'),
  mayAutoDecide: z.boolean().describe('trusted and calibrated: routing lets its verdict auto-accept'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type JudgeView = z.infer<typeof JudgeView>;
export const ListJudgesResponse = z.object({ judges: z.array(JudgeView) });
export const JudgeVersionsResponse = z.object({
  versions: z.array(z.object({ version: z.number().int(), config: JudgeConfig, createdAt: z.string() })),
});

export const RunJudgeBody = z
  .object({
    itemIds: z.array(z.number().int().min(1)).min(1).max(10_000).optional().describe('Default: every item'),
    retryFailed: z.boolean().default(false).describe('Queue failed runs of the current version again'),
  })
  .strict();
export const RunJudgeResponse = z.object({
  version: z.number().int(),
  queued: z.number().int().describe('Runs queued now'),
  alreadyRun: z.number().int().describe('Items with a run of this version already (queued, done or failed)'),
  missing: z.array(z.number().int()).describe('Item ids that are not in the project'),
});
export type RunJudgeResponse = z.infer<typeof RunJudgeResponse>;

export const JUDGE_RUN_STATES = ['queued', 'running', 'done', 'failed'] as const;
export type JudgeRunState = (typeof JUDGE_RUN_STATES)[number];

export const ListJudgeRunsQuery = z
  .object({
    state: z.enum(JUDGE_RUN_STATES).optional(),
    version: queryInt(1, 1_000_000).optional(),
    after: queryInt(0, Number.MAX_SAFE_INTEGER).optional().describe('Cursor: the last run id seen'),
    limit: queryInt(1, 1_000).default(100),
  })
  .strict();

export const JudgeRunView = z.object({
  id: z.number().int(),
  itemId: z.number().int(),
  version: z.number().int(),
  state: z.enum(JUDGE_RUN_STATES),
  pass: z.boolean().nullable(),
  score: z.number().nullable(),
  confidence: z.number().nullable().describe('Agreement of the samples (llm with samples > 1)'),
  answers: z.record(z.string(), z.unknown()).nullable(),
  reason: z.string().nullable(),
  error: z.string().nullable().describe('Why the run failed (or why its last attempt did)'),
  attempts: z.number().int(),
  inputTokens: z.number().int().nullable(),
  outputTokens: z.number().int().nullable(),
  cost: z.number().nullable(),
  latencyMs: z.number().int().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type JudgeRunView = z.infer<typeof JudgeRunView>;
export const ListJudgeRunsResponse = z.object({
  runs: z.array(JudgeRunView),
  next: z.number().int().nullable().describe('Pass as `after` for the next page'),
});

export const JudgeSummaryResponse = z.object({
  name: z.string(),
  version: z.number().int(),
  counts: z.record(z.enum(JUDGE_RUN_STATES), z.number().int()),
  passRate: z.number().nullable().describe('Among done runs of this version'),
  inputTokens: z.number().int(),
  outputTokens: z.number().int(),
  cost: z.number().nullable(),
  latencyMs: z.object({ p50: z.number().nullable(), p95: z.number().nullable() }),
});

export const JudgeRunParams = z.object({ project: ProjectRef, judge: JudgeName, runId: IdParam });
export type RunJudgeBody = z.infer<typeof RunJudgeBody>;
export type ListJudgeRunsQuery = z.infer<typeof ListJudgeRunsQuery>;

export const TestJudgeBody = z
  .object({
    config: JudgeConfig,
    itemId: z.number().int().min(1).describe('An item of the project to judge'),
  })
  .strict();
export type TestJudgeBody = z.infer<typeof TestJudgeBody>;

export const TestJudgeResponse = z.object({
  ok: z.boolean().describe('false: the judge gave no verdict (see error); nothing is stored either way'),
  pass: z.boolean().nullable(),
  score: z.number().nullable(),
  confidence: z.number().nullable(),
  answers: z.record(z.string(), z.unknown()).nullable(),
  reason: z.string().nullable(),
  error: z.string().nullable(),
  inputTokens: z.number().int().nullable(),
  outputTokens: z.number().int().nullable(),
  cost: z.number().nullable(),
  latencyMs: z.number().int(),
});
export type TestJudgeResponse = z.infer<typeof TestJudgeResponse>;
