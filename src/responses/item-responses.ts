import { z } from 'zod';
import type { Storage } from '../db/storage.js';
import { getItem } from '../items/service.js';
import type { Project } from '../projects/store.js';
import { selectItemResponses } from './store.js';

export const ResponseView = z.object({
  id: z.number().int(),
  taskId: z.number().int(),
  phase: z.enum(['review', 'adjudication', 'gold']).describe('adjudication: the answer that settled a disagreement'),
  userId: z.number().int(),
  username: z.string(),
  answer: z.record(z.string(), z.unknown()),
  timeSpentMs: z.number().int().nullable(),
  createdAt: z.string(),
});
export type ResponseView = z.infer<typeof ResponseView>;

export const ItemResponsesView = z.object({ responses: z.array(ResponseView) });

/** Every answer given on an item, oldest first, with who gave it (issue 9, point 19). */
export async function listItemResponses(storage: Storage, project: Project, itemId: number): Promise<ResponseView[]> {
  await getItem(storage, project, itemId); // ITEM_NOT_FOUND for another project's item
  const responses = await selectItemResponses(storage.db, itemId);
  const ids = [...new Set(responses.map((r) => r.userId))];
  const users =
    ids.length === 0
      ? []
      : await storage.db.selectFrom('users').select(['id', 'username']).where('id', 'in', ids).execute();
  const names = new Map(users.map((u) => [Number(u.id), u.username]));
  return responses.map((r) => ({
    id: r.id,
    taskId: r.taskId,
    phase: r.phase,
    userId: r.userId,
    username: names.get(r.userId) ?? `user ${r.userId}`,
    answer: r.answer,
    timeSpentMs: r.timeSpentMs,
    createdAt: new Date(r.createdAt).toISOString(),
  }));
}
