import { defineJob } from './registry.js';

declare module './registry.js' {
  interface JobPayloads {
    'jobs.prune': Record<string, never>;
  }
}

/** Finished jobs are kept this long for the jobs view, then deleted. */
export const KEEP_DONE_MS = 7 * 24 * 3_600_000;
/** Failed jobs stay longer: someone may still want to read the reason or retry them. */
export const KEEP_FAILED_MS = 30 * 24 * 3_600_000;

/** Recurring, hourly: deletes old finished jobs so the table holds the backlog and recent history. */
export const pruneJobsJob = defineJob({
  type: 'jobs.prune',
  everyMs: 3_600_000,
  maxAttempts: 1,
  run: async ({ storage }) => {
    const now = Date.now();
    await storage.db
      .deleteFrom('jobs')
      .where('state', 'in', ['done', 'cancelled'])
      .where('finished_at', '<', now - KEEP_DONE_MS)
      .execute();
    await storage.db
      .deleteFrom('jobs')
      .where('state', '=', 'failed')
      .where('finished_at', '<', now - KEEP_FAILED_MS)
      .execute();
  },
});
