import { z } from 'zod';
import { DEFAULT_ORDERING, Ordering } from '../queue/ordering.js';
import { WorkRole } from '../users/contracts.js';

/** A project's routing policy: JSON, validated, versioned (issue #3). */

const Priority = z.number().int().min(-1000).max(1000).default(0);

export const Outcome = z.discriminatedUnion('action', [
  z.object({ action: z.literal('auto_accept') }).strict(),
  z
    .object({
      action: z.literal('review'),
      k: z.number().int().min(1).max(10).default(1).describe('Distinct people who answer each item'),
      role: WorkRole.default('annotator'),
      priority: Priority,
    })
    .strict(),
  z
    .object({
      action: z.literal('escalate'),
      k: z.number().int().min(1).max(10).default(1),
      role: WorkRole.default('expert'),
      priority: Priority,
    })
    .strict(),
  z.object({ action: z.literal('hold') }).strict(),
]);
export type Outcome = z.infer<typeof Outcome>;

const Bound = z.number().min(0).max(1);

export const Condition = z
  .object({
    confidence: z
      .object({ gte: Bound.optional(), gt: Bound.optional(), lte: Bound.optional(), lt: Bound.optional() })
      .strict()
      .optional(),
    risk: z.union([z.enum(['low', 'medium', 'high']), z.array(z.enum(['low', 'medium', 'high'])).min(1)]).optional(),
    tags: z
      .object({ any: z.array(z.string()).min(1).optional(), all: z.array(z.string()).min(1).optional() })
      .strict()
      .optional(),
    metadata: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    hasPrediction: z.boolean().optional(),
    judges: z
      .record(
        z.string().regex(/^[a-z][a-z0-9_-]{0,62}$/, 'must be a judge name'),
        z
          .object({
            pass: z.boolean().optional().describe('judge.<name>.pass'),
            score: z
              .object({ gte: Bound.optional(), gt: Bound.optional(), lte: Bound.optional(), lt: Bound.optional() })
              .strict()
              .optional()
              .describe('judge.<name>.score'),
            failed: z.boolean().optional().describe('true: the judge could not give a verdict (its run failed)'),
          })
          .strict(),
      )
      .optional()
      .describe("Judges' latest verdicts on the item (issue 13); a judge with no verdict yet matches nothing"),
    judgesDisagree: z.boolean().optional().describe('true: at least one judge passes the item and another fails it'),
    feedback: z
      .enum(['up', 'down'])
      .optional()
      .describe("The user's thumbs in the item's data (`data.feedback.thumbs`, as production traces carry it)"),
    feedbackDisagrees: z
      .boolean()
      .optional()
      .describe(
        "true: a judge's verdict contradicts the user's thumbs (judge passes, thumbs down; or judge fails, thumbs up)",
      ),
  })
  .strict()
  .describe('Every condition given must hold; an empty condition always holds');
export type Condition = z.infer<typeof Condition>;

export const Rule = z.object({ name: z.string().max(100).optional(), when: Condition, then: Outcome }).strict();

/** Gold mixing, trust and fatigue (issue #5). */
export const Quality = z
  .object({
    goldRate: z.number().min(0).max(1).default(0.1).describe('Share of claims served from gold items'),
    pauseBelowAccuracy: z
      .number()
      .min(0)
      .max(1)
      .default(0)
      .describe('Pause a person whose gold accuracy falls below this (0 = never)'),
    pauseAfterGold: z
      .number()
      .int()
      .min(1)
      .max(10_000)
      .default(10)
      .describe('…once they answered this many gold items'),
    rubberStamp: z
      .object({
        minWrongPrelabels: z.number().int().min(1).default(5),
        maxAcceptRate: z.number().min(0).max(1).default(0.5),
      })
      .strict()
      .default({ minWrongPrelabels: 5, maxAcceptRate: 0.5 })
      .describe('Flag people who accept deliberately wrong pre-labels on gold more often than this'),
    minSecondsPerTask: z.number().min(0).max(3_600).default(2).describe('Flag people whose median time is below this'),
    fatigue: z
      .object({
        maxTasksPerSession: z.number().int().min(1).max(100_000).optional(),
        maxSessionMinutes: z
          .number()
          .int()
          .min(1)
          .max(24 * 60)
          .optional(),
        breakMinutes: z
          .number()
          .int()
          .min(1)
          .max(24 * 60)
          .default(10),
      })
      .strict()
      .optional()
      .describe('Ask for a break after this many tasks or minutes without a pause of breakMinutes'),
  })
  .strict();
