import { z } from 'zod';
import { IdParam } from '../input/ids.js';

export const TaskView = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  itemId: z.number().int(),
  phase: z.enum(['review', 'adjudication']),
  role: z.string(),
  leaseExpiresAt: z.string().describe('Heartbeat before this to keep the task'),
});
export type TaskView = z.infer<typeof TaskView>;

export const ResponseView = z.object({
  id: z.number().int(),
  userId: z.number().int(),
  username: z.string(),
  answer: z.record(z.string(), z.unknown()),
  timeSpentMs: z.number().nullable(),
  createdAt: z.string(),
});

export const ClaimedTaskView = z.object({
  task: TaskView,
  item: z.object({
    id: z.number().int(),
    externalId: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
    prediction: z.record(z.string(), z.unknown()).nullable(),
    confidence: z.number().nullable(),
    judges: z
      .array(
        z.object({
          judge: z.string(),
          pass: z.boolean().nullable(),
          score: z.number().nullable(),
          answers: z.record(z.string(), z.unknown()).nullable(),
          reason: z.string().nullable(),
        }),
      )
      .describe("Judges' latest verdicts as pre-labels (issue 13); empty in blind projects"),
  }),
  adjudication: z
    .object({ responses: z.array(ResponseView), agreement: z.number() })
    .optional()
    .describe('For adjudication tasks: the responses to resolve and their agreement'),
});
export type ClaimedTaskView = z.infer<typeof ClaimedTaskView>;

export const TaskParams = z.object({ taskId: IdParam });
export const QueueView = z.object({
  open: z.number().int().describe('Slots waiting for someone'),
  leased: z.number().int().describe('Slots someone holds now'),
  done: z.number().int(),
  items: z.record(z.string(), z.number().int()).describe('Items per status'),
});
