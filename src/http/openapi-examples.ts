/**
 * Example values reused by the API reference (src/http/openapi-docs.ts). They are checked
 * against the routes' own zod schemas when the app starts, so they cannot drift from the API.
 */
const at = '2026-11-21T09:30:00.000Z';
const later = '2026-11-21T09:40:00.000Z';

export const schema = {
  questions: [
    {
      name: 'verdict',
      type: 'single_choice',
      title: 'Is this mail spam?',
      required: true,
      options: [
        { value: 'spam', label: 'Spam', hotkey: '1' },
        { value: 'ham', label: 'Not spam', hotkey: '2' },
      ],
    },
  ],
};

export const project = {
  id: 1,
  slug: 'spam-triage',
  name: 'Spam triage',
  description: 'Is this email spam?',
  guidelines: '# Spam\nMark unsolicited bulk mail as spam.',
  labelSchema: schema,
  createdAt: at,
  updatedAt: at,
  archivedAt: null,
};

export const itemInput = {
  externalId: 'mail-1',
  data: { subject: 'You won!', from: 'promo@example.com', body: 'Claim your prize today…' },
  prediction: { verdict: 'spam' },
  confidence: 0.62,
  metadata: { tags: ['hard'], risk: 'high' },
};

export const item = {
  id: 42,
  projectId: 1,
  externalId: 'mail-1',
  data: itemInput.data,
  prediction: itemInput.prediction,
  confidence: 0.62,
  metadata: itemInput.metadata,
  status: 'queued',
  revision: 1,
  createdAt: at,
  updatedAt: at,
};

export const decision = {
  id: 7,
  itemId: 42,
  answer: { verdict: 'spam' },
  method: 'consensus',
  agreement: 1,
  responseIds: [11, 12, 13],
  policyVersion: 2,
  decidedBy: null,
  reason: null,
  supersededBy: null,
  createdAt: later,
};

export const user = {
  id: 2,
  username: 'ada',
  displayName: 'Ada',
  role: 'annotator',
  active: true,
  createdAt: at,
};

export const tokenInfo = {
  id: 5,
  name: 'ci',
  createdAt: at,
  lastUsedAt: null,
  expiresAt: '2027-02-19T09:30:00.000Z',
  revokedAt: null,
};

export const task = {
  id: 31,
  projectId: 1,
  itemId: 42,
  phase: 'review',
  role: 'annotator',
  leaseExpiresAt: later,
};

export const claimed = {
  task,
  item: {
    id: 42,
    externalId: 'mail-1',
    data: itemInput.data,
    prediction: { verdict: 'spam' },
    confidence: 0.62,
    judges: [],
  },
};

export const policy = {
  rules: [{ name: 'confident', when: { confidence: { gte: 0.95 } }, then: { action: 'auto_accept' } }],
  default: { action: 'review', k: 3, role: 'annotator', priority: 0 },
  auditRate: 0.02,
  leaseSeconds: 600,
  blind: false,
  consensus: {
    threshold: 0.66,
    method: 'majority',
    ratingAggregate: 'mean',
    adjudicatorRole: 'reviewer',
    redecide: true,
  },
  quality: {
    goldRate: 0.1,
    pauseBelowAccuracy: 0,
    pauseAfterGold: 10,
    rubberStamp: { minWrongPrelabels: 5, maxAcceptRate: 0.5 },
    minSecondsPerTask: 2,
  },
};

export const ingestReport = {
  received: 3,
  created: 2,
  updated: 0,
  unchanged: 0,
  rejected: 1,
  items: [
    { row: 0, id: 42, externalId: 'mail-1', status: 'created' },
    { row: 2, id: 43, externalId: 'mail-3', status: 'created' },
  ],
  errors: [
    {
      row: 1,
      code: 'SCHEMA_MISMATCH',
      path: 'items.1.prediction.verdict',
      message: 'expected one of "spam", "ham"',
    },
  ],
};

