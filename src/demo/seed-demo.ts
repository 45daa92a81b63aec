import fs from 'node:fs';
import path from 'node:path';
import type { Storage } from '../db/storage.js';
import { ingestRows } from '../items/ingest.js';
import { CreateProjectBody } from '../projects/contracts.js';
import { createProject, getProject } from '../projects/service.js';
import { selectProjects } from '../projects/store.js';
import { Policy } from '../routing/contracts.js';
import { insertPolicyVersion } from '../routing/store.js';
import type { Role } from '../users/contracts.js';
import { createUser, issueToken } from '../users/service.js';
import { buildDemoProject } from './demo-project.js';
import { seedEvalDemo } from './seed-eval-demo.js';

export interface DemoSeed {
  readonly slug: string;
  readonly items: number;
  readonly users: readonly { username: string; role: Role; token: string }[];
  /** The evaluation demo project (issue 13) and its two runs (v1, v2). */
  readonly evaluation: { readonly slug: string; readonly runs: readonly number[] };
}

/**
 * The demo routing: sure predictions pass, risky mail goes to an expert, the rest to 3 people,
 * the least sure first (issue 12 point 7); the built-in model retrains after every 20 human
 * decisions, refreshing suggestions and the order, and the dashboard's learning curve grows.
 */
export const DEMO_POLICY = Policy.parse({
  rules: [
    { name: 'confident model', when: { confidence: { gte: 0.95 } }, then: { action: 'auto_accept' } },
    {
      name: 'money or credentials',
      when: { risk: 'high' },
      then: { action: 'escalate', k: 1, role: 'expert', priority: 10 },
    },
  ],
  default: { action: 'review', k: 3, role: 'annotator' },
  auditRate: 0.02,
  quality: { goldRate: 0.1 },
  consensus: { threshold: 0.66, adjudicatorRole: 'reviewer' },
  ordering: { strategy: 'uncertainty', measure: 'least_confidence', exploration: 0.1 },
  model: { retrainEvery: 20 },
});

const DEMO_PEOPLE: readonly { username: string; displayName: string; role: Role }[] = [
  { username: 'ada', displayName: 'Ada', role: 'annotator' },
  { username: 'grace', displayName: 'Grace', role: 'annotator' },
  { username: 'alan', displayName: 'Alan', role: 'annotator' },
  { username: 'rosalind', displayName: 'Rosalind', role: 'reviewer' },
  { username: 'marie', displayName: 'Marie', role: 'expert' },
];

export const DEMO_USERS_FILE = 'demo-users.json';
const DEMO_GOLD_ITEMS = 30;

/**
 * Loads the demo project (SpamAssassin mails with the built-in model's predictions), its
 * routing policy and five demo people into an empty database; their tokens go to
 * `<dataDir>/demo-users.json`. Does nothing when any project exists, so restarts never duplicate it.
 */
export async function seedDemoProject(storage: Storage, dataDir: string): Promise<DemoSeed | undefined> {
  if ((await selectProjects(storage)).length > 0) return undefined;
  const demo = buildDemoProject();
  const created = await createProject(storage, CreateProjectBody.parse(demo.project), null);
  await insertPolicyVersion(storage, created.id, DEMO_POLICY, null, Date.now());
  const project = await getProject(storage, created.slug); // now with the demo policy as current
  const users = [];
  const people = [];
  for (const person of DEMO_PEOPLE) {
    const user = await createUser(storage, person);
    people.push(user);
    users.push({ username: user.username, role: user.role, token: await issueToken(storage, user.id, 'demo') });
  }
  // The first emails double as gold: their true label (from the corpus) is known, so the queue
  // can mix them in and measure each person.
  const rows = demo.items.map((item, index) => {
    const truth = demo.truth.get(item.externalId);
    return index < DEMO_GOLD_ITEMS && truth ? { ...item, gold: { verdict: truth } } : item;
  });
  const outcome = await ingestRows(storage, project, rows);
  if (outcome.errors.length > 0) {
    throw new Error(`demo items rejected: ${JSON.stringify(outcome.errors.slice(0, 3))}`);
  }
  // Ada reviewed the support bot's production answers, so its judge has people to agree with.
  const evaluation = await seedEvalDemo(storage, people[0] as (typeof people)[number]);
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(path.join(dataDir, DEMO_USERS_FILE), `${JSON.stringify(users, null, 2)}\n`, { mode: 0o600 });
  return { slug: project.slug, items: outcome.results.length, users, evaluation };
}
