import { z } from 'zod';

export const TrainModelBody = z
  .object({ question: z.string().min(1).max(100).optional().describe('Default: the first choice question') })
  .strict();
export type TrainModelBody = z.infer<typeof TrainModelBody>;

export const TrainModelResponse = z.object({
  question: z.string(),
  jobId: z.number().int().nullable().describe('null: a training run for this question was already queued'),
  backend: z.boolean().describe("true: the question's ML backend was asked to train (START_TRAINING) instead"),
});

export const ModelVersionView = z.object({
  question: z.string(),
  version: z.number().int(),
  source: z
    .enum(['builtin', 'backend'])
    .describe("builtin: trained here; backend: reported by the project's ML backend"),
  externalVersion: z.string().nullable().describe("The ML backend's own name for the version"),
  calibration: z
    .array(z.object({ from: z.number(), calibrated: z.number() }))
    .nullable()
    .describe('The isotonic map applied to its confidences (policy model.calibrate = isotonic); null: raw'),
  labelsUsed: z.number().int(),
  heldOutAccuracy: z.number().nullable(),
  heldOut: z.number().int(),
  trainMs: z.number(),
  refreshed: z.number().int().nullable(),
  rerouted: z.number().int().nullable(),
  createdAt: z.string(),
});
export const ModelVersionsResponse = z.object({ versions: z.array(ModelVersionView) });

export const CalibrationQuery = z
  .object({
    targetError: z.coerce.number().min(0).max(0.5).default(0.01),
    question: z.string().min(1).max(100).optional(),
  })
  .strict();
export type CalibrationQuery = z.infer<typeof CalibrationQuery>;

const Interval = z.object({ low: z.number(), high: z.number() });
const Advice = z
  .object({
    threshold: z.number(),
    autoAcceptedShare: z.number(),
    estimatedError: z.number(),
    errorInterval: Interval,
    count: z.number().int(),
  })
  .nullable();

export const CalibrationView = z.object({
  version: z
    .number()
    .int()
    .nullable()
    .describe('Built-in model version; null for predictions that came with the items'),
  judged: z.number().int().describe('Predictions people have since decided on'),
  accuracy: z.number().nullable(),
  expectedCalibrationError: z.number().nullable(),
  expectedCalibrationErrorIsotonic: z
    .number()
    .nullable()
    .describe('After isotonic recalibration, measured 2-fold (fit on one half, scored on the other)'),
  bands: z.array(
    z.object({
      from: z.number(),
      to: z.number(),
      count: z.number().int(),
      meanConfidence: z.number(),
      accuracy: z.number(),
    }),
  ),
  isotonic: z.array(z.object({ from: z.number(), calibrated: z.number() })),
});

export const CalibrationResponse = z.object({
  question: z.string(),
  recalibrated: z
    .boolean()
    .describe('true: the newest version maps its confidences (isotonic); the figures below read the calibrated ones'),
  targetError: z.number(),
  versions: z.array(CalibrationView),
  all: CalibrationView.describe('Every judged prediction together: what the advice reads'),
  suggested: Advice.describe('Lowest threshold whose observed error is within the target'),
  conservative: Advice.describe('Lowest threshold whose 95 % upper error bound is within the target'),
});
export type CalibrationResponse = z.infer<typeof CalibrationResponse>;
