import type { FastifyInstance, RouteOptions } from 'fastify';
import { type ZodType, z } from 'zod';
import { EVAL_OPERATION_DOCS } from './openapi-docs-evals.js';
import * as ex from './openapi-examples.js';

/**
 * What the API reference says about each operation's success (issue 9, point 19): a description
 * of what comes back, and an example of the request body (when there is one) or of the answer.
 * One table for every route, keyed `METHOD /path`; `openapi-docs.test.ts` fails on a route
 * missing from it. Examples are checked against the route's zod schemas at start-up.
 */
export interface OperationDoc {
  /** What a successful call answers. */
  readonly success: string;
  /** A request body that the route accepts. */
  readonly body?: unknown;
  /** A success answer (for the route's first 2xx status). */
  readonly response?: unknown;
  /** For answers that are not JSON (files, streams): their media type and an example text. */
  readonly file?: { readonly type: string; readonly example: string };
  /** Example path parameters, for operations whose only input is the path. */
  readonly params?: Readonly<Record<string, unknown>>;
  /** Descriptions of the other success statuses an operation answers with. */
  readonly also?: Readonly<Record<string, string>>;
  /** Why an operation has no example at all (no input and no content back). */
  readonly noExample?: string;
}

const SNAPSHOT = {
  id: 3,
  projectId: 1,
  name: 'train-v7',
  reason: 'Training data for model v7',
  filter: { status: 'decided' },
  schemaHash: '9b1f0c3e7a5d4b2c8e6f1a0d3c5b7e9f2a4c6e8b0d1f3a5c7e9b2d4f6a8c0e1b',
  counts: { items: 280, decided: 280, perQuestion: { verdict: { answered: 280, values: { spam: 120, ham: 160 } } } },
  contentHash: '4e2a9c1b7d3f5e8a0c6b2d4f1a3e5c7b9d0f2a4c6e8b1d3f5a7c9e0b2d4f6a8c',
  createdBy: 1,
  createdAt: '2026-11-21T09:30:00.000Z',
};

const jsonl = `${JSON.stringify({ ...ex.item, decision: ex.decision })}\n`;

