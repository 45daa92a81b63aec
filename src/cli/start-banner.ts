import fs from 'node:fs';
import path from 'node:path';
import { DEMO_USERS_FILE } from '../demo/seed-demo.js';
import type { RunningServer } from '../server.js';
import { ADMIN_TOKEN_FILE } from '../server.js';
import { authenticate } from '../users/service.js';

export interface SignInPerson {
  readonly username: string;
  readonly role: string;
  readonly token: string;
}

/** Hosts only this machine can reach. Sign-in links carry tokens: never print them for others. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * The people whose tokens this data folder keeps (the first admin, the demo people), whether just
 * created or saved by an earlier start, keeping only tokens that still sign in.
 */
export async function savedSignIns(server: RunningServer, dataDir: string): Promise<SignInPerson[]> {
  const people: SignInPerson[] = [];
  const adminToken = server.adminToken ?? readText(path.join(dataDir, ADMIN_TOKEN_FILE));
  if (adminToken) people.push({ username: 'admin', role: 'admin', token: adminToken });
  const demo = server.demo?.users ?? readDemoPeople(path.join(dataDir, DEMO_USERS_FILE));
  people.push(...demo);
  const live = [];
  for (const person of people) if (await authenticate(server.storage, person.token)) live.push(person);
  return live;
}

/** The plain lines a person starting Tandem reads (logs are JSON on stdout; these go to stderr). */
export function startBanner(options: {
  readonly url: string;
  readonly host: string;
  readonly data: string;
  readonly newAdminToken: string | undefined;
  readonly demo:
    | {
        readonly slug: string;
        readonly items: number;
        readonly evaluation?: { readonly slug: string; readonly runs: readonly number[] };
      }
    | undefined;
  readonly people: readonly SignInPerson[];
}): string[] {
  const { url, people } = options;
  const lines = [`Tandem is running: ${url}  (API docs: ${url}/docs)`, `Data: ${options.data}`];
  if (options.newAdminToken)
    lines.push(`Admin API token (saved in the data folder; the CLI uses it): ${options.newAdminToken}`);
  if (options.demo) lines.push(`Demo project "${options.demo.slug}": ${options.demo.items} emails.`);
  const evaluation = options.demo?.evaluation;
  if (evaluation) {
    const [v1, v2] = evaluation.runs;
    lines.push(
      `Evaluation demo "${evaluation.slug}": try  tandem eval gate ${evaluation.slug} -g support-faq -r ${v2} -b ${v1} -q verdict -p pass`,
    );
  }
  if (people.length === 0) return lines;
  if (isLoopbackHost(options.host)) {
    lines.push(
      'Sign in with one click (for this computer only: each link holds that person’s API token, so never share one):',
    );
    for (const p of people) lines.push(`  ${p.username.padEnd(9)} ${p.role.padEnd(9)} ${url}/signin#token=${p.token}`);
  } else {
    // Served to other machines: no links (a link in a shared terminal or log is a credential).
    lines.push('API tokens (paste one on the sign-in page):');
    for (const p of people) lines.push(`  ${p.username.padEnd(9)} ${p.role.padEnd(9)} ${p.token}`);
  }
  return lines;
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

function readDemoPeople(file: string): SignInPerson[] {
  const text = readText(file);
  if (!text) return [];
  try {
    const parsed = JSON.parse(text) as unknown;
    return Array.isArray(parsed)
      ? parsed.filter(
          (p): p is SignInPerson =>
            typeof p?.username === 'string' && typeof p?.role === 'string' && typeof p?.token === 'string',
        )
      : [];
  } catch {
    return [];
  }
}
