import { readJson } from '../db/dialect.js';
import type { Executor } from '../db/executor.js';
import { enqueueJobs } from '../jobs/store.js';
import type { NotificationEvent } from './contracts.js';

declare module '../jobs/registry.js' {
  interface JobPayloads {
    'notify.send': { channelId: number; itemId: number; event: NotificationEvent };
  }
}

/**
 * Queues one `notify.send` job per active channel of the project that wants `event`, per item,
 * inside the caller's transaction: a rolled-back change notifies nobody. Keyed by channel, so a
 * dead Slack URL holds up only its own sends. Costs one indexed read, and only for approval items.
 */
export async function enqueueApprovalNotifications(
  db: Executor,
  projectId: number,
  itemIds: readonly number[],
  event: NotificationEvent,
  now: number,
): Promise<void> {
  if (itemIds.length === 0) return;
  const channels = await db
    .selectFrom('notification_channels')
    .select(['id', 'events'])
    .where('project_id', '=', projectId)
    .where('active', '=', 1)
    .execute();
  const wanted = channels.filter((channel) => {
    const events = readJson<string[]>(channel.events);
    return events.length === 0 || events.includes(event);
  });
  await enqueueJobs(
    db,
    wanted.flatMap((channel) =>
      itemIds.map((itemId) => ({
        type: 'notify.send' as const,
        payload: { channelId: Number(channel.id), itemId, event },
        key: `notify:${channel.id}`,
        projectId,
      })),
    ),
    now,
  );
}
