import { z } from 'zod';
import { MAX_WEBHOOK_URL_LENGTH } from '../../events/webhook-target.js';

/** The protocols an ML backend may speak (src/model/backend/protocols.ts). */
export const BackendProtocol = z.enum(['label_studio', 'tandem']);
export type BackendProtocol = z.infer<typeof BackendProtocol>;

/** A project's ML backend (issue 12 point 4): `PUT /api/projects/:project/model/backend`. */
export const ModelBackendSettings = z
  .object({
    url: z
      .url({ protocol: /^https?$/ })
      .max(MAX_WEBHOOK_URL_LENGTH)
      .describe(
        'Base URL of the model server (…/health, …/setup, …/predict, …/webhook). Non-public addresses are refused unless TANDEM_WEBHOOK_ALLOW_HOSTS lists them',
      ),
    protocol: BackendProtocol.default('label_studio').describe(
      "label_studio: Label Studio's ML backend API, so existing backends work unchanged; tandem: the simpler JSON variant",
    ),
    question: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .describe('The choice question it predicts (default: the first single- or multi-choice question)'),
    authHeaderEnv: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]{0,99}$/, 'must be an environment variable name in capitals')
      .refine((name) => !name.startsWith('TANDEM_') && /(_API_KEY|_KEY|_TOKEN|_AUTH)$/.test(name), {
        message:
          'must end in _API_KEY, _KEY, _TOKEN or _AUTH and not start with TANDEM_ (the server keeps its own secrets there)',
      })
      .optional()
      .describe(
        'Name of the server environment variable whose value is sent as the Authorization header (e.g. "Bearer …" or "Basic …"); never stored or returned',
      ),
    timeoutMs: z.number().int().min(100).max(300_000).default(10_000).describe('Per call'),
    batchSize: z.number().int().min(1).max(500).default(20).describe('Items per /predict call (one job each)'),
    predictOnIngest: z.boolean().default(true).describe('Ask for predictions of new items as they arrive'),
    sendDecisions: z
      .boolean()
      .default(false)
      .describe('POST an ANNOTATION_CREATED webhook per human decision (for backends that learn online)'),
  })
  .strict();
export type ModelBackendSettings = z.infer<typeof ModelBackendSettings>;

export const BackendStatus = z.enum(['unknown', 'up', 'down']);

export const BackendHealth = z.object({
  status: BackendStatus.describe('up: the last call worked; down: it failed (see lastError); unknown: no call yet'),
  modelVersion: z.string().nullable().describe('The model version the backend last reported'),
  lastError: z.string().nullable(),
  lastCallAt: z.string().nullable(),
  lastOkAt: z.string().nullable(),
  checkedAt: z.string().nullable().describe('Last health check (Check now, or when the settings were saved)'),
});
export type BackendHealth = z.infer<typeof BackendHealth>;

export const ModelBackendView = z.object({
  settings: ModelBackendSettings.extend({ question: z.string() }),
  health: BackendHealth,
  pendingJobs: z.number().int().describe('Prediction and training calls queued or running'),
});
export type ModelBackendView = z.infer<typeof ModelBackendView>;

export const ModelBackendResponse = z.object({ backend: ModelBackendView.nullable() });

export const BackendRefreshResponse = z.object({
  items: z.number().int().describe('Undecided, unstarted items asked for'),
  jobs: z.number().int().describe('model.backend_predict jobs queued (one per batch)'),
});

export const BackendTrainResponse = z.object({
  jobId: z.number().int().nullable().describe('null: a training call was already queued'),
});
