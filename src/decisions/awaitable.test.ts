import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signPayload } from '../events/webhooks.js';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { spamItem, spamProject } from '../testing/fixtures.js';
import { reviewer } from '../testing/review-driver.js';

const approvalProject = {
  name: 'Agent approvals',
  slug: 'approvals',
  labelSchema: { questions: [{ name: 'approval', type: 'approval' }] },
};
const action = (n: number) => ({
  externalId: `call-${n}`,
  data: { action: { tool: 'send_email', arguments: { to: 'cfo@example.com', n } } },
});

describe.each(ENGINES)('awaitable decisions, approvals, webhooks and SSE on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(engine, { background: true, webhookAllowHosts: ['127.0.0.1'] });
    await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject });
    await t.inject({
      method: 'PUT',
      url: '/api/projects/spam/policy',
      payload: {
        rules: [{ when: { confidence: { gte: 0.9 } }, then: { action: 'auto_accept' } }],
        default: { action: 'review', k: 1 },
      },
    });
    await t.inject({ method: 'POST', url: '/api/projects', payload: approvalProject });
  });
  afterAll(async () => t.close());

  it('returns an auto decision at once and a human decision when it lands', async () => {
    const started = Date.now();
    const auto = await t.inject({
      method: 'POST',
      url: '/api/projects/spam/items?wait=30',
      payload: spamItem(1, { confidence: 0.99 }),
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(auto.statusCode).toBe(201);
    expect(auto.json().decision).toMatchObject({ method: 'auto' });

    const waiting = t.inject({
      method: 'POST',
      url: '/api/projects/spam/items?wait=30',
      payload: spamItem(2, { confidence: 0.2 }),
    });
    const ada = reviewer((await t.userClient('ada', 'annotator')).inject, 'spam');
    let claimed = await ada.claim();
    for (let i = 0; i < 100 && claimed.status !== 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20)); // the item is stored before the wait begins
      claimed = await ada.claim();
    }
    await ada.submit(claimed.body.task.id, { verdict: 'spam' });
    const answered = await waiting;
    expect(answered.statusCode).toBe(201);
    expect(answered.json()).toMatchObject({
      status: 'decided',
      decision: { method: 'consensus', answer: { verdict: 'spam' } },
    });

    const pending = await t.inject({
      method: 'POST',
      url: '/api/projects/spam/items?wait=0.5',
      payload: spamItem(3, { confidence: 0.2 }),
    });
    expect(pending.statusCode).toBe(202);
    expect(pending.json()).toMatchObject({ status: 'queued', decision: null });
    const poll = await t.inject({
      method: 'GET',
      url: `/api/projects/spam/items/${pending.json().id}/decision?wait=0.2`,
    });
    expect(poll.statusCode).toBe(202);
    const tooLong = await t.inject({
      method: 'GET',
      url: `/api/projects/spam/items/${pending.json().id}/decision?wait=61`,
    });
    expect(tooLong.json().error.details[0].path).toBe('query.wait');
  });

  it('approves an agent action in the inbox while the agent waits', async () => {
    await t.inject({
      method: 'PUT',
      url: '/api/projects/approvals/policy',
      payload: { approval: { timeoutSeconds: 30, defaultOutcome: 'reject' } },
    });
    const waiting = t.inject({ method: 'POST', url: '/api/projects/approvals/items?wait=20', payload: action(1) });
    const boss = reviewer((await t.userClient('boss', 'annotator')).inject, 'approvals');
    let claimed = await boss.claim();
    for (let i = 0; i < 100 && claimed.status !== 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      claimed = await boss.claim();
    }
    expect(claimed.body.item.data.action.tool).toBe('send_email');
    await boss.submit(claimed.body.task.id, {
      approval: { decision: 'edit', arguments: { to: 'cfo@example.com', n: 2 } },
    });
    expect((await waiting).json().decision).toMatchObject({
      method: 'consensus',
      answer: { approval: { decision: 'edit' } },
    });
  });

  it('applies the default outcome when nobody decides in time', async () => {
    await t.inject({
      method: 'PUT',
      url: '/api/projects/approvals/policy',
      payload: { approval: { timeoutSeconds: 1, defaultOutcome: 'reject' } },
    });
    const response = await t.inject({
      method: 'POST',
      url: '/api/projects/approvals/items?wait=10',
      payload: action(2),
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().decision).toMatchObject({
      method: 'timeout',
      answer: { approval: { decision: 'reject', reason: expect.stringMatching(/No decision within 1 s/) } },
    });
  });

  it('delivers signed webhooks at least once, retrying failures', async () => {
    const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
    let failuresLeft = 1;
    const receiver = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => {
        body += chunk;
      });
      request.on('end', () => {
        if (failuresLeft-- > 0) return void response.writeHead(500).end();
        received.push({ headers: request.headers, body });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      const port = (receiver.address() as AddressInfo).port;
      const hook = await t.inject({
        method: 'POST',
        url: '/api/projects/spam/webhooks',
        payload: { url: `http://127.0.0.1:${port}/hook`, events: ['item.decided'] },
      });
      expect(hook.statusCode).toBe(201);
      const bad = await t.inject({ method: 'POST', url: '/api/projects/spam/webhooks', payload: { url: 'ftp://x' } });
      expect(bad.json().error.details[0].path).toBe('url');

      const item = await t.inject({
        method: 'POST',
        url: '/api/projects/spam/items',
        payload: spamItem(50, { confidence: 0.95 }),
      });
      for (let i = 0; i < 100 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
      expect(received).toHaveLength(1);
      const delivery = received[0] as (typeof received)[number];
      const event = JSON.parse(delivery.body);
      expect(event).toMatchObject({
        type: 'item.decided',
        data: { itemId: item.json().id, decision: { method: 'auto' } },
      });
      expect(delivery.headers['tandem-event-id']).toBe(String(event.id));
      const [tPart] = String(delivery.headers['tandem-signature']).split(',');
      const timestamp = Number(tPart?.slice(2));
      expect(delivery.headers['tandem-signature']).toBe(signPayload(hook.json().secret, delivery.body, timestamp));
    } finally {
      receiver.close();
    }
  });

  it('streams project events over SSE', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const controller = new AbortController();
    const { ticket } = (await t.inject({ method: 'POST', url: '/api/projects/spam/events/ticket' })).json();
    const response = await fetch(`http://127.0.0.1:${port}/api/projects/spam/events?ticket=${ticket}`, {
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    await t.inject({ method: 'POST', url: '/api/projects/spam/items', payload: spamItem(60, { confidence: 0.99 }) });
    let text = '';
    const decoder = new TextDecoder();
    while (!text.includes('event: item.decided')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
    }
    controller.abort();
    expect(text).toMatch(/event: item\.decided\ndata: \{"itemId":\d+,"externalId":"mail-60"/);
  });
});
