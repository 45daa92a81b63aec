import { aggregateResponses } from '../consensus/index.js';
import { readJson } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import type { ItemView } from '../items/contracts.js';
import { getItem } from '../items/service.js';
import type { Item } from '../items/store.js';
import type { Project } from '../projects/store.js';
import { selectItemResponses } from '../responses/store.js';
import { policyOf } from '../routing/store.js';
import type { ClaimedTaskView, TaskView } from './contracts.js';
import type { Task } from './store.js';

/**
 * Each judge's latest verdict on the item (issue 13 point 2), shown to reviewers like the model's
 * pre-label. Read straight from `judge_runs` so the work engine does not import the judges feature.
 */
async function judgePrelabels(storage: Storage, itemId: number): Promise<ClaimedTaskView['item']['judges']> {
  const rows = await storage.db
    .selectFrom('judge_runs')
    .innerJoin('judges', 'judges.id', 'judge_runs.judge_id')
    .select(['judges.name', 'judge_runs.pass', 'judge_runs.score', 'judge_runs.answers', 'judge_runs.reason'])
    .where('judge_runs.item_id', '=', itemId)
    .where('judge_runs.state', '=', 'done')
    .orderBy('judge_runs.finished_at', 'desc')
    .orderBy('judge_runs.id', 'desc')
    .execute();
  const seen = new Set<string>();
  const prelabels: ClaimedTaskView['item']['judges'] = [];
  for (const row of rows) {
    if (seen.has(row.name)) continue;
    seen.add(row.name);
    prelabels.push({
      judge: row.name,
      pass: row.pass === null ? null : Number(row.pass) === 1,
      score: row.score === null ? null : Number(row.score),
      answers: row.answers === null ? null : readJson<Record<string, unknown>>(row.answers),
      reason: row.reason,
    });
  }
  return prelabels.sort((a, b) => a.judge.localeCompare(b.judge));
}

export function toTaskView(task: Task): TaskView {
  return {
    id: task.id,
    projectId: task.projectId,
    itemId: task.itemId,
    // Gold looks exactly like ordinary review work to the person doing it.
    phase: task.phase === 'gold' ? 'review' : task.phase,
    role: task.role,
    leaseExpiresAt: new Date(task.availableAt).toISOString(),
  };
}

/**
 * An item as a worker may see it (they hold or answered one of its tasks): what the claim showed
 * them — no metadata (it may hold hints), no status (it would tell gold items
 * from real work), no pre-label in blind projects.
 */
export async function toWorkerItemView(storage: Storage, project: Project, item: Item): Promise<ItemView> {
  const { policy } = await policyOf(storage, project);
  return {
    id: item.id,
    projectId: item.projectId,
    externalId: item.externalId,
    data: item.data,
    prediction: policy.blind ? null : item.prediction,
    confidence: policy.blind ? null : item.confidence,
    metadata: {},
    status: 'assigned',
    revision: item.revision,
    createdAt: new Date(item.createdAt).toISOString(),
    updatedAt: new Date(item.createdAt).toISOString(),
  };
}

/**
 * What a person sees for a claimed task: the item (without metadata, which may hold hints not
 * meant for reviewers) and, for adjudication, every response with who gave it.
 */
export async function describeClaimedTask(storage: Storage, project: Project, task: Task): Promise<ClaimedTaskView> {
  const item = await getItem(storage, project, task.itemId);
  // Blind review: the pre-label never reaches the person, so it cannot anchor their answer.
  const { policy } = await policyOf(storage, project);
  const view: ClaimedTaskView = {
    task: toTaskView(task),
    item: {
      id: item.id,
      externalId: item.externalId,
      data: item.data,
      prediction: policy.blind ? null : item.prediction,
      confidence: policy.blind ? null : item.confidence,
      judges: policy.blind ? [] : await judgePrelabels(storage, item.id),
    },
  };
  if (task.phase !== 'adjudication') return view;
  const responses = await selectItemResponses(storage.db, item.id, 'review');
  const users = await storage.db
    .selectFrom('users')
    .select(['id', 'username'])
    .where('id', 'in', responses.map((r) => r.userId).concat([0]))
    .execute();
  const names = new Map(users.map((u) => [Number(u.id), u.username]));
  const agreement =
    responses.length > 0
      ? aggregateResponses(
          project.labelSchema,
          responses.map((r) => ({ userId: r.userId, answer: r.answer })),
        ).agreement
      : 1;
  return {
    ...view,
    adjudication: {
      agreement,
      responses: responses.map((r) => ({
        id: r.id,
        userId: r.userId,
        username: names.get(r.userId) ?? `user ${r.userId}`,
        answer: r.answer,
        timeSpentMs: r.timeSpentMs,
        createdAt: new Date(r.createdAt).toISOString(),
      })),
    },
  };
}