export const OPERATION_DOCS: Readonly<Record<string, OperationDoc>> = {
  'GET /healthz': { success: 'The server and its database answer', response: { status: 'ok', database: 'sqlite' } },
  'POST /api/session': {
    success: 'Signed in: the session cookie is set and the user comes back',
    body: { token: 'tdm_3f9c2a7b5e1d4c8a9f0b2e6d' },
  },
  'DELETE /api/session': {
    success: 'Signed out: the session is ended and the cookie cleared',
    noExample: 'It takes nothing but the session cookie and answers 204 with no content',
  },
  'POST /api/projects/:project/events/ticket': {
    success: 'A one-minute ticket for ?ticket= on the event stream',
    response: { ticket: 'tdt_8e1b4c7a2f5d9c3e', expiresAt: '2026-11-21T09:31:00.000Z' },
  },
  'GET /api/projects': {
    success: 'The projects you may see, each with its item counts per status',
    response: { projects: [{ ...withoutSchema(ex.project), itemCounts: { queued: 120, decided: 280 } }] },
  },
  'POST /api/projects': {
    success: 'The project as created',
    body: { name: 'Spam triage', slug: 'spam-triage', guidelines: ex.project.guidelines, labelSchema: ex.schema },
  },
  'GET /api/projects/:project': {
    success: 'The project, with your role in it',
    response: { ...ex.project, yourRole: 'manager' },
  },
  'PATCH /api/projects/:project': {
    success: 'The project as updated',
    body: { guidelines: '# Spam\nNewsletters you subscribed to are not spam.' },
  },
  'DELETE /api/projects/:project': {
    success: 'The project and everything in it are deleted',
    response: { deletedItems: 400 },
  },
  'POST /api/projects/:project/archive': {
    success: 'The project, now archived',
    response: { ...ex.project, archivedAt: '2026-11-22T08:00:00.000Z' },
  },
  'POST /api/projects/:project/unarchive': { success: 'The project, no longer archived', response: ex.project },
  'POST /api/projects/:project/items': {
    success: 'Updated: the external id existed. The item, with its decision when there is one',
    also: {
      '201': 'Created. The item, with its decision at once when the policy auto-accepted it',
      '202': 'Stored, but no decision came within wait: poll GET …/decision',
    },
    body: ex.itemInput,
  },
  'GET /api/projects/:project/items': {
    success: 'One page of items in id order, and the cursor of the next page',
    response: { items: [ex.item], nextCursor: 'YWZ0ZXI6NDI' },
  },
  'POST /api/projects/:project/items/batch': {
    success: 'The per-row report: what was stored and what was rejected, and why',
    body: { items: [ex.itemInput, { ...ex.itemInput, externalId: 'mail-2', prediction: { verdict: 'maybe' } }] },
  },
  'POST /api/projects/:project/items/import': {
    success: 'The per-line report: what was stored and what was rejected, and why',
    response: { ...ex.ingestReport, items: undefined, errors: [{ ...ex.ingestReport.errors[0], line: 2 }] },
  },
  'GET /api/projects/:project/items/:itemId': { success: 'The item', response: ex.item },
  'DELETE /api/projects/:project/items/:itemId': {
    success: 'The item, its tasks, answers and decisions are deleted',
    params: { project: 'spam-triage', itemId: '42' },
  },
  'GET /api/projects/:project/items/:itemId/responses': {
    success: "The item's answers, oldest first, with who gave them",
    response: {
      responses: [
        {
          id: 11,
          taskId: 31,
          phase: 'review',
          userId: 2,
          username: 'ada',
          answer: { verdict: 'spam' },
          timeSpentMs: 4100,
          createdAt: '2026-11-21T09:35:00.000Z',
        },
      ],
    },
  },
  'GET /api/projects/:project/items/:itemId/availability': {
    success: 'Whether the item is open to you, held by someone else, or closed',
    response: {
      state: 'held',
      heldUntil: '2026-11-21T09:40:00.000Z',
      message: 'Someone else is working on this item now.',
    },
  },
  'GET /api/projects/:project/export': {
    success: 'The items, one JSONL line (or CSV row) each, with their current decision',
    file: { type: 'application/x-ndjson', example: jsonl },
  },
  'POST /api/projects/:project/snapshots': {
    success: 'The snapshot as taken: counts, label schema hash and content hash',
    body: { name: 'train-v7', reason: 'Training data for model v7', filter: { status: 'decided' } },
  },
  'GET /api/projects/:project/snapshots': {
    success: 'The snapshots, newest first',
    response: { snapshots: [SNAPSHOT] },
  },
  'GET /api/projects/:project/snapshots/:snapshotId': { success: 'The snapshot', response: SNAPSHOT },
  'GET /api/projects/:project/snapshots/:snapshotId/export': {
    success: "The snapshot's records in the chosen format, byte-identical on every call",
    file: { type: 'application/x-ndjson', example: jsonl },
  },
  'GET /api/projects/:project/snapshots/:snapshotId/diff': {
    success: 'Items added, removed and relabelled (per question) since the earlier snapshot',
    response: {
      from: 2,
      to: 3,
      added: { count: 1, itemIds: [281] },
      removed: { count: 0, itemIds: [] },
      labelChanged: { verdict: { count: 1, itemIds: [17] } },
      unchanged: 278,
    },
  },
  'GET /api/me': { success: 'You', response: ex.user },
  'GET /api/users': { success: 'Everyone with an account', response: { users: [ex.user] } },
  'POST /api/users': {
    success: 'The new user and their first API token (shown once)',
    body: { username: 'ada', displayName: 'Ada', role: 'annotator' },
  },
  'PATCH /api/users/:userId': { success: 'The user as updated', body: { role: 'reviewer' } },
  'GET /api/users/:userId/tokens': {
    success: "The user's API tokens (never their secrets)",
    response: { tokens: [ex.tokenInfo] },
  },
  'POST /api/users/:userId/tokens': {
    success: 'The new token, shown once, and what is known about it',
    body: { name: 'ci', expiresInDays: 90 },
  },
  'DELETE /api/users/:userId/tokens/:tokenId': {
    success: 'The token no longer works',
    params: { userId: '2', tokenId: '5' },
  },
  'GET /api/projects/:project/policy': {
    success: 'The current policy and its version (0: the built-in default)',
    response: { version: 2, policy: ex.policy, createdAt: '2026-11-21T09:30:00.000Z' },
  },
  'POST /api/projects/:project/policy/preview': {
    success: 'Each vote split with its agreement and outcome, and warnings about the settings',
    body: { k: 3, method: 'majority', threshold: 0.66 },
    response: {
      k: 3,
      method: 'majority',
      threshold: 0.66,
      classes: 2,
      assumedAccuracy: null,
      splits: [
        { votes: [3], agreement: 1, outcome: 'decided' },
        { votes: [2, 1], agreement: 0.6667, outcome: 'decided' },
      ],
      warnings: ['No split goes to adjudication: even 2–1 has agreement 0.67 ≥ 0.66.'],
    },
  },
  'PUT /api/projects/:project/policy': {
    success: 'The policy now in force (an unchanged policy keeps its version)',
    body: {
      rules: ex.policy.rules,
      default: { action: 'review', k: 3, role: 'annotator' },
      auditRate: 0.02,
      consensus: { threshold: 0.66, adjudicatorRole: 'reviewer' },
    },
  },
  'GET /api/projects/:project/policy/versions': {
    success: 'Every stored version, newest first',
    response: { versions: [{ version: 2, policy: ex.policy, createdAt: '2026-11-21T09:30:00.000Z' }] },
  },
  'POST /api/projects/:project/tasks/claim': { success: 'Your task and its item', response: ex.claimed },
  'GET /api/projects/:project/queue': {
    success: 'Open, leased and answered slots, and items per status',
    response: { open: 118, leased: 2, done: 840, items: { queued: 120, decided: 280 } },
  },
  'GET /api/me/tasks': { success: 'The tasks you hold, oldest first', response: { tasks: [ex.task] } },
  'POST /api/tasks/:taskId/heartbeat': { success: 'The task with its lease extended', response: ex.task },
  'POST /api/tasks/:taskId/release': { success: 'The task is back in the queue', params: { taskId: '31' } },
  'POST /api/tasks/:taskId/skip': {
    success: 'The task is back in the queue, and its item kept away from you',
    params: { taskId: '31' },
  },
  'POST /api/tasks/:taskId/submit': {
    success: 'Your answer is stored; where the item stands now',
    body: { answer: { verdict: 'spam' }, timeSpentMs: 4100, idempotencyKey: 'a6c1e9d2-submit-31' },
  },
  'POST /api/tasks/:taskId/report': {
    success: 'The report: the item is out of the queue until a manager resolves it',
    body: { reason: 'The image does not load (404)' },
  },
  'GET /api/projects/:project/reports': {
    success: 'Reported items, open ones first',
    response: { reports: [ex.report] },
  },
  'GET /api/projects/:project/items/:itemId/reports': {
    success: 'Problems reported on the item, newest first',
    response: { reports: [ex.report] },
  },
  'POST /api/projects/:project/reports/:reportId/resolve': {
    success: 'The resolved report',
    body: { action: 'requeue', note: 'Image fixed at the source' },
  },
  'POST /api/projects/:project/duplicate': {
    success: 'The copy: same schema, guidelines, policy and members; no items',
    body: { slug: 'spam-triage-2', name: 'Spam triage (round 2)' },
  },
  'GET /api/projects/:project/explore': {
    success: 'One page of matching items, newest first by default, with the count',
    response: { items: [ex.explorerRow], total: 1, totalCapped: false, page: 1, pageSize: 50 },
  },
  'GET /api/projects/:project/explore/export': {
    success: 'The matching items, a JSONL line or CSV row each',
    file: { type: 'application/x-ndjson', example: jsonl },
  },
  'POST /api/projects/:project/explore/bulk': {
    success: 'What was done: items matched, done, and each one skipped with why',
    body: { action: 'send_back', filter: { label: 'verdict:spam', maxAgreement: '0.6' }, confirm: 12 },
  },
  'GET /api/projects/:project/items/:itemId/details': {
    success: 'The item with its responses, slots, decision history, reports and audit trail',
    response: ex.itemDetails,
  },
  'POST /api/projects/:project/items/:itemId/send-back': {
    success: 'The item, queued again with one fresh review slot',
    body: { reason: 'The decision looks wrong' },
  },
  'POST /api/projects/:project/items/:itemId/gold': {
    success: 'The item, now a gold item with this known answer',
    body: { answer: { verdict: 'spam' } },
  },
  'POST /api/projects/:project/items/:itemId/archive': {
    success: 'The item, archived (out of the queue, kept)',
    params: { project: 'spam-triage', itemId: '42' },
  },
  'POST /api/projects/:project/items/:itemId/reports': {
    success: 'The report: the open slots are out of the queue until a manager resolves it',
    body: { reason: 'The attachment is missing' },
  },
  'GET /api/projects/:project/items/:itemId/decision': {
    success: 'The current decision',
    also: { '202': 'Not decided yet (or not within wait): the item id and its status' },
    response: ex.decision,
  },
  'POST /api/projects/:project/items/:itemId/decision': {
    success: 'The new decision (method override); the old one stays in the history',
    body: { answer: { verdict: 'ham' }, reason: 'Newsletter the customer subscribed to' },
  },
  'GET /api/projects/:project/items/:itemId/decisions': {
    success: 'Every decision of the item, newest first',
    response: { decisions: [ex.decision] },
  },
  'POST /api/projects/:project/webhooks': {
    success: 'The webhook with its signing secret',
    body: { url: 'https://example.com/tandem-hook', events: ['item.decided'] },
  },
  'GET /api/projects/:project/webhooks': { success: "The project's webhooks", response: { webhooks: [ex.webhook] } },
  'DELETE /api/projects/:project/webhooks/:webhookId': {
    success: 'The webhook is removed',
    params: { project: 'spam-triage', webhookId: '3' },
  },
  'GET /api/projects/:project/webhooks/:webhookId/deliveries': {
    success: 'The newest deliveries first',
    params: { project: 'spam-triage', webhookId: '3' },
    response: {
      deliveries: [
        {
          id: 91,
          eventId: 87,
          eventType: 'item.decided',
          status: 'pending',
          attempts: 2,
          httpStatus: 503,
          lastError: 'HTTP 503',
          lastAttemptAt: '2026-11-21T09:30:02.000Z',
          nextAttemptAt: '2026-11-21T09:30:06.000Z',
          deliveredAt: null,
          createdAt: '2026-11-21T09:30:00.000Z',
        },
      ],
    },
  },
  'POST /api/projects/:project/notification-channels': {
    success: 'The channel (a Slack URL is never shown again)',
    body: {
      kind: 'slack',
      name: '#agent-approvals',
      url: 'https://hooks.slack.com/services/T000/B000/XXXX',
      events: [],
    },
  },
  'GET /api/projects/:project/notification-channels': {
    success: "The project's notification channels",
    response: {
      channels: [
        {
          id: 2,
          kind: 'slack',
          name: '#agent-approvals',
          target: 'hooks.slack.com (URL hidden)',
          events: [],
          createdAt: '2026-11-21T09:30:00.000Z',
        },
        {
          id: 3,
          kind: 'email',
          name: 'Email to approvers',
          target: 'project approvers',
          events: ['approval.escalated', 'approval.timed_out'],
          createdAt: '2026-11-21T09:31:00.000Z',
        },
      ],
    },
  },
  'DELETE /api/projects/:project/notification-channels/:channelId': {
    success: 'The channel is removed',
    params: { project: 'agent', channelId: '2' },
  },
  'GET /api/users/:userId/notification-settings': {
    success: "The person's email address and opt-outs",
    response: { email: 'ana@example.com', mutedEvents: ['approval.timed_out'], mutedChannels: [] },
  },
  'PUT /api/users/:userId/notification-settings': {
    success: 'The settings as saved',
    body: { email: 'ana@example.com', mutedEvents: ['approval.timed_out'], mutedChannels: [3] },
  },
  'GET /api/projects/:project/events': {
    success: 'A stream of server-sent events',
    file: {
      type: 'text/event-stream',
      example: `id: 87\nevent: item.decided\ndata: ${JSON.stringify({ id: 87, type: 'item.decided', projectId: 1, data: { itemId: 42 } })}\n\n`,
    },
  },
  'POST /api/projects/:project/items/:itemId/claim': { success: 'Your task on the chosen item', response: ex.claimed },
  'GET /api/approvals': {
    success: 'Pending agent actions, soonest deadline first',
    response: {
      approvals: [
        {
          project: { id: 3, slug: 'agent', name: 'Support agent' },
          item: {
            id: 90,
            externalId: 'refund-17',
            data: { action: { tool: 'issue_refund', arguments: { orderId: 'A-17', amount: 40 } } },
            status: 'queued',
            createdAt: '2026-11-21T09:30:00.000Z',
            deadlineAt: '2026-11-21T09:35:00.000Z',
          },
        },
      ],
    },
  },
  'GET /api/projects/:project/members': {
    success: 'Who may work on the project (empty: everyone), with their project roles',
    response: {
      userIds: [2, 3],
      members: [
        { userId: 2, role: null },
        { userId: 3, role: 'manager' },
      ],
    },
  },
  'PUT /api/projects/:project/members': { success: 'The members now', body: { userIds: [2, 3, 4] } },
  'PUT /api/projects/:project/members/:userId': {
    success: 'The member with their project role',
    body: { role: 'reviewer' },
  },
  'DELETE /api/projects/:project/members/:userId': {
    success: 'The person is no longer a member',
    params: { project: 'spam-triage', userId: '3' },
  },
  'GET /api/projects/:project/agreement': {
    success: 'Agreement overall, per decided label and per metadata slice',
    response: {
      decisions: 240,
      overall: 0.87,
      byLabel: [{ question: 'verdict', key: 'spam', items: 150, meanAgreement: 0.91 }],
      byTag: [{ key: 'hard', items: 40, meanAgreement: 0.71 }],
      byRisk: [{ key: 'high', items: 25, meanAgreement: 0.78 }],
    },
  },
  'GET /api/projects/:project/stats': {
    success: 'Dashboard figures for the window',
    response: {
      items: { queued: 120, decided: 280 },
      queue: { open: 118, leased: 2, done: 840 },
      bucketSeconds: 1440,
      throughput: [{ at: '2026-11-21T09:12:00.000Z', responses: 14, decisions: 5 }],
      decisionsByMethod: { auto: 160, consensus: 110, adjudicated: 10 },
      redecided: 4,
      agreement: [{ from: 0.9, to: 1, items: 95 }],
      annotators: [{ userId: 2, username: 'ada', responses: 180, meanTimeMs: 5400 }],
    },
  },
  'GET /api/projects/:project/annotators': {
    success: "Each person's counts, gold accuracy, agreement and flags",
    response: { annotators: [ex.annotatorReport] },
  },
  'GET /api/projects/:project/dawid-skene': {
    success: "The fit: class priors and each person's confusion matrix",
    response: {
      question: 'verdict',
      classes: ['spam', 'ham'],
      priors: [0.38, 0.62],
      iterations: 14,
      converged: true,
      annotators: [
        {
          userId: 2,
          username: 'ada',
          annotations: 180,
          accuracy: 0.93,
          confusion: [
            [0.95, 0.05],
            [0.08, 0.92],
          ],
        },
      ],
    },
  },
  'POST /api/projects/:project/annotators/:userId/resume': {
    success: 'The person works again; their held answers count',
    response: { itemsReopened: 0, decided: 3 },
  },
  'POST /api/projects/:project/annotators/:userId/discard': {
    success: 'The person works again; their held answers are dropped',
    response: { itemsReopened: 3, decided: 0 },
  },
  'GET /api/audit': {
    success: 'Audit records, newest first, and the cursor of the next page',
    response: { records: [ex.auditRecord], nextCursor: null },
  },
  'GET /api/audit/verify': {
    success: 'Whether the chain is intact, and its head hash',
    response: { ok: true, checked: 120, unsealed: 0, firstBroken: null, head: { seq: 119, hash: ex.auditRecord.hash } },
  },
  'GET /api/projects/:project/audit': {
    success: "The project's audit records, newest first",
    response: { records: [ex.auditRecord], nextCursor: null },
  },
  'GET /metrics': {
    success: 'Metrics in the Prometheus text format',
    file: {
      type: 'text/plain',
      example:
        '# HELP tandem_queue_open_tasks Task slots waiting to be claimed or held, per project\n# TYPE tandem_queue_open_tasks gauge\ntandem_queue_open_tasks{project="spam-triage"} 120\n',
    },
  },
  'GET /api/jobs': {
    success: 'Jobs newest first, and the id to pass as ?before= for the next page',
    response: { jobs: [ex.job], nextBefore: null },
  },
  'GET /api/jobs/summary': { success: 'Job counts and the oldest due age per type', response: ex.jobsSummary },
  'POST /api/jobs/:jobId/retry': {
    success: 'The job, queued again and due now',
    response: { ...ex.job, state: 'queued', attempts: 0, finishedAt: null },
  },
  'GET /api/projects/:project/jobs': {
    success: "The project's jobs newest first, and the id for the next page",
    response: { jobs: [ex.job], nextBefore: null },
  },
  'GET /api/projects/:project/jobs/summary': {
    success: "The project's job counts and oldest due age per type",
    response: ex.jobsSummary,
  },
  'POST /api/projects/:project/jobs/:jobId/retry': {
    success: 'The job, queued again and due now',
    response: { ...ex.job, state: 'queued', attempts: 0, finishedAt: null },
  },
  'GET /api/export-formats': {
    success: 'Every export format of the registry',
    response: {
      formats: [
        {
          name: 'coco',
          description: 'COCO detection JSON (images, annotations in pixels, categories) from a bbox question',
          contentType: 'application/json; charset=utf-8',
          extension: 'json',
        },
      ],
    },
  },
  'GET /api/projects/:project/model/backend': {
    success: "The project's ML backend: settings and health (null when it has none)",
    response: ex.modelBackend,
  },
  'PUT /api/projects/:project/model/backend': {
    success:
      'Saved, then checked at once: the settings and the health the check found (a backend that is down is still saved)',
    body: ex.modelBackendSettings,
  },
  'DELETE /api/projects/:project/model/backend': {
    success: 'The backend is removed; predictions it made stay',
    params: { project: 'spam-triage' },
  },
  'POST /api/projects/:project/model/backend/check': {
    success: 'Health now: GET /health (and POST /setup for Label Studio backends), recorded and returned',
    response: ex.modelBackend.backend,
  },
  'POST /api/projects/:project/model/backend/refresh': {
    success: 'Queued: one model.backend_predict job per batch of undecided, unstarted items',
    response: { items: 1_200, jobs: 60 },
  },
  'POST /api/projects/:project/model/train': {
    success:
      "Queued: the training job id (null when a run for this question was already waiting); a question the project's ML backend predicts gets a START_TRAINING call instead",
    body: { question: 'verdict' },
  },
  'GET /api/projects/:project/model/versions': {
    success: 'Every model version, oldest first, with the labels it used and its held-out accuracy',
    response: { versions: [ex.modelVersion] },
  },
  'GET /api/projects/:project/model/calibration': {
    success: 'Reliability per model version and the suggested auto-accept threshold with its error interval',
    response: ex.calibration,
  },
  'POST /api/projects/:project/judges': {
    success: 'The judge at version 1',
    body: ex.createJudgeBody,
  },
  'GET /api/projects/:project/judges': {
    success: "The project's judges with their current settings",
    response: { judges: [ex.judgeView] },
  },
  'GET /api/projects/:project/judges/:judge': { success: 'The judge and its current settings', response: ex.judgeView },
  'PUT /api/projects/:project/judges/:judge': {
    success: 'The judge at its new version (the same version when nothing changed)',
    body: { config: ex.judgeView.config },
  },
  'GET /api/projects/:project/judges/:judge/versions': {
    success: 'Every version, newest first',
    response: { versions: [{ version: 2, config: ex.judgeView.config, createdAt: '2026-11-21T09:30:00.000Z' }] },
  },
  'POST /api/projects/:project/judges/:judge/runs': {
    success: 'How many runs were queued, how many items had one already, and ids not in the project',
    body: { itemIds: [41, 42], retryFailed: false },
  },
  'GET /api/projects/:project/judges/:judge/runs': {
    success: 'A page of runs with their verdicts (or failure reasons), and the cursor for the next',
    response: { runs: [ex.judgeRun], next: null },
  },
  'GET /api/projects/:project/judges/:judge/runs/:runId': { success: 'The run', response: ex.judgeRun },
  'GET /api/projects/:project/judges/:judge/calibration': {
    success:
      'Per judge version, newest first: agreement with people and whether it is calibrated; trusted = the current version is',
    response: {
      judge: 'faithful',
      question: 'verdict',
      passValues: ['pass'],
      minKappa: 0.6,
      minPairs: 20,
      bucket: 'week',
      version: 2,
      versions: [
        {
          version: 2,
          pairs: 120,
          kappa: 0.71,
          accuracy: 0.9,
          fail: { precision: 0.8, recall: 0.75, f1: 0.77 },
          confusion: { judgePassHumanPass: 84, judgePassHumanFail: 5, judgeFailHumanPass: 7, judgeFailHumanFail: 24 },
          perQuestion: { verdict: { pairs: 120, kappa: 0.71 } },
          overTime: [
            { start: '2026-11-16', pairs: 70, kappa: 0.68, accuracy: 0.89 },
            { start: '2026-11-23', pairs: 50, kappa: 0.75, accuracy: 0.92 },
          ],
          calibrated: true,
          flag: null,
        },
      ],
      calibrated: true,
      trusted: true,
    },
  },
  'POST /api/projects/:project/judges/test': {
    success:
      'The verdict the settings give the item (ok false with the reason when the call gave none); nothing is stored',
    body: { config: ex.judgeView.config, itemId: 41 },
  },
  'GET /api/projects/:project/judge-thresholds': {
    success: "The project's calibration bar (κ 0.6 over 20 pairs until set)",
    response: { minKappa: 0.6, minPairs: 20 },
  },
  'PUT /api/projects/:project/judge-thresholds': {
    success: 'The bar as saved; the judges are calibrated again in the background',
    body: { minKappa: 0.7, minPairs: 30 },
  },
  'GET /api/projects/:project/judges/:judge/summary': {
    success: "Counts per state, pass rate, tokens, cost and latency of the current version's runs",
    response: {
      name: 'faithful',
      version: 2,
      counts: { queued: 3, running: 1, done: 180, failed: 2 },
      passRate: 0.86,
      inputTokens: 91_200,
      outputTokens: 7_300,
      cost: 0.0211,
      latencyMs: { p50: 640, p95: 1_450 },
    },
  },
  'POST /api/projects/:project/traces': {
    success:
      'How many traces were new, already known, rejected (with each row’s problems) and sampled into review items',
    body: [
      {
        traceId: 'chat-7f3a',
        input: 'How do I reset my password?',
        output: 'Open Settings → Security and choose “Reset password”.',
        modelVersion: 'support-bot-2026-11',
        feedback: { thumbs: 'down', comment: 'There is no Security tab' },
        metadata: { locale: 'en', channel: 'web' },
        timestamp: '2026-11-21T09:30:00.000Z',
      },
    ],
  },
  'POST /api/projects/:project/traces/feedback': {
    success: 'How many traces got the feedback, which trace ids are unknown, and how many became review items',
    body: [{ traceId: 'chat-7f3a', thumbs: 'down', comment: 'Wrong menu' }],
  },
  'GET /api/projects/:project/traces/sampling': {
    success: 'The current sampling policy (version 0: the built-in default)',
    response: {
      version: 2,
      policy: {
        random: 0.05,
        thumbsDown: true,
        judgeFail: true,
        disagreement: true,
        boosts: [{ metadata: { locale: 'fr' }, rate: 0.25 }],
        caps: { total: 500, perReason: { random: 200 } },
        seed: '',
        review: { question: 'verdict', passValues: ['good'] },
      },
      createdAt: '2026-11-21T09:30:00.000Z',
    },
  },
  'PUT /api/projects/:project/traces/sampling': {
    success: 'The policy at its new version (the same version when nothing changed)',
    body: {
      random: 0.05,
      thumbsDown: true,
      judgeFail: true,
      disagreement: true,
      boosts: [{ metadata: { locale: 'fr' }, rate: 0.25 }],
      caps: { total: 500, perReason: { random: 200 } },
      review: { question: 'verdict', passValues: ['good'] },
    },
  },
  'GET /api/projects/:project/traces/report': {
    success: 'Totals and one row per bucket (and slice value): received, sampled, reviewed, failed, failure rate',
    response: {
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-03T00:00:00.000Z',
      bucket: 'day',
      slice: 'locale',
      totals: {
        received: 1_200,
        sampled: 90,
        reviewed: 60,
        failed: 14,
        assessed: 75,
        failureRate: 0.1867,
        sampledBy: { thumbs_down: 30, random: 60 },
      },
      series: [
        {
          start: '2026-11-01T00:00:00.000Z',
          slice: 'en',
          received: 700,
          sampled: 50,
          reviewed: 35,
          failed: 7,
          assessed: 40,
          failureRate: 0.175,
        },
      ],
    },
  },
  'GET /api/projects/:project/traces/sampled': {
    success: 'The newest sampled traces, newest first, with their review item ids',
    response: {
      traces: [
        {
          traceId: 'chat-7f3a',
          itemId: 812,
          reason: 'thumbs_down',
          thumbs: 'down',
          modelVersion: 'support-bot-2026-11',
          sampledAt: '2026-11-21T09:30:01.000Z',
        },
      ],
    },
  },
  'GET /api/templates': { success: 'Every project template', response: { templates: [ex.templateView] } },
  'GET /api/templates/:template/sample': {
    success: "The template's sample file, ready to import",
    file: {
      type: 'text/csv',
      example: 'external_id,text,prediction,confidence\nticket-1,I was charged twice.,billing,0.97\n',
    },
  },
  'POST /api/templates/:template/projects': {
    success: 'The project, its policy version and the sample import report',
    body: { name: 'Support tickets', slug: 'tickets', sample: true },
  },
  ...EVAL_OPERATION_DOCS,
};