export const webhook = {
  id: 3,
  url: 'https://example.com/tandem-hook',
  events: ['item.decided'],
  secret: 'whsec_4c1f0e6a9b2d4e8f',
  active: true,
  createdAt: at,
};

export const auditRecord = {
  id: 120,
  seq: 119,
  createdAt: at,
  actor: { id: 1, username: 'admin' },
  action: 'policy.set',
  project: { id: 1, slug: 'spam-triage' },
  target: 'policy:2',
  details: { version: 2 },
  hash: '9f2c4b7d0a1e8c3f5b6d2e4a7c9f1b3d5e7a9c1f3b5d7e9a1c3f5b7d9e1a3c5f',
};

export const annotatorReport = {
  userId: 2,
  username: 'ada',
  status: 'active',
  pausedReason: null,
  responses: 180,
  meanTimeMs: 5400,
  medianTimeMs: 4100,
  gold: { answered: 18, correct: 16, accuracy: 0.889, ci95: [0.672, 0.969] },
  agreementWithConsensus: 0.93,
  wrongPrelabels: { seen: 6, accepted: 1, acceptRate: 0.167 },
  flags: [],
};

export const templateView = {
  name: 'text-classification',
  title: 'Text classification',
  description: 'Sort short texts (support tickets, reviews, posts) into one of a few categories.',
  labelSchema: schema,
  guidelines: '# Ticket topics\n…',
  policy,
  sample: { format: 'csv', rows: 8 },
};

export const report = {
  id: 4,
  projectId: 1,
  itemId: 42,
  reason: 'The image does not load (404)',
  reportedBy: { id: 2, username: 'ada' },
  status: 'open',
  createdAt: at,
  resolvedBy: null,
  resolvedAt: null,
  resolution: null,
};

export const explorerRow = {
  id: 42,
  externalId: 'mail-1',
  status: 'decided',
  preview: 'You won!',
  prediction: { verdict: 'spam' },
  confidence: 0.62,
  modelVersion: 'spam-nb-7',
  tags: ['hard'],
  gold: false,
  decision: { answer: { verdict: 'spam' }, method: 'consensus', agreement: 1 },
  openReports: 0,
  createdAt: at,
  updatedAt: later,
};

export const itemDetails = {
  item: { ...item, status: 'decided', metadata: { ...item.metadata, modelVersion: 'spam-nb-7' } },
  modelVersion: 'spam-nb-7',
  goldAnswer: null,
  responses: [
    {
      id: 11,
      taskId: 31,
      phase: 'review',
      person: { id: 2, username: 'ada' },
      answer: { verdict: 'spam' },
      timeSpentMs: 4100,
      goldCorrect: null,
      createdAt: at,
    },
  ],
  slots: [
    {
      id: 31,
      phase: 'review',
      role: 'annotator',
      state: 'done',
      claimedBy: { id: 2, username: 'ada' },
      createdAt: at,
      completedAt: at,
    },
  ],
  decisions: [{ ...decision, decidedByUsername: null }],
  reports: [],
  audit: [{ ...auditRecord, action: 'decision.made', target: 'item:42' }],
};

export const job = {
  id: 812,
  type: 'webhook.deliver',
  key: 'webhook:3',
  projectId: 1,
  payload: { deliveryId: 4410 },
  state: 'failed',
  runAt: '2026-11-21T09:41:12.000Z',
  attempts: 12,
  lastError: 'HTTP 503',
  createdAt: '2026-11-21T08:30:00.000Z',
  startedAt: '2026-11-21T09:41:12.050Z',
  finishedAt: '2026-11-21T09:41:22.060Z',
};

export const jobsSummary = {
  types: [
    { type: 'approvals.timeouts', queued: 1, due: 0, running: 0, failed: 0, oldestDueAgeSeconds: null },
    { type: 'webhook.deliver', queued: 42, due: 40, running: 2, failed: 1, oldestDueAgeSeconds: 3.2 },
  ],
  total: { queued: 43, due: 40, running: 2, failed: 1, oldestDueAgeSeconds: 3.2 },
};

