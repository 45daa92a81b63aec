import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { spamItem, spamProject } from '../testing/fixtures.js';
import { allowWebhookTargets, checkWebhookTarget, embeddedIPv4, MAX_WEBHOOK_URL_LENGTH } from './webhook-target.js';

/** Issue 8, point 6: webhooks cannot be pointed at the server's own network. */

const REFUSED = [
  'http://127.0.0.1/hook',
  'http://127.1/hook',
  'http://2130706433/hook',
  'http://0x7f.1/hook',
  'http://0177.0.0.1/hook',
  'http://localhost:8080/hook',
  'http://[::1]/hook',
  'http://[::]/hook',
  'http://0.0.0.0/hook',
  'http://0/hook',
  'http://169.254.169.254/latest/meta-data/',
  'http://[::ffff:127.0.0.1]/hook',
  'http://[::ffff:a9fe:a9fe]/hook',
  'http://[::127.0.0.1]/hook',
  'http://[64:ff9b::10.0.0.1]/hook',
  'http://[2002:c0a8:0101::1]/hook',
  'http://[fd00:ec2::254]/hook',
  'http://[fe80::1]/hook',
  'http://[ff02::1]/hook',
  'http://10.1.2.3/hook',
  'http://172.16.0.1/hook',
  'http://192.168.1.1/hook',
  'http://100.64.0.1/hook',
  'http://224.0.0.1/hook',
  'http://255.255.255.255/hook',
  'https://198.18.0.1/hook',
];

