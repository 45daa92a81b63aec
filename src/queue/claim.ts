import { type RawBuilder, sql } from 'kysely';
import { afterWrite, type Engine, isUniqueViolation, perRowProbe, skipLocked } from '../db/dialect.js';
import type { Executor } from '../db/executor.js';
import type { Storage } from '../db/storage.js';
import { claimGoldTask } from '../quality/gold.js';
import type { WorkRole } from '../users/contracts.js';
import { type Task, taskColumns, toTask } from './store.js';

/**
 * How often a person whose queue looks empty has their fresh slots scanned again from the start.
 * Cursors skip what a person has passed; a slot can slip behind a cursor only in rare races (a
 * batch committing after a later one, a lock-skipped claim rolled back, a lapsed lease someone
 * else then took), and the rescan hands such a slot out at the latest this long after the person
 * runs out of other work.
 */
export const RESCAN_MS = 30_000;

export interface PersonClaimRequest {
  readonly projectId: number;
  readonly userId: number;
  readonly roles: readonly WorkRole[];
  readonly leaseMs: number;
  readonly now: number;
  /** Leases this person may hold in the project at once. */
  readonly maxLeases: number;
  /** Target share of gold among claims (0: never gold); the project must have gold items. */
  readonly goldRate: number;
  /** Only a slot of this item (the approvals inbox opens a chosen item). */
  readonly itemId?: number;
}

export type ClaimOutcome =
  | { readonly kind: 'claimed'; readonly task: Task }
  | { readonly kind: 'lease_limit'; readonly held: number }
  | { readonly kind: 'empty' };

/**
 * Claims the next slot for a person (issue 10 point 1). One transaction that first locks the
 * person's `claim_people` row, so one person's claims run one at a time (on every server) and the
 * lease limit, counted after the lock, cannot be overshot by parallel claims. Then, in order:
 * a gold slot when one is due; a slot that was claimed before and came back (lease lapsed or
 * released) at the top open priority; fresh slots level by level from the person's cursor; the
 * rest of the returned slots; items they skipped; a full rescan at most every RESCAN_MS.
 * Every step is one `update … where id = (select … for update skip locked)` statement (see
 * `claimSlot`), so no slot goes to two people, and each reads a bounded number of rows: the
 * cursor starts past the slots of items the person already answered, however far ahead they are.
 */
export async function claimForPerson(storage: Storage, request: PersonClaimRequest): Promise<ClaimOutcome> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await storage.db.transaction().execute((trx) => claimInTransaction(storage.engine, trx, request));
    } catch (error) {
      // Two slots of one item racing for the same person (only possible after a lease lapsed and
      // came back): the unique (item, phase, person) index refuses one; claim again.
      if (!isUniqueViolation(error) || attempt >= 4) throw error;
    }
  }
}

interface Level {
  readonly priority: number;
  /** The cursor: the (rank, id) of the fresh slot the person took last at this level; 0 = none. */
  readonly fromRank: number;
  readonly fromId: number;
}