export const modelVersion = {
  question: 'verdict',
  version: 4,
  source: 'builtin',
  externalVersion: null,
  calibration: null,
  labelsUsed: 200,
  heldOutAccuracy: 0.95,
  heldOut: 40,
  trainMs: 180,
  refreshed: 1_150,
  rerouted: 312,
  createdAt: '2026-11-21T09:45:00.000Z',
};

export const modelBackendSettings = {
  url: 'https://ml.example.com',
  protocol: 'label_studio',
  question: 'verdict',
  authHeaderEnv: 'ML_BACKEND_TOKEN',
  timeoutMs: 10_000,
  batchSize: 20,
  predictOnIngest: true,
  sendDecisions: false,
};

export const modelBackend = {
  backend: {
    settings: modelBackendSettings,
    health: {
      status: 'up',
      modelVersion: 'keywords-3',
      lastError: null,
      lastCallAt: '2026-11-21T09:45:00.000Z',
      lastOkAt: '2026-11-21T09:45:00.000Z',
      checkedAt: '2026-11-21T09:40:00.000Z',
    },
    pendingJobs: 0,
  },
};

const calibrationView = {
  version: 4,
  judged: 420,
  accuracy: 0.94,
  expectedCalibrationError: 0.031,
  expectedCalibrationErrorIsotonic: 0.012,
  bands: [
    { from: 0.5, to: 0.6, count: 30, meanConfidence: 0.55, accuracy: 0.6 },
    { from: 0.9, to: 1, count: 300, meanConfidence: 0.97, accuracy: 0.99 },
  ],
  isotonic: [
    { from: 0.5, calibrated: 0.6 },
    { from: 0.93, calibrated: 0.992 },
  ],
};

export const calibration = {
  question: 'verdict',
  recalibrated: false,
  targetError: 0.01,
  versions: [calibrationView],
  all: { ...calibrationView, version: null },
  suggested: {
    threshold: 0.93,
    autoAcceptedShare: 0.64,
    estimatedError: 0.008,
    errorInterval: { low: 0.004, high: 0.015 },
    count: 269,
  },
  conservative: null,
};

export const judgeView = {
  name: 'faithful',
  version: 2,
  config: {
    kind: 'llm' as const,
    baseUrl: 'https://api.openai.com/v1',
    model: 'gpt-4o-mini',
    apiKeyEnv: 'OPENAI_API_KEY',
    prompt: 'Question: {{input}}\nAnswer: {{output}}\nIs the answer faithful to the question?',
    questions: ['verdict'],
    pass: { question: 'verdict', values: ['pass'] },
    temperature: 0,
    samples: 3,
    pricing: { inputPerMillion: 0.15, outputPerMillion: 0.6 },
    concurrency: 4,
    ratePerMinute: 600,
    maxAttempts: 5,
    timeoutMs: 30_000,
  },
  trusted: true,
  compareWith: null,
  calibrated: true,
  calibrationFlag: null,
  calibratedAt: '2026-11-22T11:00:00.000Z',
  mayAutoDecide: true,
  createdAt: '2026-11-21T09:30:00.000Z',
  updatedAt: '2026-11-22T10:00:00.000Z',
};

export const createJudgeBody = {
  name: 'no-pii',
  config: { kind: 'rule', field: 'output', checks: [{ type: 'pii', detect: ['email', 'phone', 'card', 'iban'] }] },
  trusted: true,
  compareWith: { question: 'verdict', passValues: ['pass'] },
};

export const judgeRun = {
  id: 17,
  itemId: 42,
  version: 2,
  state: 'done' as const,
  pass: false,
  score: 0.33,
  confidence: 0.67,
  answers: { verdict: 'fail' },
  reason: 'The answer cites a refund policy the question never mentions.',
  error: null,
  attempts: 1,
  inputTokens: 412,
  outputTokens: 38,
  cost: 0.000085,
  latencyMs: 640,
  createdAt: '2026-11-22T10:00:00.000Z',
  finishedAt: '2026-11-22T10:00:01.000Z',
};
