import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { recordAudit } from '../audit/record.js';
import { readJson } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import { NotFoundError, ValidationError } from '../errors.js';
import type { Project } from '../projects/store.js';
import type { User } from '../users/store.js';
import { EVENT_TYPES } from './outbox.js';
import { checkWebhookTarget, MAX_WEBHOOK_URL_LENGTH } from './webhook-target.js';

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

export { signPayload } from './webhook-delivery.js';
