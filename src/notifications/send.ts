import { createTransport } from 'nodemailer';
import { roleCan } from '../access/model.js';
import { readJson } from '../db/dialect.js';
import type { Executor } from '../db/executor.js';
import { postWebhook } from '../events/webhook-target.js';
import { defineJob, exponentialBackoff, PermanentJobError } from '../jobs/registry.js';
import { findProject } from '../projects/store.js';
import { policyOf } from '../routing/store.js';
import type { Role } from '../users/contracts.js';
import type { NotificationEvent } from './contracts.js';
import { type ApprovalNotice, plainText, slackMessage, subjectOf } from './message.js';

/** How the server reaches people (from the environment, src/config.ts). */
export interface NotificationServices {
  /** `smtp://user:pass@host:587` or `smtps://…:465`; unset: email channels fail with a reason. */
  readonly smtpUrl?: string | undefined;
  /** The From address of notification emails. */
  readonly mailFrom: string;
  /** Where people open Tandem; deep links are built on it. */
  readonly publicUrl: string;
}

declare module '../jobs/registry.js' {
  interface JobServices {
    /** Absent in tools that run no notifications (benches): sends then fail with a reason. */
    notifications?: NotificationServices;
  }
}

/** Tries before a send is marked failed: 1 s doubling to 5 min (about 17 minutes in all). */
export const NOTIFY_MAX_ATTEMPTS = 8;

/**
 * Email recipients for one notice: people with an email address in their settings who may decide
 * approvals in the project (a role that works the queue; when the project has members, members
 * only) and did not opt out of this event or this channel.
 */
export async function approverEmails(
  db: Executor,
  projectId: number,
  channelId: number,
  event: NotificationEvent,
): Promise<string[]> {
  const members = await db
    .selectFrom('project_members')
    .select('user_id')
    .where('project_id', '=', projectId)
    .execute();
  let query = db
    .selectFrom('users')
    .innerJoin('notification_settings', 'notification_settings.user_id', 'users.id')
    .select(['users.role', 'notification_settings.email', 'muted_events', 'muted_channels'])
    .where('users.active', '=', 1)
    .where('notification_settings.email', 'is not', null);
  if (members.length > 0)
    query = query.where(
      'users.id',
      'in',
      members.map((m) => Number(m.user_id)),
    );
  const rows = await query.orderBy('users.id').execute();
  return rows
    .filter((row) => roleCan(row.role as Role, 'work'))
    .filter((row) => !readJson<string[]>(row.muted_events).includes(event))
    .filter((row) => !readJson<number[]>(row.muted_channels).map(Number).includes(channelId))
    .map((row) => row.email as string);
}

export const notifySendJob = defineJob({
  type: 'notify.send',
  maxAttempts: NOTIFY_MAX_ATTEMPTS,
  backoff: exponentialBackoff(1_000, 300_000),
  // postWebhook and the SMTP client give up after 10–30 s; the margin covers the reads.
  timeoutMs: 60_000,
  async run({ storage, services, payload }) {
    const channel = await storage.db
      .selectFrom('notification_channels')
      .selectAll()
      .where('id', '=', payload.channelId)
      .executeTakeFirst();
    if (channel?.active !== 1) return; // removed since: nothing to send
    const project = await findProject(storage, String(channel.project_id));
    const item = await storage.db
      .selectFrom('items')
      .select(['id', 'external_id', 'data', 'status', 'deadline_at'])
      .where('id', '=', payload.itemId)
      .executeTakeFirst();
    if (!project || !item) return;
    // Decided before we got to it: asking for a decision no longer helps anyone.
    if (payload.event === 'approval.waiting' && !['queued', 'adjudication'].includes(item.status)) return;
    const settings = services.notifications;
    if (!settings) throw new PermanentJobError('notifications are not configured on this server');
    const { policy } = await policyOf(storage, project);
    const notice: ApprovalNotice = {
      event: payload.event,
      projectName: project.name,
      itemId: Number(item.id),
      externalId: item.external_id,
      data: readJson<Record<string, unknown>>(item.data),
      deadlineAt: item.deadline_at === null ? null : Number(item.deadline_at),
      escalateRole: policy.approval?.escalateRole,
      link: `${settings.publicUrl.replace(/\/+$/, '')}/approvals?item=${Number(item.id)}`,
    };
    if (channel.kind === 'slack') {
      // Checked again now (DNS may have changed since the channel was made); never redirected.
      const status = await postWebhook(
        channel.url ?? '',
        { 'content-type': 'application/json' },
        JSON.stringify(slackMessage(notice)),
      );
      if (status < 200 || status >= 300) throw new Error(`Slack webhook answered HTTP ${status}`);
      return;
    }
    const to = await approverEmails(storage.db, project.id, Number(channel.id), payload.event);
    if (to.length === 0) return;
    if (!settings.smtpUrl) throw new PermanentJobError('email is not configured: set TANDEM_SMTP_URL');
    const transport = createTransport({
      url: settings.smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    try {
      // One message to every approver in Bcc: nobody learns the others' addresses.
      await transport.sendMail({
        from: settings.mailFrom,
        bcc: to,
        subject: subjectOf(notice),
        text: plainText(notice),
      });
    } finally {
      transport.close();
    }
  },
});