describe('webhook targets', () => {
  afterEach(() => allowWebhookTargets([]));

  it('refuses loopback, private, link-local, unspecified, CGNAT, multicast and metadata addresses in every spelling', async () => {
    for (const url of REFUSED) {
      const check = await checkWebhookTarget(url);
      expect(check.ok, url).toBe(false);
      if (!check.ok) expect(check.reason, url).toMatch(/address; list it in TANDEM_WEBHOOK_ALLOW_HOSTS/);
    }
  });

  it('accepts public addresses and names the kind of a refused one', async () => {
    for (const url of ['http://93.184.215.14/hook', 'https://[2606:4700::1111]/hook', 'http://8.8.8.8:8080/x']) {
      expect((await checkWebhookTarget(url)).ok, url).toBe(true);
    }
    const metadata = await checkWebhookTarget('http://169.254.169.254/');
    expect(metadata).toMatchObject({ ok: false, reason: expect.stringContaining('link-local (cloud metadata)') });
    const mapped = await checkWebhookTarget('http://[::ffff:10.0.0.1]/');
    expect(mapped).toMatchObject({ ok: false, reason: expect.stringContaining('IPv4 10.0.0.1 inside IPv6') });
  });

  it('refuses other schemes, broken URLs and URLs over the length limit', async () => {
    expect((await checkWebhookTarget('ftp://93.184.215.14/')).ok).toBe(false);
    expect((await checkWebhookTarget('http://')).ok).toBe(false);
    const long = `http://93.184.215.14/${'a'.repeat(MAX_WEBHOOK_URL_LENGTH)}`;
    expect(await checkWebhookTarget(long)).toMatchObject({ ok: false, reason: expect.stringMatching(/at most 2048/) });
  });

  it('allows what the allow-list names: host names, addresses and CIDRs', async () => {
    allowWebhookTargets(['localhost', '127.0.0.1', '10.8.0.0/16', 'fd00::/8']);
    for (const url of ['http://localhost:1/', 'http://127.0.0.1/', 'http://10.8.3.4/', 'http://[::ffff:10.8.0.9]/']) {
      expect((await checkWebhookTarget(url)).ok, url).toBe(true);
    }
    expect((await checkWebhookTarget('http://[fd00:ec2::254]/')).ok).toBe(true);
    expect((await checkWebhookTarget('http://127.0.0.2/')).ok).toBe(false);
    expect((await checkWebhookTarget('http://10.9.0.1/')).ok).toBe(false);
    expect(() => allowWebhookTargets(['10.0.0.0/99'])).toThrow(/not a valid CIDR/);
  });

  it('finds IPv4 inside IPv6 in every embedding', () => {
    expect(embeddedIPv4('::ffff:7f00:1')).toBe('127.0.0.1');
    expect(embeddedIPv4('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(embeddedIPv4('64:ff9b::a9fe:a9fe')).toBe('169.254.169.254');
    expect(embeddedIPv4('2002:0a00:0001::')).toBe('10.0.0.1');
    expect(embeddedIPv4('::1')).toBeUndefined();
    expect(embeddedIPv4('2606:4700::1111')).toBeUndefined();
  });
});

describe.each(ENGINES)('webhooks API and delivery on %s', (engine) => {
  let t: TestApp;
  let receiver: http.Server;
  let port: number;
  const hits: string[] = [];

  beforeAll(async () => {
    t = await openTestApp(engine, { background: true });
    await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject });
    await t.inject({
      method: 'PUT',
      url: '/api/projects/spam/policy',
      payload: { rules: [], default: { action: 'auto_accept' } },
    });
    // A receiver that redirects to a second local path: the redirect must never be followed.
    receiver = http.createServer((request, response) => {
      hits.push(request.url ?? '');
      request.resume();
      if (request.url === '/redirect') return void response.writeHead(302, { location: '/internal' }).end();
      response.writeHead(204).end();
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    port = (receiver.address() as AddressInfo).port;
  });
  afterAll(async () => {
    receiver.close();
    await t.close();
  });
  afterEach(() => allowWebhookTargets([]));

  it('refuses to create a webhook aimed at a local address, naming the field', async () => {
    for (const url of ['http://127.0.0.1:9/x', 'http://2130706433/x', 'http://[::1]/x', 'http://169.254.169.254/x']) {
      const response = await t.inject({ method: 'POST', url: '/api/projects/spam/webhooks', payload: { url } });
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [{ path: 'url', message: expect.stringContaining('address') }],
      });
    }
    const long = await t.inject({
      method: 'POST',
      url: '/api/projects/spam/webhooks',
      payload: { url: `https://93.184.215.14/${'a'.repeat(100_000)}` },
    });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.details[0].path).toBe('url');
  });

  it('checks again at delivery time and never follows a redirect', async () => {
    allowWebhookTargets(['127.0.0.1']);
    const created = await t.inject({
      method: 'POST',
      url: '/api/projects/spam/webhooks',
      payload: { url: `http://127.0.0.1:${port}/redirect` },
    });
    expect(created.statusCode).toBe(201);
    await t.inject({ method: 'POST', url: '/api/projects/spam/items', payload: spamItem(1, { confidence: 0.5 }) });
    const deliveries = async () =>
      t.storage.db.selectFrom('webhook_deliveries').select(['status', 'attempts', 'last_error']).execute();
    for (let i = 0; i < 100 && (await deliveries()).every((d) => d.attempts === 0); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(hits).toContain('/redirect');
    expect(hits).not.toContain('/internal');
    expect((await deliveries())[0]).toMatchObject({
      status: 'pending',
      last_error: 'HTTP 302 (redirects are not followed)',
    });

    // The allow-list no longer permits it (as if DNS had moved the host): delivery refuses to connect.
    allowWebhookTargets([]);
    await t.storage.db.updateTable('jobs').set({ run_at: 0 }).where('type', '=', 'webhook.deliver').execute();
    t.jobs.wake();
    const before = hits.length;
    for (let i = 0; i < 100 && (await deliveries())[0]?.attempts === 1; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect((await deliveries())[0]).toMatchObject({
      attempts: 2,
      last_error: expect.stringMatching(/^target refused: the URL points at 127\.0\.0\.1, a loopback address/),
    });
    expect(hits.length).toBe(before);
  });
});
