import { z } from 'zod';
import { queryInt } from '../input/ids.js';
import { ItemMetadata } from '../items/contracts.js';
import { ProjectParams } from '../projects/contracts.js';

/** Production traces and sampling (issue 13 point 6). */

export const TRACE_LIMITS = { batchRows: 1_000, bodyBytes: 16 * 1024 * 1024 } as const;

export const TraceId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces')
  .describe('Your id for the trace: sending it again changes nothing (idempotent)');

export const Thumbs = z.enum(['up', 'down']);

export const TraceFeedback = z
  .object({
    thumbs: Thumbs.optional(),
    comment: z.string().max(10_000).optional(),
  })
  .strict();

export const TraceInput = z
  .object({
    traceId: TraceId,
    input: z.unknown().optional().describe('What the application received (text or JSON)'),
    output: z.unknown().optional().describe('What the model answered (text or JSON)'),
    modelVersion: z.string().min(1).max(200).optional(),
    feedback: TraceFeedback.optional(),
    metadata: ItemMetadata.refine((value) => Object.keys(value).length <= 47, 'at most 47 metadata keys')
      .optional()
      .describe('As item metadata (flat key → value, tags, risk); slices and boosts read it'),
    timestamp: z.iso.datetime({ offset: true }).optional().describe('When it happened (default: when received)'),
  })
  .strict();
export type TraceInput = z.infer<typeof TraceInput>;

export const TraceRowError = z.object({
  row: z.number().int().describe('0-based index in the request (the line, for JSONL)'),
  path: z.string().describe('The field, e.g. `feedback.thumbs`'),
  message: z.string(),
});
export type TraceRowError = z.infer<typeof TraceRowError>;

export const SAMPLE_REASONS = ['thumbs_down', 'disagreement', 'judge_fail', 'boost', 'random'] as const;
export type SampleReason = (typeof SAMPLE_REASONS)[number];

export const SendTracesResponse = z.object({
  received: z.number().int().describe('Traces new to the project'),
  duplicates: z.number().int().describe('Trace ids already known: nothing changed'),
  rejected: z.number().int(),
  sampled: z.number().int().describe('Traces of this request that became review items now'),
  errors: z.array(TraceRowError),
});
export type SendTracesResponse = z.infer<typeof SendTracesResponse>;

export const TraceFeedbackInput = z
  .object({ traceId: TraceId, thumbs: Thumbs.optional(), comment: z.string().max(10_000).optional() })
  .strict();
export type TraceFeedbackInput = z.infer<typeof TraceFeedbackInput>;

export const SendFeedbackBody = z.array(z.unknown()).max(TRACE_LIMITS.batchRows);
export const SendFeedbackResponse = z.object({
  updated: z.number().int(),
  unknown: z.array(z.string()).describe('Trace ids the project does not have'),
  rejected: z.number().int(),
  sampled: z.number().int(),
  errors: z.array(TraceRowError),
});
export type SendFeedbackResponse = z.infer<typeof SendFeedbackResponse>;

const Rate = z.number().min(0).max(1);
const Cap = z.number().int().min(0).max(10_000_000);

export const SamplingPolicy = z
  .object({
    random: Rate.default(0).describe('Share of traces sampled at random (0–1)'),
    thumbsDown: z.boolean().default(true).describe('Sample every trace a user thumbed down'),
    judgeFail: z.boolean().default(false).describe('Sample a trace when an auto judge fails it'),
    disagreement: z
      .boolean()
      .default(true)
      .describe("Sample a trace when a judge's verdict contradicts the user's thumbs"),
    boosts: z
      .array(
        z
          .object({
            metadata: z.record(z.string().max(100), z.union([z.string(), z.number(), z.boolean()])),
            rate: Rate,
          })
          .strict(),
      )
      .max(50)
      .default([])
      .describe('A slice (every metadata key = value holds) sampled at this rate instead, when higher'),
    caps: z
      .object({
        total: Cap.optional().describe('Sampled traces per UTC day, all reasons'),
        perReason: z.partialRecord(z.enum(SAMPLE_REASONS), Cap).optional(),
      })
      .strict()
      .default({}),
    seed: z.string().max(100).default('').describe('Changes which traces the random rates pick'),
    review: z
      .object({ question: z.string().min(1).max(100), passValues: z.array(z.string().min(1).max(200)).min(1) })
      .strict()
      .optional()
      .describe('The review question whose answer says pass; other answers count as failures in the report'),
  })
  .strict();
export type SamplingPolicy = z.infer<typeof SamplingPolicy>;

export const SamplingPolicyView = z.object({
  version: z.number().int().describe('0: the built-in default (nothing sampled but thumbs-down and disagreement)'),
  policy: SamplingPolicy,
  createdAt: z.string().nullable(),
});
export type SamplingPolicyView = z.infer<typeof SamplingPolicyView>;

export const ReportQuery = z
  .object({
    from: z.iso.datetime({ offset: true }).optional().describe('Default: 30 days before `to`'),
    to: z.iso.datetime({ offset: true }).optional().describe('Default: now'),
    slice: z.string().min(1).max(100).optional().describe('A metadata key: figures per value'),
    bucket: z.enum(['day', 'week']).default('day'),
  })
  .strict();
export type ReportQuery = z.infer<typeof ReportQuery>;

const Figures = z.object({
  received: z.number().int(),
  sampled: z.number().int(),
  reviewed: z.number().int().describe('Sampled traces whose item has a human decision'),
  failed: z.number().int().describe('Human decision says fail; or, with no human decision, an auto judge failed it'),
  assessed: z.number().int().describe('Traces with a human decision or a judge verdict: the failure rate’s base'),
  failureRate: z.number().nullable(),
});

export const TraceReport = z.object({
  from: z.string(),
  to: z.string(),
  bucket: z.enum(['day', 'week']),
  slice: z.string().nullable(),
  totals: Figures.extend({ sampledBy: z.record(z.string(), z.number().int()) }),
  series: z.array(Figures.extend({ start: z.string(), slice: z.string().nullable() })),
});
export type TraceReport = z.infer<typeof TraceReport>;

export const RecentSampledQuery = z.object({ limit: queryInt(1, 200).default(50) }).strict();
export const RecentSampledResponse = z.object({
  traces: z.array(
    z.object({
      traceId: z.string(),
      itemId: z.number().int().nullable(),
      reason: z.string(),
      thumbs: Thumbs.nullable(),
      modelVersion: z.string().nullable(),
      sampledAt: z.string(),
    }),
  ),
});

export { ProjectParams };