function withoutSchema(project: typeof ex.project) {
  const { guidelines: _g, labelSchema: _s, ...rest } = project;
  return rest;
}

type RouteSchema = {
  hide?: boolean;
  body?: ZodType;
  params?: ZodType;
  response?: Record<string, unknown>;
};

const isZod = (value: unknown): value is ZodType => value instanceof z.ZodType;

/**
 * Applies OPERATION_DOCS to every route registered after this call: the success response gets
 * its description and example, the body its example. A wrong example stops the app from
 * starting, naming the route and the field.
 */
export function installOperationDocs(app: FastifyInstance): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    const schema = route.schema as RouteSchema | undefined;
    if (!schema || schema.hide || route.method === 'HEAD') return;
    const key = `${String(route.method)} ${route.url}`;
    const doc = OPERATION_DOCS[key];
    if (!doc) return; // openapi-docs.test.ts lists every route without docs
    const response = { ...(schema.response ?? {}) };
    const status = Object.keys(response).find((code) => code.startsWith('2')) ?? '200';
    const success = response[status];
    if (doc.file) {
      response[status] = {
        description: doc.success,
        content: { [doc.file.type]: { schema: z.string().meta({ examples: [doc.file.example] }) } },
      };
    } else if (isZod(success)) {
      if (doc.response !== undefined) check(key, `response ${status}`, success, doc.response);
      response[status] = success.meta({
        description: doc.success,
        ...(doc.response === undefined ? {} : { examples: [doc.response] }),
      });
    }
    for (const [code, text] of Object.entries(doc.also ?? {})) {
      const other = response[code];
      if (isZod(other)) response[code] = other.meta({ description: text });
    }
    route.schema = { ...route.schema, response };
    if (doc.body !== undefined && isZod(schema.body)) {
      check(key, 'body', schema.body, doc.body);
      route.schema.body = schema.body.meta({ examples: [doc.body] });
    }
    const params = doc.params;
    if (params && schema.params instanceof z.ZodObject) {
      check(key, 'params', schema.params, params);
      const shape = schema.params.shape as Record<string, ZodType>;
      route.schema.params = schema.params.extend(
        Object.fromEntries(
          Object.entries(shape).map(([name, field]) => [
            name,
            name in params ? withExample(field, params[name]) : field,
          ]),
        ),
      );
    }
  });
}

/**
 * A field with an example. Path ids are pipes (digits in, a number out); the document shows their
 * input side, so the example goes there.
 */
function withExample(field: ZodType, example: unknown): ZodType {
  if (field instanceof z.ZodPipe) {
    return z.pipe((field.in as ZodType).meta({ examples: [example] }), field.out as ZodType);
  }
  return field.meta({ examples: [example] });
}

function check(route: string, part: string, schema: ZodType, example: unknown): void {
  const result = schema.safeParse(example);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(
      `API reference example for ${route} (${part}) does not fit at ${issue?.path.join('.')}: ${issue?.message}`,
    );
  }
}
