import { sql } from 'kysely';
import { afterWrite, type Engine, readJson } from '../db/dialect.js';
import type { Executor } from '../db/executor.js';
import { completeTask, type TaskPhase } from '../queue/store.js';

export interface StoredResponse {
  readonly id: number;
  readonly taskId: number;
  readonly itemId: number;
  readonly projectId: number;
  readonly userId: number;
  readonly phase: TaskPhase;
  readonly answer: Record<string, unknown>;
  readonly timeSpentMs: number | null;
  readonly idempotencyKey: string | null;
  readonly createdAt: number;
  /** Gold only: whether the answer matched the known one. */
  readonly goldCorrect?: boolean | null;
  /** Whether the answer equals the pre-label that was shown. */
  readonly prelabelMatch?: boolean | null;
  /** Gold only: whether the pre-label shown was wrong. */
  readonly prelabelWrong?: boolean | null;
}

const columns = [
  'id',
  'task_id',
  'item_id',
  'project_id',
  'user_id',
  'phase',
  'answer',
  'time_spent_ms',
  'idempotency_key',
  'created_at',
] as const;

type Row = {
  id: number;
  task_id: number;
  item_id: number;
  project_id: number;
  user_id: number;
  phase: string;
  answer: unknown;
  time_spent_ms: number | null;
  idempotency_key: string | null;
  created_at: number;
};

function toResponse(row: Row): StoredResponse {
  return {
    id: Number(row.id),
    taskId: Number(row.task_id),
    itemId: Number(row.item_id),
    projectId: Number(row.project_id),
    userId: Number(row.user_id),
    phase: row.phase as TaskPhase,
    answer: readJson(row.answer),
    timeSpentMs: row.time_spent_ms === null ? null : Number(row.time_spent_ms),
    idempotencyKey: row.idempotency_key,
    createdAt: Number(row.created_at),
  };
}

const flag = (value: boolean | null | undefined) => (value === undefined || value === null ? null : value ? 1 : 0);

export async function insertResponse(
  db: Executor,
  response: Omit<StoredResponse, 'id' | 'createdAt'>,
  now: number,
): Promise<StoredResponse> {
  const row = await db
    .insertInto('responses')
    .values({
      task_id: response.taskId,
      item_id: response.itemId,
      project_id: response.projectId,
      user_id: response.userId,
      phase: response.phase,
      answer: JSON.stringify(response.answer),
      time_spent_ms: response.timeSpentMs,
      idempotency_key: response.idempotencyKey,
      created_at: now,
      gold_correct: flag(response.goldCorrect),
      prelabel_match: flag(response.prelabelMatch),
      prelabel_wrong: flag(response.prelabelWrong),
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
  return toResponse(row);
}

export async function selectResponseByKey(
  db: Executor,
  userId: number,
  key: string,
): Promise<StoredResponse | undefined> {
  const row = await db
    .selectFrom('responses')
    .select(columns)
    .where('user_id', '=', userId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
  return row ? toResponse(row) : undefined;
}

export async function selectResponseByTask(db: Executor, taskId: number): Promise<StoredResponse | undefined> {
  const row = await db.selectFrom('responses').select(columns).where('task_id', '=', taskId).executeTakeFirst();
  return row ? toResponse(row) : undefined;
}

export async function selectItemResponses(db: Executor, itemId: number, phase?: TaskPhase): Promise<StoredResponse[]> {
  let query = db.selectFrom('responses').select(columns).where('item_id', '=', itemId);
  if (phase) query = query.where('phase', '=', phase);
  return (await query.orderBy('id').execute()).map(toResponse);
}

/**
 * Marks the slot answered (the rule of `completeTask`: held by this person, or lapsed and still
 * free) and stores the response, on PostgreSQL in ONE statement (the update in a WITH, see
 * `afterWrite`). Undefined, with nothing written, when the slot is gone.
 */
export async function answerTask(
  db: Executor,
  engine: Engine,
  response: Omit<StoredResponse, 'id' | 'createdAt'>,
  now: number,
): Promise<StoredResponse | undefined> {
  const { taskId, userId } = response;
  const complete = sql`update tasks set state = 'done', claimed_by = ${userId}, completed_at = ${now}
    where id = ${taskId} and state = 'queued' and (claimed_by = ${userId} or available_at <= ${now})
    returning id`;
  const insert = sql`insert into responses (task_id, item_id, project_id, user_id, phase, answer, time_spent_ms,
      idempotency_key, created_at, gold_correct, prelabel_match, prelabel_wrong)
    select id, ${response.itemId}, ${response.projectId}, ${userId}, ${response.phase}, cast(${JSON.stringify(response.answer)} as json),
      cast(${response.timeSpentMs} as bigint), cast(${response.idempotencyKey} as text), ${now},
      cast(${flag(response.goldCorrect)} as integer), cast(${flag(response.prelabelMatch)} as integer),
      cast(${flag(response.prelabelWrong)} as integer)
    from done
    returning ${sql.join(columns.map((c) => sql.ref(c)))}`;
  const chained = afterWrite(engine, complete, insert);
  if (chained) {
    const row = (await chained.execute(db)).rows[0] as Row | undefined;
    return row ? toResponse(row) : undefined;
  }
  if (!(await completeTask(db, taskId, userId, now))) return undefined;
  return insertResponse(db, response, now);
}
