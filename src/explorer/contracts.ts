import { z } from 'zod';
import { queryDecimal, queryInt } from '../input/ids.js';
import { ItemStatus } from '../items/contracts.js';

/** Contracts of the data explorer (issue 14): one filter shared by the page, bulk actions and export. */

const Flag = z.enum(['true', 'false']).transform((value) => value === 'true');
const Share = queryDecimal(0, 1);
const Instant = z.iso
  .datetime({ offset: true })
  .or(z.iso.date())
  .transform((value) => Date.parse(value))
  .describe('An ISO date (2026-12-01) or date-time (2026-12-01T09:30:00Z)');
const KeyValue = z
  .string()
  .min(3)
  .max(300)
  .regex(/^[^:]{1,100}:.+$/s, 'write it as key:value')
  .transform((raw) => {
    const at = raw.indexOf(':');
    return { key: raw.slice(0, at), value: raw.slice(at + 1) };
  });

export const EXPLORER_SORTS = ['-id', 'id', '-confidence', 'confidence', '-updatedAt', 'updatedAt'] as const;

export const ExplorerFilterQuery = z
  .object({
    q: z.string().max(500).optional().describe('Words searched in the item data (prefixes match: "acm" finds "Acme")'),
    status: ItemStatus.optional(),
    label: KeyValue.optional().describe('The current decision answers question:value (e.g. verdict:spam)'),
    annotator: queryInt(1, Number.MAX_SAFE_INTEGER).optional().describe('A user id who answered the item'),
    minAgreement: Share.optional(),
    maxAgreement: Share.optional(),
    minConfidence: Share.optional(),
    maxConfidence: Share.optional(),
    modelVersion: z.string().min(1).max(200).optional().describe('metadata.modelVersion of the item'),
    tag: z.string().min(1).max(64).optional(),
    meta: KeyValue.optional().describe('A metadata key:value (e.g. source:web)'),
    gold: Flag.optional().describe('true: gold items only; false: no gold items'),
    reported: Flag.optional().describe('true: items with an open problem report'),
    adjudication: Flag.optional().describe('true: items waiting for adjudication'),
    createdFrom: Instant.optional(),
    createdTo: Instant.optional(),
    updatedFrom: Instant.optional(),
    updatedTo: Instant.optional(),
  })
  .strict();
export type ExplorerFilter = z.output<typeof ExplorerFilterQuery>;

export const ExploreQuery = ExplorerFilterQuery.extend({
  sort: z.enum(EXPLORER_SORTS).default('-id').describe('A field, newest/highest first with "-"'),
  page: queryInt(1, 100_000).default(1),
  pageSize: queryInt(1, 200).default(50),
}).strict();

export const ExplorerRow = z.object({
  id: z.number().int(),
  externalId: z.string().nullable(),
  status: z.string(),
  preview: z.string().describe('The first text of the item data, cut to 200 characters'),
  prediction: z.record(z.string(), z.unknown()).nullable(),
  confidence: z.number().nullable(),
  modelVersion: z.string().nullable(),
  tags: z.array(z.string()),
  gold: z.boolean(),
  decision: z
    .object({
      answer: z.record(z.string(), z.unknown()),
      method: z.string(),
      agreement: z.number().nullable(),
    })
    .nullable(),
  openReports: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ExplorerRow = z.infer<typeof ExplorerRow>;

export const ExplorePage = z.object({
  items: z.array(ExplorerRow),
  total: z.number().int().describe('Items matching the filter (counted up to totalCap)'),
  totalCapped: z.boolean().describe('True when more than totalCap items match: total is then a lower bound'),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ExplorePage = z.infer<typeof ExplorePage>;

export const BULK_ACTIONS = ['send_back', 'mark_gold', 'archive', 'delete'] as const;

export const BulkActionBody = z
  .object({
    action: z
      .enum(BULK_ACTIONS)
      .describe(
        'send_back: a fresh review slot each; mark_gold: the current decision becomes the gold answer; archive: out of the queue, kept; delete: gone with its answers',
      ),
    itemIds: z
      .array(z.number().int().min(1))
      .min(1)
      .max(10_000)
      .optional()
      .describe('The selected items; without it, every item matching filter'),
    filter: z
      .record(z.string(), z.string())
      .optional()
      .describe('The explorer filter as query parameters (q, status, label, …) when itemIds is absent'),
    confirm: z.number().int().min(0).describe('How many items the caller expects to act on (from the page total)'),
  })
  .strict();
export type BulkActionBody = z.infer<typeof BulkActionBody>;

export const BulkActionReport = z.object({
  action: z.enum(BULK_ACTIONS),
  matched: z.number().int(),
  done: z.number().int(),
  skipped: z.array(z.object({ itemId: z.number().int(), reason: z.string() })),
});
export type BulkActionReport = z.infer<typeof BulkActionReport>;

export const MarkGoldBody = z
  .object({ answer: z.record(z.string(), z.unknown()).describe('The known answer, checked against the label schema') })
  .strict();
export const SendBackBody = z.object({ reason: z.string().trim().min(1).max(2_000).optional() }).strict();
export const ManagerReportBody = z
  .object({ reason: z.string().trim().min(3, 'say what is wrong (at least 3 characters)').max(2_000) })
  .strict();
