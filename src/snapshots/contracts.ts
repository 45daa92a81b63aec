import { z } from 'zod';
import { IdParam, queryInt } from '../input/ids.js';
import { ItemFilterQuery } from '../items/contracts.js';
import { ProjectRef } from '../projects/contracts.js';

export const CreateSnapshotBody = z
  .object({
    name: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe('A label such as "train-v7"; defaults to snapshot-<id>'),
    reason: z.string().trim().min(1).max(2_000).describe('Why it was taken ("training data for model v7")'),
    filter: z
      .object({
        status: ItemFilterQuery.shape.status,
        minConfidence: z.number().min(0).max(1).optional(),
        maxConfidence: z.number().min(0).max(1).optional(),
        tag: ItemFilterQuery.shape.tag,
      })
      .strict()
      .default({})
      .describe('Which items (as listing filters them); all items by default'),
  })
  .strict();
export type CreateSnapshotBody = z.infer<typeof CreateSnapshotBody>;

export const SnapshotCounts = z.object({
  items: z.number().int(),
  decided: z.number().int(),
  perQuestion: z
    .record(
      z.string(),
      z.object({ answered: z.number().int(), values: z.record(z.string(), z.number().int()).optional() }),
    )
    .describe('Per question: decided answers, and per option value for choice questions'),
});
export type SnapshotCounts = z.infer<typeof SnapshotCounts>;

export const SnapshotView = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  name: z.string(),
  reason: z.string(),
  filter: z.record(z.string(), z.unknown()),
  schemaHash: z.string().describe('SHA-256 of the label schema the snapshot was taken under (its version)'),
  counts: SnapshotCounts,
  contentHash: z.string().describe('SHA-256 over every record in order: equal hashes, equal content'),
  createdBy: z.number().int().nullable(),
  createdAt: z.string(),
});
export type SnapshotView = z.infer<typeof SnapshotView>;

export const ListSnapshotsResponse = z.object({ snapshots: z.array(SnapshotView) });

export const SnapshotParams = z.object({ project: ProjectRef, snapshotId: IdParam });

export const SnapshotDiffQuery = z
  .object({
    against: IdParam.describe('The earlier snapshot: the diff says what changed from it to this one'),
    limit: queryInt(0, 1_000).default(100).describe('Item ids listed per kind of change'),
  })
  .strict();

export const SnapshotDiff = z.object({
  from: z.number().int(),
  to: z.number().int(),
  added: z.object({ count: z.number().int(), itemIds: z.array(z.number().int()) }),
  removed: z.object({ count: z.number().int(), itemIds: z.array(z.number().int()) }),
  labelChanged: z
    .record(z.string(), z.object({ count: z.number().int(), itemIds: z.array(z.number().int()) }))
    .describe('Per question: items in both whose decided answer differs'),
  unchanged: z.number().int(),
});
export type SnapshotDiff = z.infer<typeof SnapshotDiff>;
