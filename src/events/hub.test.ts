import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Storage } from '../db/storage.js';
import { CreateProjectBody } from '../projects/contracts.js';
import { createProject } from '../projects/service.js';
import { ENGINES, openTestStorage } from '../testing/engines.js';
import { spamProject } from '../testing/fixtures.js';
import { EventHub } from './hub.js';
import { appendEvents, type StoredEvent } from './outbox.js';

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  if (!condition()) throw new Error(`gave up waiting for ${what}`);
}

describe.each(ENGINES)('the event hub on %s', (engine) => {
  let storage: Storage;
  let hub: EventHub;
  let projectId: number;
  let otherId: number;
  beforeEach(async () => {
    storage = await openTestStorage(engine);
    // A long poll: only NOTIFY (PostgreSQL) or wake() makes it read, so reads can be counted.
    hub = new EventHub(storage, { pollMs: 60_000 });
    projectId = (await createProject(storage, CreateProjectBody.parse(spamProject), null)).id;
    otherId = (await createProject(storage, CreateProjectBody.parse({ ...spamProject, slug: 'other' }), null)).id;
  });
  afterEach(async () => {
    await hub.stop();
    await storage.close();
  });

  const append = (db: Storage['db'], n: number, project = projectId) =>
    appendEvents(db, [{ projectId: project, type: 'item.queued', payload: { n } }], Date.now());

  it.runIf(engine === 'postgres')(
    'delivers an event whose transaction commits after a later-numbered one',
    async () => {
      const received: StoredEvent[] = [];
      await hub.subscribe(projectId, undefined, (events) => received.push(...events));
      let commitFirst!: () => void;
      const held = new Promise<void>((resolve) => {
        commitFirst = resolve;
      });
      let earlierId = 0;
      let inserted!: () => void;
      const insertedEarlier = new Promise<void>((resolve) => {
        inserted = resolve;
      });
      // Transaction A takes the smaller id and stays open…
      const slow = storage.db.transaction().execute(async (trx) => {
        earlierId = ((await append(trx, 1))[0] as StoredEvent).id;
        inserted();
        await held;
      });
      await insertedEarlier;
      // …while B takes a larger id and commits first.
      const laterId = ((await append(storage.db, 2))[0] as StoredEvent).id;
      expect(laterId).toBeGreaterThan(earlierId);
      // The hub reads while only B is visible (an id cursor would now stand past A for good).
      const reads = hub.reads;
      hub.wake();
      await until(() => hub.reads >= reads + 2, 'the hub to read with A still open');
      commitFirst();
      await slow;
      await until(() => received.length >= 2, 'both events');
      expect(received.map((event) => event.id)).toEqual([earlierId, laterId]);
    },
  );

  it("reads once per round for all its streams, and sends each stream only its project's events", async () => {
    const streams = Array.from({ length: 20 }, () => [] as StoredEvent[]);
    for (const stream of streams) await hub.subscribe(projectId, undefined, (events) => stream.push(...events));
    const others: StoredEvent[] = [];
    await hub.subscribe(otherId, undefined, (events) => others.push(...events));
    const before = hub.reads;
    await append(storage.db, 1);
    await append(storage.db, 2, otherId);
    hub.wake();
    await until(() => streams.every((s) => s.length === 1) && others.length === 1, 'every stream');
    // One read (PostgreSQL may also be woken by each commit's NOTIFY): not one per stream.
    expect(hub.reads - before).toBeLessThanOrEqual(3);
    expect(streams.every((s) => s[0]?.payload.n === 1)).toBe(true);
    expect(others[0]?.payload.n).toBe(2);
    expect(hub.clients).toBe(21);
  });

  it('resumes a stream after the event it last had (Last-Event-ID)', async () => {
    const [first] = await append(storage.db, 1);
    await append(storage.db, 2, otherId);
    await append(storage.db, 3);
    const resumed: StoredEvent[] = [];
    const unsubscribe = await hub.subscribe(projectId, first?.id, (events) => resumed.push(...events));
    await until(() => resumed.length === 1, 'the missed event');
    await append(storage.db, 4);
    hub.wake();
    await until(() => resumed.length === 2, 'the new event');
    expect(resumed.map((event) => event.payload.n)).toEqual([3, 4]);
    unsubscribe();
    expect(hub.clients).toBe(0);
  });
});