export type Quality = z.infer<typeof Quality>;

export const Policy = z
  .object({
    rules: z.array(Rule).max(100).default([]).describe('Evaluated in order; the first that matches decides'),
    default: Outcome.default({ action: 'review', k: 1, role: 'annotator', priority: 0 }),
    auditRate: z
      .number()
      .min(0)
      .max(1)
      .default(0)
      .describe('Share of auto-accepted items also sent to review, chosen reproducibly per item'),
    leaseSeconds: z.number().int().min(10).max(86_400).default(600),
    blind: z
      .boolean()
      .default(false)
      .describe("Hide the model's prediction and confidence from people working the queue"),
    consensus: z
      .object({
        threshold: z.number().min(0).max(1).default(0.66).describe('At or above: decided; below: adjudication'),
        method: z
          .enum(['majority', 'weighted', 'dawid_skene'])
          .default('majority')
          .describe(
            'Choice questions: plain majority, a vote with log-odds weights (from gold or the annotator model), or Dawid-Skene',
          ),
        ratingAggregate: z.enum(['mean', 'median']).default('mean'),
        adjudicatorRole: WorkRole.default('reviewer'),
        redecide: z
          .boolean()
          .default(true)
          .describe(
            'weighted / dawid_skene: re-make consensus decisions whose label a refit of the annotator model changes',
          ),
      })
      .strict()
      .default({
        threshold: 0.66,
        method: 'majority',
        ratingAggregate: 'mean',
        adjudicatorRole: 'reviewer',
        redecide: true,
      }),
    quality: Quality.default(Quality.parse({})),
    approval: z
      .object({
        timeoutSeconds: z
          .number()
          .int()
          .min(1)
          .max(30 * 86_400),
        defaultOutcome: z.enum(['approve', 'reject', 'escalate']).default('reject'),
        escalateRole: WorkRole.default('expert'),
      })
      .strict()
      .optional()
      .describe('For approval projects: what happens when nobody decides in time'),
    model: z
      .object({
        retrainEvery: z
          .number()
          .int()
          .min(1)
          .max(1_000_000)
          .optional()
          .describe('Retrain the built-in model after this many new human decisions (checked each minute)'),
        question: z.string().max(100).optional().describe('The choice question it learns (default: the first)'),
        calibrate: z
          .enum(['isotonic', 'none'])
          .optional()
          .describe(
            "isotonic: map each new version's confidences through an isotonic fit to its held-out human decisions; routing and advice read the calibrated value (the raw one is kept)",
          ),
      })
      .strict()
      .optional()
      .describe('The built-in model (issue 12): when it retrains on its own'),
    ordering: Ordering.default(DEFAULT_ORDERING).describe(
      'The order in which people get open items within a priority level (issue 12 point 2)',
    ),
  })
  .strict()
  .superRefine((policy, ctx) => {
    policy.rules.forEach((rule, index) => {
      const c = rule.when.confidence;
      if (c && (c.gte ?? c.gt ?? 0) > (c.lte ?? c.lt ?? 1)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', index, 'when', 'confidence'],
          message: 'lower bound above upper bound',
        });
      }
    });
  });
export type Policy = z.infer<typeof Policy>;

export const DEFAULT_POLICY: Policy = Policy.parse({});

export const PolicyView = z.object({
  version: z.number().int().describe('0 is the built-in default'),
  policy: Policy,
  createdAt: z.string().nullable(),
});
export type PolicyView = z.infer<typeof PolicyView>;
export const PolicyVersionsResponse = z.object({ versions: z.array(PolicyView) });
