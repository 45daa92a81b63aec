import { z } from 'zod';
import { IdParam, queryInt } from '../input/ids.js';
import { JOB_STATES } from './store.js';

export const ListJobsQuery = z
  .object({
    state: z.enum(JOB_STATES).optional().describe('queued, running, done, failed or cancelled'),
    type: z.string().min(1).max(64).optional().describe('A job kind, e.g. webhook.deliver'),
    limit: queryInt(1, 500).default(100),
    before: IdParam.optional().describe('Jobs with a smaller id than this (the previous page’s nextBefore)'),
  })
  .strict();
export type ListJobsQuery = z.infer<typeof ListJobsQuery>;

export const JobParams = z.object({ jobId: IdParam });
export const ProjectJobParams = z.object({ project: z.string().min(1).max(63), jobId: IdParam });

export const JobView = z.object({
  id: z.number().int(),
  type: z.string(),
  key: z.string().nullable().describe('Jobs sharing a key run one at a time (e.g. one webhook endpoint)'),
  projectId: z.number().int().nullable(),
  payload: z.unknown(),
  state: z.enum(JOB_STATES),
  runAt: z.string().describe('When it is (or was) due'),
  attempts: z.number().int(),
  lastError: z.string().nullable().describe('Why the last attempt failed'),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type JobView = z.infer<typeof JobView>;

export const JobsPage = z.object({
  jobs: z.array(JobView).describe('Newest first'),
  nextBefore: z.number().int().nullable().describe('Pass as ?before= for the next page'),
});

export const JobTypeSummary = z.object({
  type: z.string(),
  queued: z.number().int().describe('Waiting, due or scheduled'),
  due: z.number().int().describe('Queued and due now: the backlog'),
  running: z.number().int(),
  failed: z.number().int().describe('Failed for good (retry them with POST …/retry)'),
  oldestDueAgeSeconds: z.number().nullable().describe('How long the oldest due job has waited'),
});
export type JobTypeSummary = z.infer<typeof JobTypeSummary>;

export const JobsSummary = z.object({
  types: z.array(JobTypeSummary),
  total: JobTypeSummary.omit({ type: true }),
});
export type JobsSummary = z.infer<typeof JobsSummary>;
