import { z } from 'zod';
import { AuditRecordView } from '../audit/contracts.js';
import { listAudit } from '../audit/service.js';
import { readJson } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import { DecisionView, decisionHistory, toDecisionView } from '../decisions/service.js';
import { ItemView } from '../items/contracts.js';
import { listItemReports, ReportView } from '../items/reports.js';
import { getItem, toItemView } from '../items/service.js';
import type { Project } from '../projects/store.js';

/** Everything that happened to one item, for the explorer's item page (issue 14). */

const Person = z.object({ id: z.number().int(), username: z.string() });

export const ItemResponseView = z.object({
  id: z.number().int(),
  taskId: z.number().int(),
  phase: z.string(),
  person: Person,
  answer: z.record(z.string(), z.unknown()),
  timeSpentMs: z.number().int().nullable(),
  goldCorrect: z.boolean().nullable().describe('For a gold item: whether the answer matched the known one'),
  createdAt: z.string(),
});

export const ItemSlotView = z.object({
  id: z.number().int(),
  phase: z.string(),
  role: z.string(),
  state: z.string(),
  claimedBy: Person.nullable(),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
});

export const ItemDetails = z.object({
  item: ItemView,
  modelVersion: z.string().nullable().describe('metadata.modelVersion: which model made the prediction'),
  goldAnswer: z.record(z.string(), z.unknown()).nullable(),
  responses: z.array(ItemResponseView).describe('Oldest first'),
  slots: z.array(ItemSlotView).describe('Every task slot the item has had, oldest first'),
  decisions: z
    .array(DecisionView.extend({ decidedByUsername: z.string().nullable() }))
    .describe('Oldest first; the one with supersededBy null is current'),
  reports: z.array(ReportView),
  audit: z.array(AuditRecordView).describe('Audit records about this item, newest first (up to 200)'),
});
export type ItemDetails = z.infer<typeof ItemDetails>;

export async function itemDetails(storage: Storage, project: Project, itemId: number): Promise<ItemDetails> {
  const item = await getItem(storage, project, itemId);
  const [gold, responses, slots, decisions, reports, audit] = await Promise.all([
    storage.db.selectFrom('items').select('gold_answer').where('id', '=', itemId).executeTakeFirstOrThrow(),
    storage.db
      .selectFrom('responses as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select([
        'r.id',
        'r.task_id',
        'r.phase',
        'r.user_id',
        'u.username',
        'r.answer',
        'r.time_spent_ms',
        'r.gold_correct',
        'r.created_at',
      ])
      .where('r.item_id', '=', itemId)
      .orderBy('r.id')
      .execute(),
    storage.db
      .selectFrom('tasks as t')
      .leftJoin('users as u', 'u.id', 't.claimed_by')
      .select(['t.id', 't.phase', 't.role', 't.state', 't.claimed_by', 'u.username', 't.created_at', 't.completed_at'])
      .where('t.item_id', '=', itemId)
      .orderBy('t.id')
      .execute(),
    decisionHistory(storage, project, itemId),
    listItemReports(storage, project, itemId),
    listAudit(storage, { target: `item:${itemId}`, limit: 200 }, project.id),
  ]);
  const deciders = await usernames(
    storage,
    decisions.map((d) => d.decidedBy).filter((id): id is number => id !== null),
  );
  const metadata = item.metadata;
  return {
    item: toItemView(item),
    modelVersion: typeof metadata.modelVersion === 'string' ? metadata.modelVersion : null,
    goldAnswer: gold.gold_answer === null ? null : readJson(gold.gold_answer),
    responses: responses.map((r) => ({
      id: Number(r.id),
      taskId: Number(r.task_id),
      phase: r.phase,
      person: { id: Number(r.user_id), username: r.username },
      answer: readJson(r.answer),
      timeSpentMs: r.time_spent_ms === null ? null : Number(r.time_spent_ms),
      goldCorrect: r.gold_correct === null ? null : Boolean(r.gold_correct),
      createdAt: new Date(Number(r.created_at)).toISOString(),
    })),
    slots: slots.map((t) => ({
      id: Number(t.id),
      phase: t.phase,
      role: t.role,
      state: t.state,
      claimedBy: t.claimed_by === null ? null : { id: Number(t.claimed_by), username: t.username ?? '' },
      createdAt: new Date(Number(t.created_at)).toISOString(),
      completedAt: t.completed_at === null ? null : new Date(Number(t.completed_at)).toISOString(),
    })),
    decisions: decisions.map((d) => ({
      ...toDecisionView(d),
      decidedByUsername: d.decidedBy === null ? null : (deciders.get(d.decidedBy) ?? null),
    })),
    reports,
    audit: audit.records,
  };
}

async function usernames(storage: Storage, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await storage.db
    .selectFrom('users')
    .select(['id', 'username'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((row) => [Number(row.id), row.username]));
}
