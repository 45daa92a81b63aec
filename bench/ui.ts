/// <reference lib="dom" />
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from 'playwright-core';

/**
 * The annotator workspace in Debian's Chromium against a built Tandem server on localhost:
 * - first load of /projects/:p/work, navigation start → the first item's text in the DOM and
 *   painted (next animation frame), cold cache (new browser context) and warm cache; median of 10;
 * - submit → next item visible, pressing the keys as a person does, median and p95 over 30 submits,
 *   on localhost and with 50 ms added to every request (Chromium's network emulation); peer: the
 *   submit + claim round trips a UI without prefetch waits for before it can show the next item,
 *   timed in the same browser with the same latency;
 * - the JS/CSS bundle sizes in dist/web/assets, and which of them the first load fetches.
 * Targets: first load < 1 s, submit → next < 100 ms.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/src/cli/main.js');
const ASSETS = path.join(ROOT, 'dist/web/assets');
const CHROMIUM = process.env.TANDEM_CHROMIUM ?? '/usr/bin/chromium';
const ADMIN_TOKEN = 'tdm_bench_admin_token_0123456789';
const LOADS = 10;
const SUBMITS = 30;
/** Added per-request latency: localhost, and a server across a city or a continent. */
const LATENCIES = [0, 50];

async function startServer(dataDir: string) {
  const child = spawn(process.execPath, [CLI, 'start', '--no-demo', '--port', '0', '--data-dir', dataDir], {
    env: { ...process.env, LOG_LEVEL: 'warn', TANDEM_ADMIN_TOKEN: ADMIN_TOKEN },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Tandem is (?:ready at|running:) (http:\/\/[^\s"]+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
    setTimeout(() => reject(new Error(`server did not start: ${output}`)), 20_000).unref();
  });
  return { url, stop: () => new Promise<void>((resolve) => child.once('exit', () => resolve()).kill('SIGTERM')) };
}

function client(baseUrl: string, token: string) {
  return async <T>(method: string, urlPath: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}${urlPath}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${urlPath} → ${response.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
}

const median = (values: number[]) => quantile(values, 0.5);
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return (sorted[low] ?? 0) + ((sorted[Math.ceil(at)] ?? 0) - (sorted[low] ?? 0)) * (at - low);
}
const ms = (value: number) => `${value.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** In every page: when the first item's text reaches the DOM and the frame after (≈ painted). */
function recordItemShown() {
  const w = window as unknown as { __itemPainted?: number; __enterAt?: number };
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Enter') w.__enterAt = performance.now();
    },
    true,
  );
  new MutationObserver((_records, observer) => {
    if (document.querySelector('section[aria-label="Item"]')?.textContent?.includes('Bench item')) {
      observer.disconnect();
      requestAnimationFrame(() => {
        w.__itemPainted = performance.now();
      });
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

async function firstLoad(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __itemPainted?: number }).__itemPainted !== undefined);
  return page.evaluate(() => (window as unknown as { __itemPainted: number }).__itemPainted);
}

/** Enter → the next item's text in the DOM and the frame after it. */
function nextItemShown(previous: string): Promise<number> {
  const w = window as unknown as { __enterAt: number };
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const text = document.querySelector('section[aria-label="Item"]')?.textContent ?? '';
      if (text.includes('Bench item') && text !== previous) {
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - w.__enterAt));
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

/** Leaving the workspace gives its untouched tasks back (pagehide), so every load starts afresh. */
async function leave(page: Page) {
  await page.goto('about:blank');
  await page.waitForTimeout(100);
}

async function measureLoads(browser: Browser, baseUrl: string, token: string, workUrl: string) {
  const assets = new Set<string>();
  const cold: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1366, height: 850 } });
    await signInContext(context, token);
    await context.addInitScript(recordItemShown);
    const page = await context.newPage();
    let recording = i === 0;
    page.on('response', (r) => recording && r.url().includes('/assets/') && assets.add(path.basename(r.url())));
    cold.push(await firstLoad(page, workUrl));
    recording = false;
    await leave(page);
    await context.close();
  }
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1366, height: 850 } });
  await signInContext(context, token);
  await context.addInitScript(recordItemShown);
  const page = await context.newPage();
  await firstLoad(page, workUrl);
  const warm: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    await leave(page);
    warm.push(await firstLoad(page, workUrl));
  }
  await leave(page);
  await context.close();
  return { cold, warm, assets };
}

/** Adds `latencyMs` to every request of the page (Chromium's network emulation), as a remote server would. */
async function emulateLatency(page: Page, latencyMs: number) {
  if (latencyMs === 0) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: latencyMs,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
}

async function measureSubmits(browser: Browser, baseUrl: string, token: string, workUrl: string, latencyMs: number) {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1366, height: 850 } });
  await signInContext(context, token);
  await context.addInitScript(recordItemShown);
  const page = await context.newPage();
  await emulateLatency(page, latencyMs);
  await firstLoad(page, workUrl);
  const times: number[] = [];
  for (let i = 0; i < SUBMITS; i++) {
    // A person reads before answering: by then the next item has been claimed in the background.
    await page.getByText('next item ready').waitFor();
    await page.waitForTimeout(150);
    const previous = (await page.locator('section[aria-label="Item"]').textContent()) ?? '';
    const shown = page.evaluate(nextItemShown, previous);
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    times.push(await shown);
  }
  await leave(page);
  await context.close();
  return times;
}

/**
 * The peer: what a UI without prefetch waits for per item — submit, then claim the next — timed
 * in the same browser with the same latency (the rendering after it is not even counted).
 */
async function measureRoundTrips(browser: Browser, baseUrl: string, token: string, project: string, latencyMs: number) {
  const context = await browser.newContext({ baseURL: baseUrl });
  const page = await context.newPage();
  await page.goto('/healthz');
  await emulateLatency(page, latencyMs);
  const times = await page.evaluate(
    async ({ token, project, count }) => {
      const post = async (url: string, body?: unknown) => {
        const response = await fetch(url, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body ?? {}),
        });
        const text = await response.text();
        return text ? JSON.parse(text) : undefined;
      };
      const times: number[] = [];
      let claimed = await post(`/api/projects/${project}/tasks/claim`);
      for (let i = 0; i < count; i++) {
        const started = performance.now();
        await post(`/api/tasks/${claimed.task.id}/submit`, { answer: { verdict: 'spam' }, timeSpentMs: 1000 });
        claimed = await post(`/api/projects/${project}/tasks/claim`);
        times.push(performance.now() - started);
      }
      await post(`/api/tasks/${claimed.task.id}/release`);
      return times;
    },
    { token, project, count: SUBMITS },
  );
  await context.close();
  return times;
}

function bundleSizes(firstLoadAssets: Set<string>) {
  const rows = fs
    .readdirSync(ASSETS)
    .filter((name) => /\.(js|css)$/.test(name))
    .map((name) => {
      const bytes = fs.readFileSync(path.join(ASSETS, name));
      return { name, size: bytes.length, gzip: gzipSync(bytes).length, first: firstLoadAssets.has(name) };
    })
    .sort((a, b) => b.size - a.size);
  const sum = (list: typeof rows, key: 'size' | 'gzip') => list.reduce((total, row) => total + row[key], 0);
  console.log('\nBundles in dist/web/assets (raw / gzip; * = requested by the time the first item is painted)');
  for (const row of rows) {
    console.log(
      `  ${row.first ? '*' : ' '} ${row.name.padEnd(36)} ${kb(row.size).padStart(10)} ${kb(row.gzip).padStart(10)}`,
    );
  }
  for (const ext of ['js', 'css']) {
    const all = rows.filter((row) => row.name.endsWith(`.${ext}`));
    const first = all.filter((row) => row.first);
    console.log(
      `  total ${ext.toUpperCase().padEnd(3)} ${kb(sum(all, 'size'))} (gzip ${kb(sum(all, 'gzip'))}); first load ${kb(sum(first, 'size'))} (gzip ${kb(sum(first, 'gzip'))})`,
    );
  }
}

async function main() {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first`);
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-ui-'));
  const server = await startServer(dataDir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const admin = client(server.url, ADMIN_TOKEN);
    const body = 'Hello, we noticed unusual activity on your account. Please confirm your details. '.repeat(8);
    for (const slug of ['bench-ui', 'bench-peer']) {
      await admin('POST', '/api/projects', {
        name: 'Bench UI',
        slug,
        guidelines: '# Spam or not\n- Money, credentials, urgency: **spam**.\n- Otherwise: ham.',
        labelSchema: {
          questions: [{ name: 'verdict', type: 'single_choice', options: [{ value: 'spam' }, { value: 'ham' }] }],
        },
      });
      const items = Array.from({ length: 120 }, (_v, i) => ({
        data: { subject: `Bench item #${i + 1}`, body },
        prediction: { verdict: 'spam' },
        confidence: 0.7,
      }));
      await admin('POST', `/api/projects/${slug}/items/batch`, { items });
    }
    const person = async (username: string) =>
      (await admin<{ token: string }>('POST', '/api/users', { username, role: 'annotator' })).token;
    const annotator = await person('bench-annotator');
    const peer = await person('bench-peer');
    const workUrl = '/projects/bench-ui/work';

    const loads = await measureLoads(browser, server.url, annotator, workUrl);
    const submits = [];
    for (const latency of LATENCIES) {
      submits.push({
        latency,
        workspace: await measureSubmits(browser, server.url, annotator, workUrl, latency),
        peer: await measureRoundTrips(browser, server.url, peer, 'bench-peer', latency),
      });
    }

    const verdict = (value: number, target: number) => (value < target ? 'MET' : 'MISSED');
    const stats = (values: number[]) =>
      `median ${ms(median(values)).padStart(9)}  p95 ${ms(quantile(values, 0.95)).padStart(9)}`;
    console.log(`Workspace UI on ${server.url} (Chromium ${browser.version()}, ${os.cpus().length} cores)\n`);
    console.log(`First load, navigation start → first item painted (${LOADS} loads; target < 1000 ms)`);
    for (const [name, values] of [
      ['cold cache', loads.cold],
      ['warm cache', loads.warm],
    ] as const) {
      console.log(
        `  ${name}  ${stats(values)}  (min ${ms(Math.min(...values))}, max ${ms(Math.max(...values))})  ${verdict(median(values), 1000)}`,
      );
    }
    console.log(`\nSubmit (Enter) → next item painted, ${SUBMITS} submits per row (target < 100 ms)`);
    console.log('  added latency   workspace (prefetch)            peer: submit + claim, no prefetch   ratio');
    for (const row of submits) {
      console.log(
        `  ${`${row.latency} ms`.padStart(13)}   ${stats(row.workspace)}  ${verdict(quantile(row.workspace, 0.95), 100)}   ${stats(row.peer)}   ${(median(row.workspace) / median(row.peer)).toFixed(2)}`,
      );
    }
    bundleSizes(loads.assets);
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();

/** Signs a browser context in as the web app does (session cookie). */
async function signInContext(context: import('playwright-core').BrowserContext, token: string): Promise<void> {
  const response = await context.request.post('/api/session', { data: { token } });
  if (!response.ok()) throw new Error(`sign-in failed: ${response.status()}`);
}
