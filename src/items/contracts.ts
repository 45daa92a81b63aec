import { z } from 'zod';
import { IdParam, queryDecimal, queryInt } from '../input/ids.js';

/** Request and response contracts for items; types come from `z.infer`. */

/** `reported`: someone reported a problem with it; out of the queue until a manager resolves it. */
export const ITEM_STATUSES = ['pending', 'queued', 'adjudication', 'decided', 'held', 'gold', 'reported'] as const;
export const ItemStatus = z.enum(ITEM_STATUSES);

/** Limits stated in the README ("Limits"). */
export const LIMITS = {
  batchRows: 10_000,
  itemBytes: 1_000_000,
  singleBodyBytes: 2_000_000,
  batchBodyBytes: 64_000_000,
  importBytes: 10_000_000_000,
  importLineBytes: 2_000_000,
} as const;

const MetadataValue = z.union([z.string().max(1_000), z.number(), z.boolean(), z.null()]);

export const ItemMetadata = z
  .object({
    tags: z.array(z.string().min(1).max(64)).max(50).optional().describe('Slice tags, e.g. ["hard", "fr"]'),
    risk: z.enum(['low', 'medium', 'high']).optional(),
  })
  .catchall(MetadataValue)
  .refine((value) => Object.keys(value).length <= 50, 'at most 50 metadata keys')
  .describe('Tags, a risk level and flat key/values used for slices and routing');
export type ItemMetadata = z.infer<typeof ItemMetadata>;

export const ItemInput = z
  .object({
    externalId: z
      .string()
      .min(1)
      .max(256)
      .optional()
      .describe('Your id; re-sending it updates the same item instead of creating a duplicate'),
    data: z.record(z.string(), z.unknown()).describe('What people see: text, URLs, transcripts, an agent action…'),
    prediction: z
      .record(z.string(), z.unknown())
      .optional()
      .describe("The model's answer, keyed by question name; checked against the label schema"),
    confidence: z.number().min(0).max(1).optional().describe("The model's confidence in its prediction"),
    gold: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('The known answer: makes this a gold item, mixed into queues to measure people (never decided)'),
    metadata: ItemMetadata.optional(),
  })
  .strict();
export type ItemInput = z.infer<typeof ItemInput>;

export const CreateItemsBatchBody = z
  .object({
    items: z
      .array(z.unknown())
      .min(1)
      .max(LIMITS.batchRows)
      .describe('Each row is an ItemInput; rows are checked one by one and good rows are stored'),
  })
  .strict();

export const ItemView = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  externalId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  prediction: z.record(z.string(), z.unknown()).nullable(),
  confidence: z.number().nullable(),
  metadata: z.record(z.string(), z.unknown()),
  status: z.string(),
  revision: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ItemView = z.infer<typeof ItemView>;

export const RowError = z.object({
  row: z.number().int().describe('0-based index of the row in the batch or file'),
  line: z.number().int().optional().describe('1-based line in the imported file'),
  code: z
    .enum(['VALIDATION_FAILED', 'SCHEMA_MISMATCH', 'INVALID_LINE', 'INVALID_FILE'])
    .describe(
      'INVALID_LINE: this line or record could not be read (not JSON, a broken CSV record, a cell that cannot be read); INVALID_FILE: the file could not be read from here on',
    ),
  path: z.string(),
  message: z.string(),
});
export type RowError = z.infer<typeof RowError>;

export const RowResult = z.object({
  row: z.number().int(),
  id: z.number().int(),
  externalId: z.string().nullable(),
  status: z.enum(['created', 'updated']),
});
export type RowResult = z.infer<typeof RowResult>;

export const IngestReport = z.object({
  received: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  rejected: z.number().int().describe('Rows not stored; each has at least one entry in errors'),
  items: z.array(RowResult).optional().describe('One entry per stored row (batches only)'),
  errors: z.array(RowError),
  errorsTruncated: z.boolean().optional().describe('True when more errors occurred than are listed'),
  incomplete: z
    .boolean()
    .optional()
    .describe('True when a file could not be read to its end: the last error says from which line'),
});
export type IngestReport = z.infer<typeof IngestReport>;

const Confidence = queryDecimal(0, 1);

export const ItemFilterQuery = z
  .object({
    status: ItemStatus.optional(),
    tag: z.string().min(1).max(64).optional(),
    minConfidence: Confidence.optional(),
    maxConfidence: Confidence.optional(),
  })
  .strict();
export type ItemFilter = z.infer<typeof ItemFilterQuery>;

export const ListItemsQuery = ItemFilterQuery.extend({
  limit: queryInt(1, 1_000).default(100),
  cursor: z.string().max(100).optional().describe('nextCursor from the previous page'),
}).strict();

export const ListItemsResponse = z.object({
  items: z.array(ItemView),
  nextCursor: z.string().nullable().describe('Pass as cursor for the next page; null on the last page'),
});

export const ExportQuery = ItemFilterQuery.extend({ format: z.enum(['jsonl', 'csv']).default('jsonl') }).strict();

export const ItemParams = z.object({ project: z.string().min(1).max(63), itemId: IdParam });
