import { recordAudit } from '../audit/record.js';
import { readJson } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import { NotFoundError, ValidationError } from '../errors.js';
import { checkWebhookTarget } from '../events/webhook-target.js';
import type { Project } from '../projects/store.js';
import type { User } from '../users/store.js';
import type {
  ChannelKind,
  CreateNotificationChannelBody,
  NotificationChannelView,
  NotificationEvent,
  NotificationSettings,
} from './contracts.js';

interface ChannelRow {
  readonly id: number | bigint | string;
  readonly kind: string;
  readonly name: string;
  readonly url: string | null;
  readonly events: unknown;
  readonly created_at: number | bigint | string;
}

/** The view never carries the Slack URL: whoever holds it can post to the Slack channel. */
function toView(row: ChannelRow): NotificationChannelView {
  return {
    id: Number(row.id),
    kind: row.kind as ChannelKind,
    name: row.name,
    target: row.kind === 'slack' && row.url ? `${new URL(row.url).host} (URL hidden)` : 'project approvers',
    events: readJson<NotificationEvent[]>(row.events),
    createdAt: new Date(Number(row.created_at)).toISOString(),
  };
}

/** Adds a channel; a Slack URL must pass the webhook target checks (no private addresses unless allowed). */
export async function createNotificationChannel(
  storage: Storage,
  project: Project,
  body: CreateNotificationChannelBody,
  actor: User,
): Promise<NotificationChannelView> {
  if (body.kind === 'slack') {
    if (!body.url)
      throw new ValidationError([{ path: 'url', message: 'a Slack channel needs its incoming-webhook URL' }]);
    const target = await checkWebhookTarget(body.url);
    if (!target.ok) throw new ValidationError([{ path: 'url', message: `the URL ${target.reason}` }]);
  } else if (body.url !== undefined) {
    throw new ValidationError([{ path: 'url', message: 'an email channel takes no URL (SMTP is set on the server)' }]);
  }
  const now = Date.now();
  const name = body.name ?? (body.kind === 'slack' ? 'Slack' : 'Email to approvers');
  const row = await storage.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('notification_channels')
      .values({
        project_id: project.id,
        kind: body.kind,
        name,
        url: body.kind === 'slack' ? (body.url ?? null) : null,
        events: JSON.stringify(body.events),
        active: 1,
        created_by: actor.id,
        created_at: now,
      })
      .returning(['id', 'kind', 'name', 'url', 'events', 'created_at'])
      .executeTakeFirstOrThrow();
    await recordAudit(
      trx,
      {
        actorId: actor.id,
        action: 'notification_channel.created',
        projectId: project.id,
        target: `notification_channel:${inserted.id}`,
        // The Slack URL is a secret: the audit log names its host only.
        details: { kind: body.kind, name, events: body.events, ...(body.url ? { host: new URL(body.url).host } : {}) },
      },
      now,
    );
    return inserted;
  });
  return toView(row);
}

export async function listNotificationChannels(storage: Storage, project: Project): Promise<NotificationChannelView[]> {
  const rows = await storage.db
    .selectFrom('notification_channels')
    .select(['id', 'kind', 'name', 'url', 'events', 'created_at'])
    .where('project_id', '=', project.id)
    .where('active', '=', 1)
    .orderBy('id')
    .execute();
  return rows.map(toView);
}

/** Stops a channel (sends already queued for it end without sending). */
export async function deleteNotificationChannel(
  storage: Storage,
  project: Project,
  channelId: number,
  actor: User,
): Promise<void> {
  await storage.db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('notification_channels')
      .set({ active: 0 })
      .where('id', '=', channelId)
      .where('project_id', '=', project.id)
      .where('active', '=', 1)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) {
      throw new NotFoundError('CHANNEL_NOT_FOUND', `No notification channel ${channelId} in this project`);
    }
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'notification_channel.deleted',
      projectId: project.id,
      target: `notification_channel:${channelId}`,
    });
  });
}

/** A person's notification settings (nothing muted and no email until they set them). */
export async function getNotificationSettings(storage: Storage, userId: number): Promise<NotificationSettings> {
  const row = await storage.db
    .selectFrom('notification_settings')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row) return { email: null, mutedEvents: [], mutedChannels: [] };
  return {
    email: row.email,
    mutedEvents: readJson<NotificationEvent[]>(row.muted_events),
    mutedChannels: readJson<number[]>(row.muted_channels),
  };
}

export async function putNotificationSettings(
  storage: Storage,
  userId: number,
  settings: NotificationSettings,
): Promise<NotificationSettings> {
  const values = {
    email: settings.email,
    muted_events: JSON.stringify([...new Set(settings.mutedEvents)]),
    muted_channels: JSON.stringify([...new Set(settings.mutedChannels)]),
    updated_at: Date.now(),
  };
  await storage.db
    .insertInto('notification_settings')
    .values({ user_id: userId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
    .execute();
  return getNotificationSettings(storage, userId);
}