async function claimInTransaction(engine: Engine, trx: Executor, request: PersonClaimRequest): Promise<ClaimOutcome> {
  const { projectId, userId, now } = request;
  const rolesKey = request.roles.join(',');
  const person = await lockPerson(trx, projectId, userId, rolesKey);
  if (person.roles !== rolesKey) {
    // The person's role changed: slots their cursors passed may be theirs to do now.
    await trx.deleteFrom('claim_cursors').where('project_id', '=', projectId).where('user_id', '=', userId).execute();
    await trx
      .updateTable('claim_people')
      .set({ roles: rolesKey })
      .where('project_id', '=', projectId)
      .where('user_id', '=', userId)
      .execute();
  }
  const { held, levels, lapsed } = await readQueueHead(trx, projectId, userId, now, person.roles === rolesKey);
  if (held >= request.maxLeases) return { kind: 'lease_limit', held };
  const claim = (scope: RawBuilder<unknown>, order: RawBuilder<unknown>, fresh: boolean, includeSkipped = false) =>
    claimSlot(engine, trx, request, scope, order, fresh, includeSkipped);
  const claimed = (task: Task): ClaimOutcome => ({ kind: 'claimed', task });

  if (request.itemId !== undefined) {
    const task = await claim(sql`and t.item_id = ${request.itemId}`, sql`t.priority desc, t.id`, false, true);
    return task ? claimed(task) : { kind: 'empty' };
  }
  if (
    request.goldRate > 0 &&
    person.goldClaims < request.goldRate * (person.claims + 1) &&
    (levels.length > 0 || lapsed)
  ) {
    const gold = await claimGoldTask(trx, projectId, userId, now + request.leaseMs, now);
    if (gold) {
      await countClaim(trx, request, gold, false);
      return claimed(gold);
    }
  }
  const top = levels[0]?.priority;
  const returned = sql`and t.claimed_at is not null and t.available_at <= ${now}`;
  const byPosition = sql`t.priority desc, t.rank, t.id`;
  if (lapsed) {
    const scope = top === undefined ? returned : sql`${returned} and t.priority >= ${top}`;
    const task = await claim(scope, byPosition, false);
    if (task) return claimed(task);
  }
  for (const level of levels) {
    const task =
      (level.fromRank >= 0 ? await claim(sameRankScope(level), sql`t.id`, true) : undefined) ??
      (await claim(laterRankScope(level.priority, level.fromRank), sql`t.rank, t.id`, true));
    if (task) return claimed(task);
  }
  if (lapsed && top !== undefined) {
    const task = await claim(sql`${returned} and t.priority < ${top}`, byPosition, false);
    if (task) return claimed(task);
  }
  // Items this person skipped come back only when nothing else is left.
  const skipped = sql`and t.item_id in (select s.item_id from task_skips s where s.user_id = ${userId})`;
  const again = await claim(skipped, byPosition, false, true);
  if (again) return claimed(again);
  if (now - person.rescannedAt >= RESCAN_MS && levels.some((level) => level.fromId > 0)) {
    await trx
      .updateTable('claim_people')
      .set({ rescanned_at: now })
      .where('project_id', '=', projectId)
      .where('user_id', '=', userId)
      .execute();
    for (const level of levels) {
      // The cursor stays where it was: moving it back would make the next claims walk again.
      const task = await claim(laterRankScope(level.priority, -1), sql`t.rank, t.id`, false);
      if (task) return claimed(task);
    }
  }
  return { kind: 'empty' };
}

/**
 * Fresh slots after a cursor at (rank, id), in the `tasks_fresh` order, as two index ranges read
 * one after the other: the cursor's rank past its id, then the higher ranks. (A row-value
 * `(rank, id) > (r, i)` is not a range on SQLite: it would walk every slot of rank r again.)
 */
function sameRankScope(level: Level): RawBuilder<unknown> {
  return sql`and t.claimed_at is null and t.priority = ${level.priority} and t.rank = ${level.fromRank} and t.id > ${level.fromId}`;
}

function laterRankScope(priority: number, fromRank: number): RawBuilder<unknown> {
  return sql`and t.claimed_at is null and t.priority = ${priority} and t.rank > ${fromRank}`;
}

interface PersonRow {
  readonly roles: string;
  readonly claims: number;
  readonly goldClaims: number;
  readonly rescannedAt: number;
}

/** Creates or locks the person's claim row (ON CONFLICT DO UPDATE locks it until commit). */
async function lockPerson(trx: Executor, projectId: number, userId: number, rolesKey: string): Promise<PersonRow> {
  const row = await trx
    .insertInto('claim_people')
    .values({ project_id: projectId, user_id: userId, roles: rolesKey, claims: 0, gold_claims: 0, rescanned_at: 0 })
    .onConflict((oc) =>
      oc.columns(['project_id', 'user_id']).doUpdateSet({ rescanned_at: sql<number>`claim_people.rescanned_at` }),
    )
    .returning(['roles', 'claims', 'gold_claims', 'rescanned_at'])
    .executeTakeFirstOrThrow();
  return {
    roles: row.roles,
    claims: Number(row.claims),
    goldClaims: Number(row.gold_claims),
    rescannedAt: Number(row.rescanned_at),
  };
}

/**
 * After the lock, in one round trip: the person's leases in the project, the priority levels that
 * have fresh slots (highest first, found by a skip scan of the fresh index: one probe per level)
 * with the person's cursor in each, and whether any claimed slot has come back.
 */
