import { createHmac } from 'node:crypto';
import { readJson } from '../db/dialect.js';
import type { Executor } from '../db/executor.js';
import { defineJob, exponentialBackoff } from '../jobs/registry.js';
import { enqueueJobs } from '../jobs/store.js';
import { postWebhook } from './webhook-target.js';

declare module '../jobs/registry.js' {
  interface JobPayloads {
    'webhook.deliver': { deliveryId: number };
  }
}

/** Delivery attempts before a delivery is marked failed; backoff doubles from 1 s to 10 min. */
export const MAX_ATTEMPTS = 12;
const backoff = exponentialBackoff(1_000, 600_000);

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, so receivers can reject replays. */
export function signPayload(secret: string, body: string, timestampSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${timestampSeconds}.${body}`).digest('hex');
  return `t=${timestampSeconds},v1=${mac}`;
}

/** What one delivery waited for: from its event's creation to the receiver's 2xx (metrics). */
export type DeliveryLagObserver = (lagMs: number) => void;
let observeLag: DeliveryLagObserver | undefined;
export function onWebhookDelivered(observer: DeliveryLagObserver | undefined): void {
  observeLag = observer;
}

/**
 * One job per delivery, keyed by its webhook: deliveries to one endpoint go one at a time and in
 * order, while a slow or dead endpoint holds only its own key — every other endpoint's
 * deliveries are claimed by other slots (issue 10: one receiver delayed every project by 188 s).
 * `webhook_deliveries` stays the record a user reads (status, attempts, last error); the job
 * holds the schedule and the lease.
 */
export async function enqueueDeliveries(
  db: Executor,
  deliveries: readonly { id: number; webhookId: number; projectId: number }[],
  now: number,
): Promise<void> {
  await enqueueJobs(
    db,
    deliveries.map((d) => ({
      type: 'webhook.deliver' as const,
      payload: { deliveryId: d.id },
      key: `webhook:${d.webhookId}`,
      projectId: d.projectId,
    })),
    now,
  );
}

export const webhookDeliveryJob = defineJob({
  type: 'webhook.deliver',
  maxAttempts: MAX_ATTEMPTS,
  backoff,
  // postWebhook gives up after 10 s; the margin covers the database writes around it.
  timeoutMs: 30_000,
  async run({ storage, payload, job }) {
    const delivery = await storage.db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('id', '=', payload.deliveryId)
      .executeTakeFirst();
    if (delivery?.status !== 'pending') return; // deleted with its project, or already sent
    const hook = await storage.db
      .selectFrom('webhooks')
      .selectAll()
      .where('id', '=', delivery.webhook_id)
      .executeTakeFirst();
    const event = await storage.db
      .selectFrom('events')
      .selectAll()
      .where('id', '=', delivery.event_id)
      .executeTakeFirst();
    if (!hook || !event || hook.active !== 1) {
      await storage.db
        .updateTable('webhook_deliveries')
        .set({ status: 'failed', last_error: 'webhook removed' })
        .where('id', '=', delivery.id)
        .execute();
      return;
    }
    const body = JSON.stringify({
      id: Number(event.id),
      type: event.type,
      projectId: Number(event.project_id),
      createdAt: new Date(Number(event.created_at)).toISOString(),
      data: readJson(event.payload),
    });
    let error: string | null = null;
    let httpStatus: number | null = null;
    try {
      // Checked again now (DNS may have changed since the webhook was created); never redirected.
      const status = await postWebhook(
        hook.url,
        {
          'content-type': 'application/json',
          'tandem-event-id': String(event.id),
          'tandem-event-type': event.type,
          'tandem-signature': signPayload(hook.secret, body, Math.floor(Date.now() / 1_000)),
        },
        body,
      );
      httpStatus = status;
      if (status < 200 || status >= 300)
        error = `HTTP ${status}${status >= 300 && status < 400 ? ' (redirects are not followed)' : ''}`;
    } catch (cause) {
      error = (cause as Error).message;
    }
    const done = Date.now();
    if (error === null) {
      await storage.db
        .updateTable('webhook_deliveries')
        .set({
          status: 'delivered',
          attempts: job.attempt,
          delivered_at: done,
          last_error: null,
          http_status: httpStatus,
          last_attempt_at: done,
        })
        .where('id', '=', delivery.id)
        .execute();
      observeLag?.(done - Number(event.created_at));
      return;
    }
    const last = job.attempt >= job.maxAttempts;
    await storage.db
      .updateTable('webhook_deliveries')
      .set({
        status: last ? 'failed' : 'pending',
        attempts: job.attempt,
        last_error: error.slice(0, 500),
        http_status: httpStatus,
        last_attempt_at: done,
        next_attempt_at: done + backoff(job.attempt),
      })
      .where('id', '=', delivery.id)
      .execute();
    throw new Error(error);
  },
});
