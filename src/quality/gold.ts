import { sql } from 'kysely';
import { stableStringify } from '../consensus/index.js';
import { readJson } from '../db/dialect.js';
import type { Executor } from '../db/executor.js';
import type { Storage } from '../db/storage.js';
import { type Task, toTask } from '../queue/store.js';

/**
 * Gold is mixed in so that, over time, about the policy's gold rate of the tasks a person has
 * taken in the project are gold (a counter kept in claim_people, not a coin: reproducible).
 * Opens and claims, in one statement, a gold slot for this person on a gold item they have not
 * seen. Gold slots are personal (phase "gold"): the unique (item, phase, person) index means
 * nobody gets the same gold item twice. Items are shuffled per person by a hash of the ids.
 */
export async function claimGoldTask(
  db: Executor,
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
    db,
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
