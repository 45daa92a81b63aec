import { sql } from 'kysely';
import { z } from 'zod';
import type { Storage } from '../db/storage.js';
import { queryDecimal } from '../input/ids.js';
import type { Project } from '../projects/store.js';
import { selectQueueDepth } from '../queue/store.js';

export const StatsQuery = z
  .object({
    hours: queryDecimal(1, 24 * 90)
      .default(24)
      .describe('Window for throughput'),
  })
  .strict();

export const ProjectStats = z.object({
  items: z.record(z.string(), z.number().int()).describe('Items per status'),
  queue: z.object({ open: z.number().int(), leased: z.number().int(), done: z.number().int() }),
  bucketSeconds: z.number().int(),
  throughput: z.array(z.object({ at: z.string(), responses: z.number().int(), decisions: z.number().int() })),
  decisionsByMethod: z.record(z.string(), z.number().int()),
  redecided: z
    .number()
    .int()
    .describe('Consensus decisions a refit of the annotator model re-made (flipped labels), all time'),
  agreement: z.array(z.object({ from: z.number(), to: z.number(), items: z.number().int() })),
  annotators: z.array(
    z.object({
      userId: z.number().int(),
      username: z.string(),
      responses: z.number().int(),
      meanTimeMs: z.number().nullable(),
    }),
  ),
});
export type ProjectStats = z.infer<typeof ProjectStats>;

/**
 * A project's dashboard figures in a handful of grouped queries: items by status, queue depth,
 * responses and decisions per time bucket (60 buckets over the window), current decisions by
 * method, the agreement distribution (tenths) and per-person counts and mean time per task.
 */
export async function projectStats(
  storage: Storage,
  project: Project,
  hours: number,
  now = Date.now(),
): Promise<ProjectStats> {
  const db = storage.db;
  const bucketMs = Math.max(60_000, Math.ceil((hours * 3_600_000) / 60 / 60_000) * 60_000);
  const since = Math.floor((now - hours * 3_600_000) / bucketMs) * bucketMs;
  // The bucket width is inlined (a number we computed): PostgreSQL must see the same expression in
  // SELECT and GROUP BY, which two separately bound parameters are not.
  const bucket = (column: string) => sql<number>`(${sql.ref(column)} / ${sql.lit(bucketMs)}) * ${sql.lit(bucketMs)}`;

  const [statuses, queue, responses, decisions, methods, agreements, people, flips] = await Promise.all([
    db
      .selectFrom('items')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('project_id', '=', project.id)
      .groupBy('status')
      .execute(),
    selectQueueDepth(db, project.id, now),
    db
      .selectFrom('responses')
      .select([bucket('created_at').as('at'), (eb) => eb.fn.countAll<number>().as('n')])
      .where('project_id', '=', project.id)
      .where('created_at', '>=', since)
      .groupBy(bucket('created_at'))
      .execute(),
    db
      .selectFrom('decisions')
      .select([bucket('created_at').as('at'), (eb) => eb.fn.countAll<number>().as('n')])
      .where('project_id', '=', project.id)
      .where('created_at', '>=', since)
      .groupBy(bucket('created_at'))
      .execute(),
    db
      .selectFrom('decisions')
      .select(['method', (eb) => eb.fn.countAll<number>().as('n')])
      .where('project_id', '=', project.id)
      .where('superseded_by', 'is', null)
      .groupBy('method')
      .execute(),
    db
      .selectFrom('decisions')
      .select([sql<number>`cast(agreement * 10 as integer)`.as('bin'), (eb) => eb.fn.countAll<number>().as('n')])
      .where('project_id', '=', project.id)
      .where('superseded_by', 'is', null)
      .where('agreement', 'is not', null)
      .groupBy(sql`cast(agreement * 10 as integer)`)
      .execute(),
    db
      .selectFrom('responses')
      .innerJoin('users', 'users.id', 'responses.user_id')
      .select([
        'responses.user_id',
        'users.username',
        (eb) => eb.fn.countAll<number>().as('n'),
        (eb) => eb.fn.avg<number>('responses.time_spent_ms').as('mean'),
      ])
      .where('responses.project_id', '=', project.id)
      .groupBy(['responses.user_id', 'users.username'])
      .orderBy('n', 'desc')
      .execute(),
    db
      .selectFrom('consensus_fits')
      .select((eb) => eb.fn.sum<number>('redecided').as('n'))
      .where('project_id', '=', project.id)
      .executeTakeFirst(),
  ]);

  const responsesAt = new Map(responses.map((r) => [Number(r.at), Number(r.n)]));
  const decisionsAt = new Map(decisions.map((r) => [Number(r.at), Number(r.n)]));
  const throughput = [];
  for (let at = since; at <= now; at += bucketMs) {
    throughput.push({
      at: new Date(at).toISOString(),
      responses: responsesAt.get(at) ?? 0,
      decisions: decisionsAt.get(at) ?? 0,
    });
  }
  // Tenths of agreement; exactly 1.0 falls in bin 10 and is counted with the last tenth.
  const bins = new Array<number>(10).fill(0);
  for (const row of agreements) {
    const index = Math.min(9, Math.max(0, Number(row.bin)));
    bins[index] = (bins[index] ?? 0) + Number(row.n);
  }
  return {
    items: Object.fromEntries(statuses.map((s) => [s.status, Number(s.n)])),
    queue,
    bucketSeconds: bucketMs / 1_000,
    throughput,
    decisionsByMethod: Object.fromEntries(methods.map((m) => [m.method, Number(m.n)])),
    redecided: Number(flips?.n ?? 0),
    agreement: bins.map((items, i) => ({ from: i / 10, to: (i + 1) / 10, items })),
    annotators: people.map((p) => ({
      userId: Number(p.user_id),
      username: p.username,
      responses: Number(p.n),
      meanTimeMs: p.mean === null ? null : Math.round(Number(p.mean)),
    })),
  };
}
