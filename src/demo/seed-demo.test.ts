import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Storage } from '../db/storage.js';
import { openTestStorage } from '../testing/engines.js';
import { seedDemoProject } from './seed-demo.js';

describe('demo project seed', () => {
  let storage: Storage;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-demo-'));
  beforeAll(async () => {
    storage = await openTestStorage('sqlite');
  });
  afterAll(async () => {
    await storage.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('loads the emails routed by the demo policy, gold items and demo people once', async () => {
    const seed = await seedDemoProject(storage, dataDir);
    expect(seed).toMatchObject({ slug: 'spam-triage', items: 400, evaluation: { slug: 'support-bot', runs: [1, 2] } });
    const spamId = await storage.db
      .selectFrom('projects')
      .select('id')
      .where('slug', '=', 'spam-triage')
      .executeTakeFirstOrThrow();
    const statuses = await storage.db
      .selectFrom('items')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('project_id', '=', Number(spamId.id))
      .groupBy('status')
      .execute();
    const counts = Object.fromEntries(statuses.map((s) => [s.status, Number(s.n)]));
    expect(counts.gold).toBe(30);
    expect(counts.decided).toBeGreaterThan(50); // confident predictions were auto-accepted
    expect(counts.queued).toBeGreaterThan(50);
    const decisions = await storage.db
      .selectFrom('decisions')
      .select(['method', 'policy_version'])
      .where('project_id', '=', Number(spamId.id))
      .execute();
    expect(decisions.every((d) => d.method === 'auto' && d.policy_version === 1)).toBe(true);
    // Ordered by uncertainty: the first annotator slot is on a less confident item than most.
    const slots = await storage.db
      .selectFrom('tasks')
      .innerJoin('items', 'items.id', 'tasks.item_id')
      .select(['tasks.rank', 'items.confidence'])
      .where('tasks.project_id', '=', Number(spamId.id))
      .where('tasks.priority', '=', 0)
      .where('tasks.audit', '=', 0)
      .orderBy('tasks.rank')
      .orderBy('tasks.id')
      .execute();
    expect(slots.every((slot) => Number(slot.rank) > 0)).toBe(true);
    const confidences = slots.map((slot) => Number(slot.confidence)).sort((a, b) => a - b);
    expect(Number(slots[0]?.confidence)).toBeLessThanOrEqual(confidences[Math.floor(confidences.length / 4)] as number);
    const people = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-users.json'), 'utf8'));
    expect(people.map((p: { username: string }) => p.username)).toEqual(['ada', 'grace', 'alan', 'rosalind', 'marie']);
    expect(await seedDemoProject(storage, dataDir)).toBeUndefined();
  });
});
