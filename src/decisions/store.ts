import type { Selectable } from 'kysely';
import { readJson } from '../db/dialect.js';
import { chunked, type Executor } from '../db/executor.js';
import type { DecisionsTable } from '../db/tables.js';

export const DECISION_METHODS = ['auto', 'consensus', 'adjudicated', 'override', 'timeout'] as const;
export type DecisionMethod = (typeof DECISION_METHODS)[number];

export interface NewDecision {
  readonly itemId: number;
  readonly projectId: number;
  readonly answer: Record<string, unknown>;
  readonly method: DecisionMethod;
  readonly agreement: number | null;
  readonly responseIds: readonly number[];
  readonly policyVersion: number | null;
  readonly decidedBy: number | null;
  readonly reason: string | null;
}

export interface Decision extends NewDecision {
  readonly id: number;
  readonly supersededBy: number | null;
  readonly createdAt: number;
}

const columns = [
  'id',
  'item_id',
  'project_id',
  'answer',
  'method',
  'agreement',
  'response_ids',
  'policy_version',
  'decided_by',
  'reason',
  'superseded_by',
  'created_at',
] as const;

type Row = Selectable<DecisionsTable>;

function toDecision(row: Row): Decision {
  return {
    id: Number(row.id),
    itemId: Number(row.item_id),
    projectId: Number(row.project_id),
    answer: readJson(row.answer),
    method: row.method as DecisionMethod,
    agreement: row.agreement,
    responseIds: readJson<number[]>(row.response_ids),
    policyVersion: row.policy_version,
    decidedBy: row.decided_by === null ? null : Number(row.decided_by),
    reason: row.reason,
    supersededBy: row.superseded_by === null ? null : Number(row.superseded_by),
    createdAt: Number(row.created_at),
  };
}

/**
 * Records decisions. A new decision for an item that already has one supersedes it: the old row
 * stays as history with `superseded_by` set, never overwritten.
 */
export async function insertDecisions(
  db: Executor,
  decisions: readonly NewDecision[],
  now: number,
): Promise<Decision[]> {
  const stored: Decision[] = [];
  for (const chunk of chunked(decisions, 1_000)) {
    const rows = await db
      .insertInto('decisions')
      .values(
        chunk.map((d) => ({
          item_id: d.itemId,
          project_id: d.projectId,
          answer: JSON.stringify(d.answer),
          method: d.method,
          agreement: d.agreement,
          response_ids: JSON.stringify(d.responseIds),
          policy_version: d.policyVersion,
          decided_by: d.decidedBy,
          reason: d.reason,
          created_at: now,
        })),
      )
      .returning(columns)
      .execute();
    stored.push(...rows.map(toDecision));
  }
  return stored;
}

/** Marks every earlier current decision of these items as superseded by the given new ones. */
export async function supersedeEarlier(db: Executor, latest: readonly Decision[]): Promise<void> {
  for (const decision of latest) {
    await db
      .updateTable('decisions')
      .set({ superseded_by: decision.id })
      .where('item_id', '=', decision.itemId)
      .where('id', '<', decision.id)
      .where('superseded_by', 'is', null)
      .execute();
  }
}

export async function selectCurrentDecision(db: Executor, itemId: number): Promise<Decision | undefined> {
  const row = await db
    .selectFrom('decisions')
    .select(columns)
    .where('item_id', '=', itemId)
    .where('superseded_by', 'is', null)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row ? toDecision(row) : undefined;
}

export async function selectDecisionHistory(db: Executor, itemId: number): Promise<Decision[]> {
  const rows = await db.selectFrom('decisions').select(columns).where('item_id', '=', itemId).orderBy('id').execute();
  return rows.map(toDecision);
}
