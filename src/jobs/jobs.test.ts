import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Storage } from '../db/storage.js';
import { DecisionNotifier } from '../events/notifier.js';
import { ENGINES, openTestStorage } from '../testing/engines.js';
import { defineJob, JobRegistry, PermanentJobError } from './registry.js';
import { JobRunner } from './runner.js';
import { claimJob, completeJob, enqueueJob, selectJob } from './store.js';

declare module './registry.js' {
  interface JobPayloads {
    'test.record': { name: string };
    'test.flaky': { failures: number };
    'test.tick': Record<string, never>;
  }
}

/** A clock the test moves by hand, so backoffs, leases and schedules come due without waiting. */
function manualClock(start = 1_700_000_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

/** Resolves once `release()` is called: lets a job hold its key open while the test looks. */
function gate() {
  let release!: () => void;
  const opened = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { opened, release };
}

describe.each(ENGINES)('jobs on %s', (engine) => {
  let storage: Storage;
  let clock: ReturnType<typeof manualClock>;
  let ran: string[];
  let services: { notifier: DecisionNotifier };
  beforeEach(async () => {
    storage = await openTestStorage(engine);
    services = { notifier: new DecisionNotifier(storage) };
    clock = manualClock();
    ran = [];
  });
  afterEach(async () => storage.close());

  const recordJob = defineJob({
    type: 'test.record',
    run: async ({ payload }) => {
      ran.push(payload.name);
    },
  });
  const runner = (registry: JobRegistry, options: { leaseMs?: number; concurrency?: number } = {}) =>
    new JobRunner(storage, {
      registry,
      services,
      clock: clock.now,
      ...options,
    });

  it('runs a job enqueued in a committed transaction, and none from a rolled-back one', async () => {
    await storage.db.transaction().execute(async (trx) => {
      await enqueueJob(trx, { type: 'test.record', payload: { name: 'kept' } }, clock.now());
    });
    await expect(
      storage.db.transaction().execute(async (trx) => {
        await enqueueJob(trx, { type: 'test.record', payload: { name: 'rolled back' } }, clock.now());
        throw new Error('change refused');
      }),
    ).rejects.toThrow('change refused');
    expect(await runner(new JobRegistry().add(recordJob)).runUntilIdle()).toBe(1);
    expect(ran).toEqual(['kept']);
  });

  it('adds nothing when a job with the same dedupe key is still queued', async () => {
    const first = await enqueueJob(
      storage.db,
      { type: 'test.record', payload: { name: 'a' }, dedupe: 'p1' },
      clock.now(),
    );
    const second = await enqueueJob(
      storage.db,
      { type: 'test.record', payload: { name: 'b' }, dedupe: 'p1' },
      clock.now(),
    );
    expect(first).toBeTypeOf('number');
    expect(second).toBeUndefined();
    await runner(new JobRegistry().add(recordJob)).runUntilIdle();
    expect(ran).toEqual(['a']);
    // Once it ran, the same dedupe key queues again.
    expect(await enqueueJob(storage.db, { type: 'test.record', payload: { name: 'c' }, dedupe: 'p1' })).toBeTypeOf(
      'number',
    );
  });

  it('retries with backoff, then fails for good with the reason', async () => {
    let calls = 0;
    const registry = new JobRegistry().add(
      defineJob({
        type: 'test.flaky',
        maxAttempts: 3,
        backoff: (failures) => failures * 10_000,
        run: async () => {
          calls += 1;
          throw new Error(`receiver said no (${calls})`);
        },
      }),
    );
    const id = (await enqueueJob(storage.db, { type: 'test.flaky', payload: { failures: 9 } }, clock.now())) as number;
    const jobs = runner(registry);
    await jobs.runUntilIdle();
    let job = await selectJob(storage.db, id);
    expect(job).toMatchObject({ state: 'queued', attempts: 1, lastError: 'receiver said no (1)' });
    expect(job?.runAt).toBe(clock.now() + 10_000);
    // Not due yet: nothing runs.
    expect(await jobs.runUntilIdle()).toBe(0);
    clock.advance(10_000);
    await jobs.runUntilIdle();
    expect((await selectJob(storage.db, id))?.runAt).toBe(clock.now() + 20_000);
    clock.advance(20_000);
    await jobs.runUntilIdle();
    job = await selectJob(storage.db, id);
    expect(job).toMatchObject({ state: 'failed', attempts: 3, lastError: 'receiver said no (3)' });
    clock.advance(3_600_000);
    expect(await jobs.runUntilIdle()).toBe(0);
    expect(calls).toBe(3);
  });

  it('fails at once on a permanent error', async () => {
    const registry = new JobRegistry().add(
      defineJob({
        type: 'test.flaky',
        run: async () => {
          throw new PermanentJobError('the webhook was deleted');
        },
      }),
    );
    const id = (await enqueueJob(storage.db, { type: 'test.flaky', payload: { failures: 1 } }, clock.now())) as number;
    await runner(registry).runUntilIdle();
    expect(await selectJob(storage.db, id)).toMatchObject({
      state: 'failed',
      attempts: 1,
      lastError: 'the webhook was deleted',
    });
  });

  it("retries a crashed worker's job once its lease lapses, and the crashed worker cannot finish it", async () => {
    const id = await enqueueJob(storage.db, { type: 'test.record', payload: { name: 'survivor' } }, clock.now());
    // A worker claims it and dies (never finishes, never renews).
    const orphan = await claimJob(storage.db, engine, {
      types: ['test.record'],
      workerId: 'dead-worker',
      leaseMs: 30_000,
      now: clock.now(),
    });
    expect(orphan?.id).toBe(id);
    const jobs = runner(new JobRegistry().add(recordJob), { leaseMs: 30_000 });
    expect(await jobs.runUntilIdle()).toBe(0); // lease still valid
    clock.advance(30_000);
    expect(await jobs.runUntilIdle()).toBe(1);
    expect(ran).toEqual(['survivor']);
    expect(await selectJob(storage.db, id as number)).toMatchObject({ state: 'done', attempts: 2 });
    // The dead worker coming back cannot complete it a second time.
    expect(await completeJob(storage.db, orphan as NonNullable<typeof orphan>, 'dead-worker', clock.now())).toBe(false);
  });

  it('runs one job per key at a time, and a held key does not hold up another key', async () => {
    const slow = gate();
    const active = new Map<string, number>();
    const overlaps: string[] = [];
    const registry = new JobRegistry().add(
      defineJob({
        type: 'test.record',
        run: async ({ payload, job }) => {
          const key = job.key ?? '';
          active.set(key, (active.get(key) ?? 0) + 1);
          if ((active.get(key) ?? 0) > 1) overlaps.push(key);
          if (payload.name === 'slow-1') await slow.opened;
          ran.push(payload.name);
          // The other endpoint finished while slow-1 is still running: let slow-1 go.
          if (payload.name === 'fast-2') slow.release();
          active.set(key, (active.get(key) ?? 0) - 1);
        },
      }),
    );
    for (const [name, key] of [
      ['slow-1', 'endpoint:slow'],
      ['slow-2', 'endpoint:slow'],
      ['fast-1', 'endpoint:fast'],
      ['fast-2', 'endpoint:fast'],
    ] as const)
      await enqueueJob(storage.db, { type: 'test.record', payload: { name }, key }, clock.now());
    await runner(registry, { concurrency: 4 }).runUntilIdle();
    expect(overlaps).toEqual([]);
    expect(ran).toEqual(['fast-1', 'fast-2', 'slow-1', 'slow-2']);
  });

  it('keeps one run of a recurring kind scheduled, each run after the previous one ends', async () => {
    let ticks = 0;
    const registry = new JobRegistry().add(
      defineJob({
        type: 'test.tick',
        everyMs: 1_000,
        run: async () => {
          ticks += 1;
        },
      }),
    );
    const a = runner(registry);
    const b = runner(registry); // a second server
    await a.scheduleRecurring();
    await b.scheduleRecurring();
    const queued = () =>
      storage.db
        .selectFrom('jobs')
        .select('run_at')
        .where('type', '=', 'test.tick')
        .where('state', '=', 'queued')
        .execute();
    expect(await queued()).toHaveLength(1);
    expect(await a.runUntilIdle()).toBe(0);
    clock.advance(1_000);
    expect(await b.runUntilIdle()).toBe(1);
    expect((await queued()).map((row) => Number(row.run_at))).toEqual([clock.now() + 1_000]);
    clock.advance(1_000);
    await a.runUntilIdle();
    expect(ticks).toBe(2);
  });

  it("commits a job's own writes and its completion together with completeIn", async () => {
    const registry = new JobRegistry().add(
      defineJob({
        type: 'test.record',
        run: async ({ storage: s, payload, completeIn }) => {
          await s.db.transaction().execute(async (trx) => {
            await trx
              .insertInto('users')
              .values({ username: payload.name, display_name: payload.name, role: 'annotator', created_at: 1 })
              .execute();
            if (!(await completeIn(trx))) throw new Error('lost the job');
          });
        },
      }),
    );
    const id = (await enqueueJob(storage.db, { type: 'test.record', payload: { name: 'ada' } }, clock.now())) as number;
    await runner(registry).runUntilIdle();
    expect(await selectJob(storage.db, id)).toMatchObject({ state: 'done', attempts: 1 });
    const users = await storage.db.selectFrom('users').select('username').where('username', '=', 'ada').execute();
    expect(users).toHaveLength(1);
  });

  it('runs each job exactly once with two runners claiming at the same time', async () => {
    const registry = new JobRegistry().add(recordJob);
    for (let i = 0; i < 60; i++)
      await enqueueJob(
        storage.db,
        { type: 'test.record', payload: { name: `job-${i}` }, key: `k${i % 7}` },
        clock.now(),
      );
    await Promise.all([
      runner(registry, { concurrency: 4 }).runUntilIdle(),
      runner(registry, { concurrency: 4 }).runUntilIdle(),
    ]);
    expect(ran.toSorted()).toEqual(Array.from({ length: 60 }, (_, i) => `job-${i}`).toSorted());
    const states = await storage.db.selectFrom('jobs').select('state').where('state', '<>', 'done').execute();
    expect(states).toEqual([]);
  });

  it('stops claiming on stop() and lets the running job finish', async () => {
    const running = gate();
    const finish = gate();
    const registry = new JobRegistry().add(
      defineJob({
        type: 'test.record',
        run: async ({ payload }) => {
          running.release();
          await finish.opened;
          ran.push(payload.name);
        },
      }),
    );
    await enqueueJob(storage.db, { type: 'test.record', payload: { name: 'in flight' }, key: 'k' }, clock.now());
    await enqueueJob(storage.db, { type: 'test.record', payload: { name: 'left queued' }, key: 'k' }, clock.now());
    const jobs = new JobRunner(storage, {
      registry,
      services,
      pollMs: 20,
    });
    await jobs.start();
    await running.opened;
    const stopped = jobs.stop();
    finish.release();
    await stopped;
    expect(ran).toEqual(['in flight']);
    const states = await storage.db.selectFrom('jobs').select(['state']).orderBy('id').execute();
    expect(states.map((row) => row.state)).toEqual(['done', 'queued']);
  });

  it('records a job abandoned at shutdown once, and another runner finishes it', async () => {
    const started = gate();
    const never = gate();
    let completions = 0;
    const stuck = new JobRegistry().add(
      defineJob({
        type: 'test.record',
        run: async () => {
          started.release();
          await never.opened; // ignores its signal: only the grace period ends it
          completions += 1;
        },
      }),
    );
    const id = (await enqueueJob(storage.db, { type: 'test.record', payload: { name: 'x' } })) as number;
    const first = new JobRunner(storage, { registry: stuck, services, pollMs: 20 });
    await first.start();
    await started.opened;
    await first.stop(10);
    expect(await selectJob(storage.db, id)).toMatchObject({
      state: 'queued',
      attempts: 1,
      lastError: 'the server is shutting down',
    });
    never.release(); // the abandoned run ends late: it must not touch the job again
    const second = new JobRunner(storage, { registry: new JobRegistry().add(recordJob), services });
    // Due after the first failure's backoff: move the row's time instead of waiting.
    await storage.db.updateTable('jobs').set({ run_at: 0 }).where('id', '=', id).execute();
    expect(await second.runUntilIdle()).toBe(1);
    expect(await selectJob(storage.db, id)).toMatchObject({ state: 'done', attempts: 2, lastError: null });
    expect(ran).toEqual(['x']);
    expect(completions).toBe(1); // the late run finished in memory only
  });
});
