import { createHmac, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../audit/record.js';
import { readJson, skipLocked } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import { NotFoundError, ValidationError } from '../errors.js';
import type { Project } from '../projects/store.js';
import type { User } from '../users/store.js';
import { EVENT_TYPES } from './outbox.js';
import { checkWebhookTarget, MAX_WEBHOOK_URL_LENGTH, postWebhook } from './webhook-target.js';

export const CreateWebhookBody = z
  .object({
    url: z
      .url({ protocol: /^https?$/ })
      .max(MAX_WEBHOOK_URL_LENGTH)
      .describe(
        'Receives a POST per event. Loopback, private, link-local and other non-public addresses are refused unless TANDEM_WEBHOOK_ALLOW_HOSTS lists them',
      ),
    events: z.array(z.enum(EVENT_TYPES)).default([]).describe('Event types to send; empty means all'),
    secret: z.string().min(16).max(200).optional().describe('HMAC-SHA256 key; generated when omitted'),
  })
  .strict();

export const WebhookView = z.object({
  id: z.number().int(),
  url: z.string(),
  events: z.array(z.string()),
  secret: z.string().describe('Verify Tandem-Signature with it'),
  active: z.boolean(),
  createdAt: z.string(),
});
export type WebhookView = z.infer<typeof WebhookView>;

/** Delivery attempts before a delivery is marked failed; backoff doubles from 1 s to 10 min. */
export const MAX_ATTEMPTS = 12;

export async function createWebhook(
  storage: Storage,
  project: Project,
  body: z.infer<typeof CreateWebhookBody>,
  actor: User,
): Promise<WebhookView> {
  const target = await checkWebhookTarget(body.url);
  if (!target.ok) throw new ValidationError([{ path: 'url', message: `the URL ${target.reason}` }]);
  const now = Date.now();
  const secret = body.secret ?? randomBytes(24).toString('base64url');
  const row = await storage.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('webhooks')
      .values({
        project_id: project.id,
        url: body.url,
        secret,
        event_types: JSON.stringify(body.events),
        active: 1,
        created_at: now,
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    await recordAudit(
      trx,
      {
        actorId: actor.id,
        action: 'webhook.created',
        projectId: project.id,
        target: `webhook:${inserted.id}`,
        details: { url: body.url, events: body.events },
      },
      now,
    );
    return inserted;
  });
  return {
    id: Number(row.id),
    url: body.url,
    events: body.events,
    secret,
    active: true,
    createdAt: new Date(now).toISOString(),
  };
}

export async function listWebhooks(storage: Storage, project: Project): Promise<WebhookView[]> {
  const rows = await storage.db
    .selectFrom('webhooks')
    .selectAll()
    .where('project_id', '=', project.id)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: Number(row.id),
    url: row.url,
    events: readJson<string[]>(row.event_types),
    secret: row.secret,
    active: row.active === 1,
    createdAt: new Date(Number(row.created_at)).toISOString(),
  }));
}

export async function deleteWebhook(storage: Storage, project: Project, webhookId: number, actor: User): Promise<void> {
  await storage.db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('webhooks')
      .set({ active: 0 })
      .where('id', '=', webhookId)
      .where('project_id', '=', project.id)
      .where('active', '=', 1)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new NotFoundError('WEBHOOK_NOT_FOUND', `No webhook ${webhookId}`);
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'webhook.deleted',
      projectId: project.id,
      target: `webhook:${webhookId}`,
    });
  });
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, so receivers can reject replays. */
export function signPayload(secret: string, body: string, timestampSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${timestampSeconds}.${body}`).digest('hex');
  return `t=${timestampSeconds},v1=${mac}`;
}

/**
 * Sends due deliveries. Each is claimed by pushing its next attempt a minute ahead in one
 * statement (SKIP LOCKED on PostgreSQL), so several servers never send the same attempt twice at
 * once; delivery is still at-least-once (a receiver dedupes by Tandem-Event-Id).
 */
export async function deliverDueWebhooks(storage: Storage, now = Date.now()): Promise<number> {
  const claimed = await sql<{ id: number; webhook_id: number; event_id: number; attempts: number }>`
    update webhook_deliveries set next_attempt_at = ${now + 60_000}
    where id in (
      select id from webhook_deliveries where status = 'pending' and next_attempt_at <= ${now}
      order by next_attempt_at limit 20 ${skipLocked(storage.engine)}
    )
    returning id, webhook_id, event_id, attempts`.execute(storage.db);
  await Promise.all(claimed.rows.map((delivery) => deliverOne(storage, delivery)));
  return claimed.rows.length;
}

async function deliverOne(
  storage: Storage,
  delivery: { id: number; webhook_id: number; event_id: number; attempts: number },
): Promise<void> {
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
    if (status < 200 || status >= 300)
      error = `HTTP ${status}${status >= 300 && status < 400 ? ' (redirects are not followed)' : ''}`;
  } catch (cause) {
    error = (cause as Error).message;
  }
  const attempts = delivery.attempts + 1;
  const done = Date.now();
  await storage.db
    .updateTable('webhook_deliveries')
    .set(
      error === null
        ? { status: 'delivered', attempts, delivered_at: done, last_error: null }
        : {
            status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
            attempts,
            last_error: error.slice(0, 500),
            next_attempt_at: done + Math.min(1_000 * 2 ** (attempts - 1), 600_000),
          },
    )
    .where('id', '=', delivery.id)
    .execute();
}
