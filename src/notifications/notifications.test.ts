import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyApprovalTimeouts } from '../approvals/timeouts.js';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { type ReceivedMail, startSlackReceiver, startSmtpReceiver } from '../testing/local-receivers.js';
import { NOTIFY_MAX_ATTEMPTS } from './send.js';

const approvalProject = {
  name: 'Agent approvals',
  slug: 'agent',
  labelSchema: { questions: [{ name: 'approval', type: 'approval' }] },
};
const refund = (n: number) => ({
  externalId: `refund-${n}`,
  data: { action: { tool: 'issue_refund', arguments: { orderId: `A-${n}`, amount: 40 } } },
});

/** A header as written (folded, RFC 2047 Q-encoded words) back to its text. */
function headerText(data: string, name: string): string | undefined {
  const unfolded = data.split('\r\n\r\n')[0]?.replace(/\r\n[ \t]+/g, ' ');
  const raw = new RegExp(`^${name}: (.*)$`, 'im').exec(unfolded ?? '')?.[1];
  return raw?.replace(/\?=\s+=\?/g, '?==?').replace(/=\?UTF-8\?Q\?([^?]*)\?=/gi, (_, text: string) =>
    Buffer.from(
      text
        .replace(/_/g, ' ')
        .replace(/=([0-9A-F]{2})/gi, (_h, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
      'latin1',
    ).toString('utf8'),
  );
}

/** The mail's recipients and subject line, for comparing. */
const envelope = (mail: ReceivedMail) => ({
  to: [...mail.to].sort(),
  subject: headerText(mail.data, 'Subject'),
});

describe.each(ENGINES)('approval notifications over Slack and SMTP on %s', (engine) => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
  let slack: Awaited<ReturnType<typeof startSlackReceiver>>;
  const people: Record<string, { id: number; inject: TestApp['inject'] }> = {};

  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    slack = await startSlackReceiver();
    t = await openTestApp(engine, {
      webhookAllowHosts: ['127.0.0.1'],
      notifications: {
        smtpUrl: smtp.url,
        mailFrom: 'Tandem <tandem@example.com>',
        publicUrl: 'https://tandem.example.com',
      },
    });
    expect((await t.inject({ method: 'POST', url: '/api/projects', payload: approvalProject })).statusCode).toBe(201);
    await t.inject({
      method: 'PUT',
      url: '/api/projects/agent/policy',
      payload: { approval: { timeoutSeconds: 60, defaultOutcome: 'escalate', escalateRole: 'expert' } },
    });
    // ana decides approvals and wants everything; bo decides too but opted out of "waiting";
    // vic only reads results (no approver capability): no email even with an address.
    for (const [name, role] of [
      ['ana', 'reviewer'],
      ['bo', 'expert'],
      ['vic', 'viewer'],
    ] as const) {
      const person = await t.userClient(name, role);
      people[name] = person;
      const saved = await person.inject({
        method: 'PUT',
        url: `/api/users/${person.id}/notification-settings`,
        payload: {
          email: `${name}@example.com`,
          mutedEvents: name === 'bo' ? ['approval.waiting'] : [],
          mutedChannels: [],
        },
      });
      expect(saved.statusCode).toBe(200);
    }
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
    await slack.close();
  });

  it('keeps channel secrets out of answers, checks Slack URLs, and audits changes', async () => {
    const made = await t.inject({
      method: 'POST',
      url: '/api/projects/agent/notification-channels',
      payload: { kind: 'slack', name: '#approvals', url: slack.url },
    });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ kind: 'slack', name: '#approvals', events: [] });
    const email = await t.inject({
      method: 'POST',
      url: '/api/projects/agent/notification-channels',
      payload: { kind: 'email' },
    });
    expect(email.statusCode).toBe(201);
    const listed = await t.inject({ method: 'GET', url: '/api/projects/agent/notification-channels' });
    expect(listed.json().channels).toHaveLength(2);
    expect(listed.body).not.toContain('secret-part');
    expect(made.body).not.toContain('secret-part');

    const privateUrl = await t.inject({
      method: 'POST',
      url: '/api/projects/agent/notification-channels',
      payload: { kind: 'slack', url: 'http://10.1.2.3/hook' },
    });
    expect(privateUrl.statusCode).toBe(400);
    expect(privateUrl.json().error.details[0]).toMatchObject({
      path: 'url',
      message: expect.stringMatching(/private/),
    });
    const noUrl = await t.inject({
      method: 'POST',
      url: '/api/projects/agent/notification-channels',
      payload: { kind: 'slack' },
    });
    expect(noUrl.json().error.details[0].path).toBe('url');

    const extra = await t.inject({
      method: 'POST',
      url: '/api/projects/agent/notification-channels',
      payload: { kind: 'email', name: 'spare' },
    });
    const removed = await t.inject({
      method: 'DELETE',
      url: `/api/projects/agent/notification-channels/${extra.json().id}`,
    });
    expect(removed.statusCode).toBe(204);
    const again = await t.inject({
      method: 'DELETE',
      url: `/api/projects/agent/notification-channels/${extra.json().id}`,
    });
    expect(again.json().error.code).toBe('CHANNEL_NOT_FOUND');
    const audit = await t.inject({ method: 'GET', url: '/api/audit?limit=50' });
    const actions = audit.json().records.map((r: { action: string }) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['notification_channel.created', 'notification_channel.deleted']));
    expect(audit.body).not.toContain('secret-part');

    // Channels are the managers' business; a person's settings are their own.
    const ana = people.ana as (typeof people)[string];
    expect((await ana.inject({ method: 'GET', url: '/api/projects/agent/notification-channels' })).statusCode).toBe(
      403,
    );
    const others = await ana.inject({ method: 'GET', url: `/api/users/${people.bo?.id}/notification-settings` });
    expect(others.statusCode).toBe(403);
  });

  /** Runs the notification jobs, including those queued at a clock the test moved ahead. */
  async function sendQueued(): Promise<void> {
    await t.storage.db
      .updateTable('jobs')
      .set({ run_at: 0 })
      .where('type', '=', 'notify.send')
      .where('state', '=', 'queued')
      .execute();
    await t.jobs.runUntilIdle();
  }

  it('tells Slack and the approvers when an action waits, is escalated, and times out', async () => {
    const created = await t.inject({ method: 'POST', url: '/api/projects/agent/items', payload: refund(1) });
    expect(created.statusCode).toBe(201);
    const itemId = created.json().id as number;
    await t.jobs.runUntilIdle();

    expect(slack.messages).toHaveLength(1);
    const waiting = slack.messages[0] as (typeof slack.messages)[number];
    expect(waiting.text).toContain('Approval waiting in Agent approvals');
    expect(waiting.text).toContain('issue_refund {"orderId":"A-1","amount":40}');
    const blocks = JSON.stringify(waiting.blocks);
    expect(blocks).toContain(`https://tandem.example.com/approvals?item=${itemId}`);
    expect(blocks).toMatch(/Deadline: \d{4}-\d\d-\d\dT/);
    // bo opted out of "waiting"; vic may not decide approvals.
    expect(smtp.mails.map(envelope)).toEqual([
      { to: ['ana@example.com'], subject: expect.stringContaining('Approval waiting: issue_refund') },
    ]);
    expect(smtp.mails[0]?.data).toContain(`https://tandem.example.com/approvals?item=${itemId}`);

    // Nobody decided within the timeout: escalated to experts, with a fresh deadline.
    await applyApprovalTimeouts(t.storage, Date.now() + 61_000);
    await sendQueued();
    expect(slack.messages[1]?.text).toContain('Approval escalated to experts in Agent approvals');
    expect(smtp.mails.slice(1).map(envelope)).toEqual([
      { to: ['ana@example.com', 'bo@example.com'], subject: expect.stringContaining('Approval escalated') },
    ]);

    // Still nobody: the default outcome (reject) applies.
    await applyApprovalTimeouts(t.storage, Date.now() + 200_000);
    await sendQueued();
    expect(slack.messages[2]?.text).toContain('Approval timed out in Agent approvals');
    expect(JSON.stringify(slack.messages[2]?.blocks)).toContain('The default outcome was applied.');
    expect(smtp.mails.slice(2).map(envelope)).toEqual([
      { to: ['ana@example.com', 'bo@example.com'], subject: expect.stringContaining('Approval timed out') },
    ]);
    expect(slack.messages).toHaveLength(3);
  });

  it('sends no email to a person who opted out of the channel', async () => {
    const channels = (await t.inject({ method: 'GET', url: '/api/projects/agent/notification-channels' })).json()
      .channels as { id: number; kind: string }[];
    const emailChannel = channels.find((c) => c.kind === 'email')?.id;
    const ana = people.ana as (typeof people)[string];
    await ana.inject({
      method: 'PUT',
      url: `/api/users/${ana.id}/notification-settings`,
      payload: { email: 'ana@example.com', mutedEvents: [], mutedChannels: [emailChannel] },
    });
    expect((await ana.inject({ method: 'GET', url: `/api/users/${ana.id}/notification-settings` })).json()).toEqual({
      email: 'ana@example.com',
      mutedEvents: [],
      mutedChannels: [emailChannel],
    });
    const mailsBefore = smtp.mails.length;
    const slackBefore = slack.messages.length;
    await t.inject({ method: 'POST', url: '/api/projects/agent/items', payload: refund(2) });
    await t.jobs.runUntilIdle();
    // Slack still hears of it; ana (opted out) and bo (no "waiting") get no email.
    expect(slack.messages).toHaveLength(slackBefore + 1);
    expect(smtp.mails).toHaveLength(mailsBefore);
    const done = await t.storage.db
      .selectFrom('jobs')
      .select(['state'])
      .where('type', '=', 'notify.send')
      .where('state', '!=', 'done')
      .execute();
    expect(done).toEqual([]);
  });

  it('retries a failing Slack receiver with backoff, then shows the send as failed', async () => {
    const broken = await startSlackReceiver({ status: 500 });
    try {
      await t.inject({ method: 'POST', url: '/api/projects', payload: { ...approvalProject, slug: 'agent-2' } });
      await t.inject({
        method: 'PUT',
        url: '/api/projects/agent-2/policy',
        payload: { approval: { timeoutSeconds: 60, defaultOutcome: 'reject' } },
      });
      const made = await t.inject({
        method: 'POST',
        url: '/api/projects/agent-2/notification-channels',
        payload: { kind: 'slack', url: broken.url, events: ['approval.waiting'] },
      });
      expect(made.statusCode).toBe(201);
      await t.inject({ method: 'POST', url: '/api/projects/agent-2/items', payload: refund(3) });
      for (let round = 0; round < NOTIFY_MAX_ATTEMPTS + 2; round++) {
        await t.jobs.runUntilIdle();
        // The backoff is real; move the retry's time instead of waiting for it.
        await t.storage.db
          .updateTable('jobs')
          .set({ run_at: 0 })
          .where('type', '=', 'notify.send')
          .where('state', '=', 'queued')
          .execute();
      }
      expect(broken.hits()).toBe(NOTIFY_MAX_ATTEMPTS);
      const failed = await t.inject({ method: 'GET', url: '/api/projects/agent-2/jobs?state=failed' });
      expect(failed.json().jobs).toEqual([
        expect.objectContaining({
          type: 'notify.send',
          state: 'failed',
          attempts: NOTIFY_MAX_ATTEMPTS,
          lastError: expect.stringContaining('HTTP 500'),
        }),
      ]);
    } finally {
      await broken.close();
    }
  });
});
