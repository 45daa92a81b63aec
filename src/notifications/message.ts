import type { NotificationEvent } from './contracts.js';

/** What a notification says about one approval, whatever the channel. */
export interface ApprovalNotice {
  readonly event: NotificationEvent;
  readonly projectName: string;
  readonly itemId: number;
  readonly externalId: string | null;
  readonly data: Record<string, unknown>;
  /** When the default outcome applies (ms), or null. */
  readonly deadlineAt: number | null;
  /** Who the escalation went to, for `approval.escalated`. */
  readonly escalateRole?: string | undefined;
  /** The approvals inbox with this item open. */
  readonly link: string;
}

const HEADLINES: Record<NotificationEvent, string> = {
  'approval.waiting': 'Approval waiting',
  'approval.escalated': 'Approval escalated',
  'approval.timed_out': 'Approval timed out',
};

/** `issue_refund {"orderId":"A-17"}` for the agent-approval shape (`{ action: { tool, arguments } }`), else the data. */
export function describeAction(data: Record<string, unknown>): string {
  const action = data.action as { tool?: unknown; arguments?: unknown } | undefined;
  const text =
    action && typeof action === 'object' && typeof action.tool === 'string'
      ? `${action.tool} ${JSON.stringify(action.arguments ?? {})}`
      : JSON.stringify(data);
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

function deadlineLine(notice: ApprovalNotice): string {
  if (notice.event === 'approval.timed_out') return 'The default outcome was applied.';
  if (notice.deadlineAt === null) return 'No deadline.';
  return `Deadline: ${new Date(notice.deadlineAt).toISOString()}`;
}

export function subjectOf(notice: ApprovalNotice): string {
  return `[Tandem] ${HEADLINES[notice.event]}: ${describeAction(notice.data).slice(0, 80)} (${notice.projectName})`;
}

/** Plain text for email and for Slack's `text` fallback. */
export function plainText(notice: ApprovalNotice): string {
  const who = notice.event === 'approval.escalated' && notice.escalateRole ? ` to ${notice.escalateRole}s` : '';
  return [
    `${HEADLINES[notice.event]}${who} in ${notice.projectName}`,
    `Action: ${describeAction(notice.data)}`,
    ...(notice.externalId ? [`Id: ${notice.externalId}`] : []),
    deadlineLine(notice),
    `Open: ${notice.link}`,
  ].join('\n');
}

/** A Slack incoming-webhook message: `text` (notifications, fallbacks) and Block Kit `blocks`. */
export function slackMessage(notice: ApprovalNotice): { text: string; blocks: unknown[] } {
  const who = notice.event === 'approval.escalated' && notice.escalateRole ? ` to ${notice.escalateRole}s` : '';
  const mrkdwn = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return {
    text: `${HEADLINES[notice.event]}${who} in ${notice.projectName}: ${describeAction(notice.data)} — ${notice.link}`,
    blocks: [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: `*${HEADLINES[notice.event]}${who}* in ${mrkdwn(notice.projectName)}\n\`${mrkdwn(describeAction(notice.data))}\``,
        },
      },
      { type: 'context', elements: [{ type: 'mrkdwn', text: mrkdwn(deadlineLine(notice)) }] },
      {
        type: 'actions',
        elements: [
          { type: 'button', text: { type: 'plain_text', text: 'Open in Tandem' }, url: notice.link, action_id: 'open' },
        ],
      },
    ],
  };
}
