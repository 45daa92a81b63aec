import { sql } from 'kysely';
import { stableStringify } from '../consensus/index.js';
import { readJson } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import { type Task, toTask } from '../queue/store.js';

/**
 * Whether this claim should be a gold item: gold is mixed in so that, over time, about `rate` of
 * the tasks a person has taken in the project are gold (a counter, not a coin: reproducible).
 */
export async function dueForGold(storage: Storage, projectId: number, userId: number, rate: number): Promise<boolean> {
  if (rate <= 0) return false; // callers check first that the project has gold items at all
  const row = await storage.db
    .selectFrom('tasks')
    .select([
      sql<number>`coalesce(sum(case when phase = 'gold' then 1 else 0 end), 0)`.as('gold'),
      (eb) => eb.fn.countAll<number>().as('total'),
    ])
    .where('project_id', '=', projectId)
    .where('claimed_by', '=', userId)
    .executeTakeFirst();
  return Number(row?.gold ?? 0) < rate * (Number(row?.total ?? 0) + 1);
}

/**
 * Opens and claims, in one statement, a gold slot for this person on a gold item they have not
 * seen. Gold slots are personal (phase "gold"): the unique (item, phase, person) index means
 * nobody gets the same gold item twice. Items are shuffled per person by a hash of the ids.
 */
export async function claimGoldTask(
  storage: Storage,
  projectId: number,
  userId: number,
  leaseUntil: number,
  now: number,
): Promise<Task | undefined> {
  const result = await sql<Parameters<typeof toTask>[0]>`
    insert into tasks (project_id, item_id, phase, role, priority, state, audit, available_at, claimed_by, claimed_at, created_at)
    select ${projectId}, i.id, 'gold', 'annotator', 0, 'queued', 0, ${leaseUntil}, ${userId}, ${now}, ${now}
    from items i
    where i.project_id = ${projectId} and i.status = 'gold'
      and not exists (select 1 from tasks t where t.item_id = i.id and t.claimed_by = ${userId})
    order by ((i.id + ${userId} * 7919) * 2654435761) % 4294967311
    limit 1
    returning id, project_id, item_id, phase, role, priority, state, audit, available_at, claimed_by, claimed_at, completed_at`.execute(
    storage.db,
  );
  const row = result.rows[0];
  return row ? toTask(row) : undefined;
}

/** Per-question exact comparison of an answer with the known one (questions the gold answers). */
export function matchesAnswer(answer: Record<string, unknown>, known: Record<string, unknown>): boolean {
  return Object.entries(known).every(
    ([question, value]) => stableStringify(answer[question] ?? null) === stableStringify(value),
  );
}

/** A gold item's known answer, or null for ordinary items. */
export async function selectGoldAnswer(storage: Storage, itemId: number): Promise<Record<string, unknown> | null> {
  const row = await storage.db.selectFrom('items').select('gold_answer').where('id', '=', itemId).executeTakeFirst();
  return row?.gold_answer ? readJson<Record<string, unknown>>(row.gold_answer) : null;
}
