import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spamItem, spamProject } from '../../src/testing/fixtures.js';
import { ADMIN_TOKEN, type E2EEnv, openE2E, signedInPage } from './support.js';

/**
 * Issue 8, point 5, in a real browser: the app and the docs work under the server's CSP (every
 * e2e suite fails on a CSP violation, see support.ts), injected script does not run, and the app
 * refuses to be framed by another site.
 */
describe('content security policy (Chromium)', () => {
  let env: E2EEnv;
  let attacker: http.Server;
  let attackerUrl: string;

  beforeAll(async () => {
    env = await openE2E();
    await env.api('POST', '/api/projects', spamProject);
    await env.api('POST', '/api/projects/spam/items/batch', { items: [spamItem(1), spamItem(2)] });
    // Another origin that tries to show Tandem inside a frame (clickjacking).
    attacker = http.createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(`<!doctype html><title>attacker</title><iframe id="victim" src="${env.server.url}/"></iframe>`);
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`;
  }, 60_000);
  afterAll(async () => {
    attacker?.close();
    await env?.close();
  }, 60_000);

  it('loads the app and the API reference with no CSP violation', async () => {
    const page = await signedInPage(env.browser, env.server.url, ADMIN_TOKEN);
    await page.goto('/');
    await page.getByRole('heading', { name: 'Projects' }).waitFor();
    await page.getByText('Spam triage').first().waitFor();
    await page.goto('/docs');
    await page.getByText('Tandem API').first().waitFor();
    await page.locator('.opblock').first().waitFor();
    expect(env.cspViolations).toEqual([]);
  }, 60_000);

  it('shows chart tooltips (HTML with inline style attributes) with no CSP violation', async () => {
    const page = await signedInPage(env.browser, env.server.url, ADMIN_TOKEN);
    await page.goto('/projects/spam/dashboard');
    const chart = page.getByRole('region', { name: 'Items by status', exact: true }).locator('canvas').first();
    await chart.waitFor();
    await page.waitForTimeout(500); // the bars animate in
    const box = await chart.boundingBox();
    if (!box) throw new Error('no chart');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // ECharts' tooltip is a div it fills with HTML whose colour markers carry style attributes.
    const tooltip = page.locator('div[style*="z-index: 9999999"]').filter({ hasText: 'queued' });
    await tooltip.waitFor();
    expect(await tooltip.locator('span[style]').count()).toBeGreaterThan(0);
    expect(env.cspViolations).toEqual([]);
  }, 60_000);

  it('does not run script injected into the page, and reports it', async () => {
    const page = await signedInPage(env.browser, env.server.url, ADMIN_TOKEN);
    await page.goto('/');
    await page.getByRole('heading', { name: 'Projects' }).waitFor();
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.injected = true');
      img.src = 'data:,broken';
      document.body.append(img);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    const seen = env.cspViolations.splice(0);
    expect(seen.some((v) => /script-src/.test(v.text))).toBe(true);
  }, 60_000);

  it('refuses to be shown inside another site’s frame', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(attackerUrl);
    await page.waitForTimeout(1_000);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    // The frame never gets Tandem's document: Chromium replaces it with an error page.
    const framedTitle = await frame?.evaluate(() => document.title).catch(() => 'blocked');
    expect(framedTitle).not.toBe('Tandem');
    const seen = env.cspViolations.splice(0);
    expect(seen.some((v) => /frame-ancestors/.test(v.text))).toBe(true);
    await context.close();
  }, 60_000);
});