async function readQueueHead(
  trx: Executor,
  projectId: number,
  userId: number,
  now: number,
  useCursors: boolean,
): Promise<{ held: number; levels: Level[]; lapsed: boolean }> {
  const fresh = sql`project_id = ${projectId} and state = 'queued' and claimed_at is null`;
  const result = await sql<{
    held: number;
    lapsed: number | null;
    priority: number | null;
    from_id: number | null;
    from_rank: number | null;
  }>`
    with recursive levels(priority) as (
      select (select max(priority) from tasks where ${fresh})
      union all
      select (select max(priority) from tasks where ${fresh} and priority < levels.priority)
      from levels where levels.priority is not null
    )
    select
      (select count(*) from tasks h
        where h.claimed_by = ${userId} and h.state = 'queued' and h.available_at > ${now} and h.project_id = ${projectId}) as held,
      (select 1 from tasks r
        where r.project_id = ${projectId} and r.state = 'queued' and r.claimed_at is not null and r.available_at <= ${now}
        limit 1) as lapsed,
      l.priority, c.task_id as from_id, c.rank as from_rank
    from (select 1 as one) head
    left join levels l on l.priority is not null
    left join claim_cursors c on c.project_id = ${projectId} and c.user_id = ${userId} and c.priority = l.priority
    order by l.priority desc`.execute(trx);
  const first = result.rows[0];
  const levels: Level[] = [];
  for (const row of result.rows) {
    if (row.priority === null) continue;
    const cursor = useCursors && row.from_id !== null;
    levels.push({
      priority: Number(row.priority),
      fromRank: cursor ? Number(row.from_rank ?? 0) : -1,
      fromId: cursor ? Number(row.from_id) : 0,
    });
  }
  return { held: Number(first?.held ?? 0), levels, lapsed: first?.lapsed !== null && first?.lapsed !== undefined };
}

/**
 * The atomic claim: ONE statement takes the first claimable slot in `order` within `scope` on an
 * item this person neither holds nor answered (nor skipped, unless asked). PostgreSQL locks the
 * row with SKIP LOCKED, so concurrent claimers never wait on or take the same slot; SQLite runs
 * one writer at a time. On PostgreSQL the same statement also counts the claim and, for a `fresh`
 * slot, moves the person's cursor (`countClaim`'s writes, see `afterWrite`): both touch only rows
 * this transaction already locked (the person's), so they need nothing committed meanwhile.
 */
async function claimSlot(
  engine: Engine,
  trx: Executor,
  request: PersonClaimRequest,
  scope: RawBuilder<unknown>,
  order: RawBuilder<unknown>,
  fresh: boolean,
  includeSkipped: boolean,
): Promise<Task | undefined> {
  const { projectId, userId, leaseMs, now, roles } = request;
  const skipFilter = includeSkipped
    ? sql``
    : sql`and not exists (select 1 from task_skips s where s.item_id = t.item_id and s.user_id = ${userId} ${perRowProbe(engine)})`;
  const columns = sql.join(taskColumns.map((c) => sql.ref(c)));
  const update = sql`
    update tasks set claimed_by = ${userId}, claimed_at = ${now}, available_at = ${now + leaseMs}
    where id = (
      select t.id from tasks t
      where t.project_id = ${projectId} and t.state = 'queued' ${scope}
        and t.available_at <= ${now} and t.phase <> 'gold' and t.role in (${sql.join(roles)})
        and not exists (
          select 1 from tasks o where o.item_id = t.item_id and o.claimed_by = ${userId} and o.id <> t.id ${perRowProbe(engine)}
        )
        ${skipFilter}
      order by ${order}
      limit 1
      ${skipLocked(engine)}
    )
    returning ${columns}`;
  const counted = sql`update claim_people set claims = claims + 1
    where project_id = ${projectId} and user_id = ${userId} and exists (select 1 from done)`;
  const cursor = sql`insert into claim_cursors (project_id, user_id, priority, task_id, rank)
    select ${projectId}, ${userId}, priority, id, rank from done
    on conflict (project_id, user_id, priority) do update set task_id = excluded.task_id, rank = excluded.rank`;
  const chained = afterWrite(engine, update, sql`select ${columns} from done`, fresh ? [counted, cursor] : [counted]);
  const result = await (chained ?? update).execute(trx);
  const row = result.rows[0] as Parameters<typeof toTask>[0] | undefined;
  if (!row) return undefined;
  const task = toTask(row);
  if (!chained) await countClaim(trx, request, task, fresh);
  return task;
}

/** Counts the claim (gold ones apart) and, for a fresh slot, moves the person's cursor to it. */
async function countClaim(trx: Executor, request: PersonClaimRequest, task: Task, fresh: boolean): Promise<void> {
  const { projectId, userId } = request;
  if (fresh) {
    await trx
      .insertInto('claim_cursors')
      .values({ project_id: projectId, user_id: userId, priority: task.priority, task_id: task.id, rank: task.rank })
      .onConflict((oc) =>
        oc.columns(['project_id', 'user_id', 'priority']).doUpdateSet({ task_id: task.id, rank: task.rank }),
      )
      .execute();
  }
  await trx
    .updateTable('claim_people')
    .set((eb) => ({
      claims: eb('claims', '+', 1),
      gold_claims: eb('gold_claims', '+', task.phase === 'gold' ? 1 : 0),
    }))
    .where('project_id', '=', projectId)
    .where('user_id', '=', userId)
    .execute();
}
