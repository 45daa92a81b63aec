/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { ADMIN_TOKEN, type ServerProcess, startServerProcess } from '../support/server-process.js';

/**
 * End-to-end harness: a real Tandem server process (built, SQLite) and Debian's Chromium driven
 * by playwright-core. Never downloads a browser. Screenshots go to test-results/screenshots/.
 */
export const CHROMIUM = process.env.TANDEM_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/** A Content-Security-Policy violation seen in the browser: what was refused, on which page. */
export interface CspViolation {
  readonly url: string;
  readonly text: string;
}

/**
 * Makes every page of every context opened on `browser` report CSP violations, both the DOM's
 * `securitypolicyviolation` events and Chromium's console messages ("Refused to … because it
 * violates the following Content Security Policy directive"). Returns the live list.
 */
export function watchCsp(browser: Browser): CspViolation[] {
  const violations: CspViolation[] = [];
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(
          `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
        );
      });
    });
    context.on('console', (message) => {
      const text = message.text();
      if (/CSP violation|Content Security Policy/i.test(text))
        violations.push({ url: message.page()?.url() ?? '', text });
    });
    return context;
  };
  return violations;
}

/** A page already signed in with `token` (the sign-in screen itself has its own test). */
export async function signedInPage(browser: Browser, baseUrl: string, token: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1366, height: 850 } });
  // Signs in as the web app does: the token is exchanged for the session cookie, shared by the pages.
  const signIn = await context.request.post('/api/session', { data: { token } });
  if (!signIn.ok()) throw new Error(`sign-in failed: ${signIn.status()} ${await signIn.text()}`);
  return context.newPage();
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** A JSON client for seeding data through the API, as the admin unless told otherwise. */
export function apiClient(baseUrl: string, token = ADMIN_TOKEN) {
  return async <T = unknown>(method: string, urlPath: string, body?: unknown): Promise<T> => {
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

export interface E2EEnv {
  readonly server: ServerProcess;
  readonly browser: Browser;
  /** CSP violations seen so far; close() fails the suite when there are any. */
  readonly cspViolations: CspViolation[];
  readonly api: ReturnType<typeof apiClient>;
  /** Creates a user and returns their token. */
  person(username: string, role: string): Promise<string>;
  close(): Promise<void>;
}

/** Starts the server (with extra environment when given) and Chromium. */
export async function openE2E(options: { env?: Record<string, string> } = {}): Promise<E2EEnv> {
  const server = await startServerProcess(options);
  const browser = await launchBrowser();
  const cspViolations = watchCsp(browser);
  const api = apiClient(server.url);
  return {
    server,
    browser,
    cspViolations,
    api,
    async person(username, role) {
      return (await api<{ token: string }>('POST', '/api/users', { username, role })).token;
    },
    async close() {
      await browser.close();
      await server.stop();
      // Every screen must work under the server's CSP (issue 8): a violation fails the suite.
      if (cspViolations.length > 0) {
        throw new Error(`CSP violations:\n${cspViolations.map((v) => `${v.url}: ${v.text}`).join('\n')}`);
      }
    },
  };
}

export { ADMIN_TOKEN };
