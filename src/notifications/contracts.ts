import { z } from 'zod';
import { MAX_WEBHOOK_URL_LENGTH } from '../events/webhook-target.js';

/**
 * What a person can be told about (issue 15 point 4): an agent action waiting for approval, an
 * approval escalated because nobody decided in time (the `escalate` default outcome), and one
 * that timed out and got its default outcome.
 */
export const NOTIFICATION_EVENTS = ['approval.waiting', 'approval.escalated', 'approval.timed_out'] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

/** `slack`: a Slack-compatible incoming webhook; `email`: the project's approvers, over SMTP. */
export const CHANNEL_KINDS = ['slack', 'email'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export const CreateNotificationChannelBody = z
  .object({
    kind: z.enum(CHANNEL_KINDS),
    name: z.string().trim().min(1).max(100).optional().describe('Shown in the project settings'),
    url: z
      .url({ protocol: /^https?$/ })
      .max(MAX_WEBHOOK_URL_LENGTH)
      .optional()
      .describe(
        'Slack only: the incoming-webhook URL (a secret, never shown again). Checked like webhook targets: local and private addresses need TANDEM_WEBHOOK_ALLOW_HOSTS',
      ),
    events: z.array(z.enum(NOTIFICATION_EVENTS)).max(10).default([]).describe('Events to send; empty means all'),
  })
  .strict();
export type CreateNotificationChannelBody = z.infer<typeof CreateNotificationChannelBody>;

export const NotificationChannelView = z.object({
  id: z.number().int(),
  kind: z.enum(CHANNEL_KINDS),
  name: z.string(),
  target: z.string().describe("Where it goes: the Slack URL's host only (the URL is a secret), or 'project approvers'"),
  events: z.array(z.enum(NOTIFICATION_EVENTS)),
  createdAt: z.string(),
});
export type NotificationChannelView = z.infer<typeof NotificationChannelView>;

export const NotificationSettings = z
  .object({
    email: z.email().max(320).nullable().describe('Where approval emails go; null sends none'),
    mutedEvents: z.array(z.enum(NOTIFICATION_EVENTS)).max(10).describe('Events this person does not want by email'),
    mutedChannels: z
      .array(z.number().int().positive())
      .max(1_000)
      .describe('Email channels (ids, any project) this person does not want'),
  })
  .strict();
export type NotificationSettings = z.infer<typeof NotificationSettings>;
