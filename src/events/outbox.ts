import { isTrue, notifyExpression, readJson } from '../db/dialect.js';
import { chunked, type Executor } from '../db/executor.js';
import { EVENTS_CHANNEL } from './hub.js';
import { enqueueDeliveries } from './webhook-delivery.js';

export const EVENT_TYPES = [
  'item.decided',
  'item.queued',
  'task.submitted',
  'item.adjudication',
  'item.timed_out',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface NewEvent {
  readonly projectId: number;
  readonly type: EventType;
  readonly payload: Record<string, unknown>;
}

export interface StoredEvent extends NewEvent {
  readonly id: number;
  readonly createdAt: number;
}

/**
 * The durable outbox: events are written in the same transaction as the change they describe,
 * with one pending delivery per subscribed webhook, so a committed change always reaches its
 * webhooks (at least once) and a rolled-back one never does.
 */
export async function appendEvents(db: Executor, events: readonly NewEvent[], now: number): Promise<StoredEvent[]> {
  if (events.length === 0) return [];
  const stored: StoredEvent[] = [];
  let subscribed = false;
  for (const chunk of chunked(events, 1_000)) {
    // One round trip: the insert also says whether the project has any active webhook, and on
    // PostgreSQL sends the NOTIFY that wakes event streams (delivered at commit, once per
    // transaction however many rows ask). The common case, no webhook, costs nothing more.
    const rows = await db
      .insertInto('events')
      .values(
        chunk.map((e) => ({
          project_id: e.projectId,
          type: e.type,
          payload: JSON.stringify(e.payload),
          created_at: now,
        })),
      )
      .returning((eb) => [
        'id',
        eb
          .exists(
            eb
              .selectFrom('webhooks')
              .select('webhooks.id')
              .whereRef('webhooks.project_id', '=', 'events.project_id')
              .where('webhooks.active', '=', 1),
          )
          .as('hooked'),
        notifyExpression(db, EVENTS_CHANNEL).as('notified'),
      ])
      .execute();
    chunk.forEach((event, index) => {
      const row = rows[index];
      if (row && isTrue(row.hooked)) subscribed = true;
      stored.push({ ...event, id: Number(row?.id), createdAt: now });
    });
  }
  if (!subscribed) return stored;
  const projectIds = [...new Set(events.map((e) => e.projectId))];
  const hooks = await db
    .selectFrom('webhooks')
    .select(['id', 'project_id', 'event_types'])
    .where('project_id', 'in', projectIds)
    .where('active', '=', 1)
    .execute();
  const deliveries = stored.flatMap((event) =>
    hooks
      .filter((hook) => Number(hook.project_id) === event.projectId)
      .filter((hook) => {
        const types = readJson<string[]>(hook.event_types);
        return types.length === 0 || types.includes(event.type);
      })
      .map((hook) => ({
        webhook_id: Number(hook.id),
        event_id: event.id,
        status: 'pending',
        attempts: 0,
        next_attempt_at: now,
      })),
  );
  for (const chunk of chunked(deliveries, 1_000)) {
    const rows = await db.insertInto('webhook_deliveries').values(chunk).returning(['id', 'webhook_id']).execute();
    const projectOf = new Map(hooks.map((hook) => [Number(hook.id), Number(hook.project_id)]));
    await enqueueDeliveries(
      db,
      rows.map((row) => ({
        id: Number(row.id),
        webhookId: Number(row.webhook_id),
        projectId: projectOf.get(Number(row.webhook_id)) ?? 0,
      })),
      now,
    );
  }
  return stored;
}
