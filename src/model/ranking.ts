import { sql } from 'kysely';
import { jsonText, readJson } from '../db/dialect.js';
import { chunked, type Executor } from '../db/executor.js';
import type { Storage } from '../db/storage.js';
import type { Project } from '../projects/store.js';
import { diversify, sketch } from '../queue/diversity.js';
import { type Ordering, probabilitiesFromConfidence, rankFor } from '../queue/ordering.js';
import { dropCursorsPast } from '../queue/store.js';
import { itemText } from './item-text.js';

/** How many items at the head of the queue `uncertainty_diversity` reorders (O(head²) similarity). */
export const DIVERSITY_HEAD = 200;

export interface ItemRank {
  readonly itemId: number;
  readonly rank: number;
}

/**
 * Writes new ranks onto the fresh (never-claimed, open) slots of items, one statement per 500
 * items, then drops the claim cursors that now stand past a slot (src/queue/store.ts).
 */
export async function setItemRanks(db: Executor, projectId: number, ranks: readonly ItemRank[]): Promise<void> {
  if (ranks.length === 0) return;
  for (const chunk of chunked(ranks, 500)) {
    const cases = sql.join(
      chunk.map((r) => sql`when ${r.itemId} then ${r.rank}`),
      sql` `,
    );
    await sql`update tasks set rank = case item_id ${cases} else rank end
      where item_id in (${sql.join(chunk.map((r) => r.itemId))})
        and state = 'queued' and claimed_at is null`.execute(db);
  }
  await dropCursorsPast(
    db,
    projectId,
    ranks.reduce((low, r) => Math.min(low, r.rank), Infinity),
  );
}

/** The key that places an item reproducibly (as the audit sample's: external id, else data). */
export function rankKey(projectId: number, externalId: string | null, dataText: string | null): string {
  return `${projectId}:${externalId ?? dataText ?? ''}`;
}

/**
 * Re-ranks every open item of a project from its stored confidence after the policy's ordering
 * changed (job `model.rerank`), then reorders the head for diversity when asked. Items that carry
 * only a top confidence get the rest spread over the other options (exact for two classes).
 */
export async function rerankProject(storage: Storage, project: Project, ordering: Ordering): Promise<number> {
  const question = project.labelSchema.questions.find((q) => q.type === 'single_choice');
  const classes = question?.type === 'single_choice' ? question.options.length : 2;
  let cursor = 0;
  let ranked = 0;
  for (;;) {
    const rows = await storage.db
      .selectFrom('items')
      .select(['id', 'external_id', 'confidence', jsonText(storage.engine, 'data').as('data_text')])
      .where('project_id', '=', project.id)
      .where('status', 'in', ['queued', 'adjudication', 'decided'])
      .where('id', '>', cursor)
      .orderBy('id')
      .limit(1_000)
      .execute();
    if (rows.length === 0) break;
    cursor = Number(rows[rows.length - 1]?.id);
    const ranks = rows.map((row) => ({
      itemId: Number(row.id),
      rank: rankFor(
        ordering,
        row.confidence === null ? null : probabilitiesFromConfidence(Number(row.confidence), classes),
        rankKey(project.id, row.external_id, row.data_text),
      ),
    }));
    await storage.db.transaction().execute(async (trx) => {
      await setItemRanks(trx, project.id, ranks);
      // Back to `oldest`: every rank is 0 again and so must every cursor be.
      if (ordering.strategy === 'oldest') await dropCursorsPast(trx, project.id, -1);
    });
    ranked += rows.length;
  }
  if (ordering.strategy === 'uncertainty_diversity') await diversifyHead(storage, project.id);
  return ranked;
}

/**
 * Reorders the first DIVERSITY_HEAD items of each priority level's fresh slots so that no item
 * follows a near-duplicate of an earlier one (src/queue/diversity.ts): the head's ranks are
 * handed out again in the new order, so the rest of the queue keeps its place.
 */
export async function diversifyHead(storage: Storage, projectId: number): Promise<number> {
  const rows = await storage.db
    .selectFrom('tasks')
    .innerJoin('items', 'items.id', 'tasks.item_id')
    .select(['tasks.item_id', 'tasks.priority', 'tasks.rank', 'items.data'])
    .where('tasks.project_id', '=', projectId)
    .where('tasks.state', '=', 'queued')
    .where('tasks.claimed_at', 'is', null)
    .where('tasks.phase', '=', 'review')
    .orderBy('tasks.priority', 'desc')
    .orderBy('tasks.rank')
    .orderBy('tasks.id')
    .limit(DIVERSITY_HEAD * 3)
    .execute();
  const levels = new Map<number, { itemId: number; rank: number; sketch: Uint32Array }[]>();
  const seen = new Set<number>();
  for (const row of rows) {
    const itemId = Number(row.item_id);
    if (seen.has(itemId)) continue;
    seen.add(itemId);
    const level = levels.get(row.priority) ?? [];
    if (level.length >= DIVERSITY_HEAD) continue;
    level.push({ itemId, rank: Number(row.rank), sketch: sketch(itemText(readJson(row.data))) });
    levels.set(row.priority, level);
  }
  const ranks: ItemRank[] = [];
  for (const head of levels.values()) {
    const places = head.map((entry) => entry.rank);
    diversify(head).forEach((entry, index) => {
      const rank = places[index] as number;
      if (rank !== entry.rank) ranks.push({ itemId: entry.itemId, rank });
    });
  }
  await storage.db.transaction().execute((trx) => setItemRanks(trx, projectId, ranks));
  return ranks.length;
}
