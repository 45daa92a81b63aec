import { z } from 'zod';
import type { Storage } from '../db/storage.js';
import { NotFoundError } from '../errors.js';
import { queryInt } from '../input/ids.js';
import type { Project } from '../projects/store.js';

/** How many recent deliveries one listing shows at most. */
export const MAX_DELIVERIES = 200;

export const ListDeliveriesQuery = z
  .object({
    limit: queryInt(1, MAX_DELIVERIES).default(50).describe('Newest first'),
  })
  .strict();

export const DeliveryView = z.object({
  id: z.number().int(),
  eventId: z.number().int(),
  eventType: z.string(),
  status: z.enum(['pending', 'delivered', 'failed']).describe('pending: waiting for its first or next try'),
  attempts: z.number().int().describe('Tries so far (up to 12, with doubling backoff)'),
  httpStatus: z.number().int().nullable().describe("The receiver's last answer; null before a try or when none came"),
  lastError: z.string().nullable(),
  lastAttemptAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable().describe('When a pending delivery is tried next'),
  deliveredAt: z.string().nullable(),
  createdAt: z.string().describe('When the event happened'),
});
export type DeliveryView = z.infer<typeof DeliveryView>;

const iso = (ms: number | string | null) => (ms === null ? null : new Date(Number(ms)).toISOString());

/**
 * The recent deliveries of one of the project's webhooks (a removed one too: its last
 * deliveries say why they stopped), newest first. `webhook_deliveries` is the record users read;
 * the `webhook.deliver` job behind each one holds its schedule (src/events/webhook-delivery.ts).
 */
export async function listDeliveries(
  storage: Storage,
  project: Project,
  webhookId: number,
  limit: number,
): Promise<DeliveryView[]> {
  const hook = await storage.db
    .selectFrom('webhooks')
    .select('id')
    .where('id', '=', webhookId)
    .where('project_id', '=', project.id)
    .executeTakeFirst();
  if (!hook) throw new NotFoundError('WEBHOOK_NOT_FOUND', `No webhook ${webhookId} in project "${project.slug}"`);
  const rows = await storage.db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('events as e', 'e.id', 'd.event_id')
    .select([
      'd.id',
      'd.event_id',
      'e.type',
      'e.created_at',
      'd.status',
      'd.attempts',
      'd.http_status',
      'd.last_error',
      'd.last_attempt_at',
      'd.next_attempt_at',
      'd.delivered_at',
    ])
    .where('d.webhook_id', '=', webhookId)
    .orderBy('d.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: Number(row.id),
    eventId: Number(row.event_id),
    eventType: row.type,
    status: row.status as DeliveryView['status'],
    attempts: Number(row.attempts),
    httpStatus: row.http_status === null ? null : Number(row.http_status),
    lastError: row.last_error,
    lastAttemptAt: iso(row.last_attempt_at),
    nextAttemptAt: row.status === 'pending' ? iso(row.next_attempt_at) : null,
    deliveredAt: iso(row.delivered_at),
    createdAt: iso(row.created_at) ?? '',
  }));
}
