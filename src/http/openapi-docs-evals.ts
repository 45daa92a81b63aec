import type { OperationDoc } from './openapi-docs.js';

/** OPERATION_DOCS for golden sets, eval runs, comparison and the gate (src/evals, issue 13). */

const at = '2026-11-21T09:30:00.000Z';
const version = {
  name: 'faq',
  version: 2,
  entries: 200,
  source: { kind: 'items', filter: { status: 'decided' }, reference: { field: 'expected' } },
  note: 'added the billing questions',
  createdAt: at,
};
const entry = {
  id: 812,
  externalId: 'reset-password',
  itemId: 41,
  input: { question: 'How do I reset my password?' },
  reference: 'Open Settings → Security → Reset password.',
  rubric: null,
  metadata: { topic: 'account' },
};
const spread = { mean: 640, p50: 610, p95: 1_200 };
const run = {
  id: 7,
  name: 'prompt-v8',
  goldenSet: 'faq',
  version: 2,
  source: 'posted',
  model: null,
  judges: [{ name: 'no-pii', version: 1 }],
  entries: 200,
  outputs: { queued: 0, running: 0, done: 200, failed: 0 },
  scores: { queued: 0, running: 0, done: 200, failed: 0 },
  passRate: 0.94,
  meanScore: 0.97,
  cost: { total: 0.42, mean: 0.0021, p50: 0.002, p95: 0.0035 },
  latencyMs: spread,
  complete: true,
  createdAt: at,
};
const figures = (id: number, name: string, passRate: number) => ({
  id,
  name,
  scored: 200,
  passRate,
  meanScore: passRate,
  cost: { total: 0.42, mean: 0.0021, p50: 0.002, p95: 0.0035 },
  latencyMs: spread,
});
const comparison = {
  run: figures(7, 'prompt-v8', 0.94),
  baseline: figures(6, 'prompt-v7', 0.92),
  compared: 200,
  winRate: { wins: 14, losses: 6, ties: 180, rate: 0.7, low: 0.481, high: 0.855, method: 'wilson' },
  regressions: [
    {
      externalId: 'refund-window',
      kind: 'pass_to_fail',
      baseline: { pass: true, score: 1 },
      run: { pass: false, score: 0.5 },
    },
  ],
  passToFail: 1,
  failToPass: 5,
  regressionRate: 0.005,
  slices: [
    {
      key: 'topic',
      value: 'billing',
      entries: 40,
      run: { passRate: 0.95, meanScore: 0.97 },
      baseline: { passRate: 0.9, meanScore: 0.94 },
    },
  ],
  human: { sent: 20, decided: 18, wins: 11, losses: 5, ties: 2, rate: 0.6875, low: 0.444, high: 0.858 },
};

export const EVAL_OPERATION_DOCS: Readonly<Record<string, OperationDoc>> = {
  'POST /api/projects/:project/evals/golden-sets/:name/versions': {
    success: 'The new version (1 when the set is new); a bad import makes none and names each bad line and field',
    body: {
      note: 'decided answers of November',
      fromItems: { filter: { status: 'decided' }, reference: { field: 'expected' } },
    },
  },
  'GET /api/projects/:project/evals/golden-sets': {
    success: "The project's golden sets with their newest version",
    response: { goldenSets: [{ name: 'faq', version: 2, entries: 200, createdAt: at, updatedAt: at }] },
  },
  'GET /api/projects/:project/evals/golden-sets/:name': { success: 'The version', response: version },
  'GET /api/projects/:project/evals/golden-sets/:name/versions': {
    success: 'Every version, newest first',
    response: { versions: [version] },
  },
  'GET /api/projects/:project/evals/golden-sets/:name/entries': {
    success: 'A page of entries and the cursor for the next',
    response: { version: 2, entries: [entry], next: null },
  },
  'POST /api/projects/:project/evals/runs': {
    success: 'The run, and for posted outputs which rows were taken and which refused',
    body: {
      goldenSet: 'faq',
      name: 'prompt-v8',
      judges: ['no-pii'],
      outputs: [{ externalId: 'reset-password', output: 'Open Settings → Security.', cost: 0.002, latencyMs: 610 }],
    },
  },
  'GET /api/projects/:project/evals/runs': { success: 'Runs, newest first', response: { runs: [run] } },
  'GET /api/projects/:project/evals/runs/:evalRunId': { success: 'The run', response: run },
  'POST /api/projects/:project/evals/runs/:evalRunId/outputs': {
    success: 'Rows taken, rows refused (with line and field), and judge scores queued',
    body: { jsonl: '{"externalId":"reset-password","output":"Open Settings → Security.","latencyMs":610}\n' },
  },
  'GET /api/projects/:project/evals/runs/:evalRunId/outputs': {
    success: 'A page of outputs with their judge scores, and the cursor for the next',
    response: {
      outputs: [
        {
          entryId: 812,
          externalId: 'reset-password',
          state: 'done',
          output: 'Open Settings → Security.',
          error: null,
          attempts: 1,
          cost: 0.002,
          latencyMs: 610,
          inputTokens: 120,
          outputTokens: 14,
          pass: true,
          score: 1,
          scores: [{ judge: 'no-pii', version: 1, state: 'done', pass: true, score: 1, reason: null, error: null }],
        },
      ],
      next: null,
    },
  },
  'GET /api/projects/:project/evals/compare': { success: 'The comparison report', response: comparison },
  'POST /api/projects/:project/evals/gate': {
    success: 'The verdict with its reasons, the comparison and the Markdown report',
    body: { goldenSet: 'faq', run: 7, baseline: 6, maxRegression: 0.02, minScore: 0.9 },
  },
  'POST /api/projects/:project/evals/pairwise': {
    success: 'How many review items were made in the target project, and which entries were skipped or refused',
    body: { run: 7, baseline: 6, targetProject: 'bot-preferences', onlyDifferent: true },
  },
};
