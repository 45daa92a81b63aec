import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { spamProject } from '../testing/fixtures.js';
import { reviewer } from '../testing/review-driver.js';

/** A seeded coin so simulations are reproducible. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const other = (v: string) => (v === 'spam' ? 'ham' : 'spam');

// These simulations submit hundreds of answers each; on a shared 2-core machine that can pass the
// default 30 s (no assertion here is about time).
vi.setConfig({ testTimeout: 180_000 });

describe.each(ENGINES)('gold, trust and fatigue on %s', (engine) => {
  let t: TestApp;
  let slug = 0;
  beforeAll(async () => {
    t = await openTestApp(engine);
  });
  afterAll(async () => t.close());

  /** A project with `items` real items and `gold` gold items; truth alternates spam/ham. */
  async function project(policy: object, items: number, gold: number, wrongPrelabelOnGold = false) {
    const name = `p${slug++}`;
    await t.inject({ method: 'POST', url: '/api/projects', payload: { ...spamProject, slug: name } });
    await t.inject({ method: 'PUT', url: `/api/projects/${name}/policy`, payload: policy });
    const rows = [];
    for (let i = 0; i < items + gold; i++) {
      const truth = i % 2 === 0 ? 'spam' : 'ham';
      const isGold = i >= items;
      const shown = isGold && wrongPrelabelOnGold ? other(truth) : truth;
      rows.push({
        externalId: `${name}-${i}`,
        data: { text: `message ${i}`, truth },
        prediction: { verdict: shown },
        confidence: 0.5,
        ...(isGold ? { gold: { verdict: truth } } : {}),
      });
    }
    const report = await t.inject({
      method: 'POST',
      url: `/api/projects/${name}/items/batch`,
      payload: { items: rows },
    });
    expect(report.json().rejected).toBe(0);
    return name;
  }

  it('mixes gold in unseen and flags the annotator who answers at random', async () => {
    const name = await project(
      { default: { action: 'review', k: 3 }, quality: { goldRate: 0.25, pauseAfterGold: 10, minSecondsPerTask: 0 } },
      300,
      100,
    );
    const coin = seeded(7);
    const people = [
      { who: reviewer((await t.userClient(`${name}-careful1`, 'annotator')).inject, name), accuracy: 0.95 },
      { who: reviewer((await t.userClient(`${name}-careful2`, 'annotator')).inject, name), accuracy: 0.9 },
      { who: reviewer((await t.userClient(`${name}-random`, 'annotator')).inject, name), accuracy: 0.5 },
    ];
    const shapes = new Set<string>();
    await Promise.all(
      people.map(async ({ who, accuracy }) => {
        for (;;) {
          const claimed = await who.claim();
          if (claimed.status === 404) return;
          expect(claimed.body.task.phase).toBe('review'); // gold looks like any other task
          const truth = claimed.body.item.data.truth as string;
          shapes.add(JSON.stringify([Object.keys(claimed.body).sort(), Object.keys(claimed.body.item).sort()]));
          await who.submit(claimed.body.task.id, { verdict: coin() < accuracy ? truth : other(truth) });
        }
      }),
    );
    expect(shapes.size).toBe(1); // gold and real tasks have exactly the same shape
    const reports = (await t.inject({ method: 'GET', url: `/api/projects/${name}/annotators` })).json().annotators;
    const byName = Object.fromEntries(reports.map((r: { username: string }) => [r.username, r]));
    const random = byName[`${name}-random`];
    expect(random.gold.answered).toBeGreaterThanOrEqual(10);
    // Flagged by gold or by the annotator model, whichever has the evidence first: how many gold
    // items the random person meets depends on how the three interleave.
    expect(random.flags.map((f: { code: string }) => f.code)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(low_gold_accuracy|spammer)$/)]),
    );
    for (const careful of [`${name}-careful1`, `${name}-careful2`]) {
      expect(byName[careful].flags).toEqual([]);
      expect(byName[careful].gold.accuracy).toBeGreaterThan(0.75);
      expect(byName[careful].gold.ci95[0]).toBeLessThan(byName[careful].gold.accuracy);
    }
    expect(random.agreementWithConsensus).toBeLessThan(byName[`${name}-careful1`].agreementWithConsensus);
    const agreement = (await t.inject({ method: 'GET', url: `/api/projects/${name}/agreement` })).json();
    expect(agreement.decisions).toBeGreaterThan(200);
    expect(agreement.byLabel.map((l: { key: string }) => l.key).sort()).toEqual(['ham', 'spam']);
    expect(agreement.overall).toBeGreaterThan(0.5);
    expect(agreement.overall).toBeLessThan(1);
  });

  it('flags a rubber-stamper who accepts every pre-label within 50 tasks', async () => {
    const name = await project({ default: { action: 'review', k: 1 }, quality: { goldRate: 0.2 } }, 200, 40, true);
    const stamper = reviewer((await t.userClient(`${name}-stamper`, 'annotator')).inject, name);
    for (let i = 0; i < 50; i++) {
      const claimed = await stamper.claim();
      await stamper.submit(claimed.body.task.id, claimed.body.item.prediction, { timeSpentMs: 3_000 });
    }
    const [report] = (await t.inject({ method: 'GET', url: `/api/projects/${name}/annotators` })).json().annotators;
    expect(report.wrongPrelabels.seen).toBeGreaterThanOrEqual(5);
    expect(report.wrongPrelabels.acceptRate).toBe(1);
    expect(report.flags.map((f: { code: string }) => f.code)).toContain('rubber_stamp');
  });

  it('pauses an untrustworthy annotator, holds their answers out of consensus until a manager resumes them', async () => {
    const name = await project(
      { default: { action: 'review', k: 2 }, quality: { goldRate: 0.5, pauseBelowAccuracy: 0.8, pauseAfterGold: 4 } },
      20,
      10,
    );
    const bad = reviewer((await t.userClient(`${name}-bad`, 'annotator')).inject, name);
    let paused: { status: number; body: { error: { code: string; message: string } } } | undefined;
    for (let i = 0; i < 40 && !paused; i++) {
      const claimed = await bad.claim();
      if (claimed.status === 403) paused = claimed;
      else await bad.submit(claimed.body.task.id, { verdict: other(claimed.body.item.data.truth as string) });
    }
    expect(paused?.body.error.code).toBe('ANNOTATOR_PAUSED');
    expect(paused?.body.error.message).toMatch(/gold accuracy 0% over 4 gold items \(99% CI up to 62%\) is below 80%/);
    const pauses = (
      await t.inject({ method: 'GET', url: `/api/projects/${name}/audit?action=annotator.paused` })
    ).json();
    expect(pauses.records).toHaveLength(1);
    expect(pauses.records[0]).toMatchObject({
      actor: null,
      details: { reason: expect.stringMatching(/gold accuracy/) },
    });

    const held = await t.storage.db.selectFrom('tasks').select('item_id').where('state', '=', 'held').execute();
    expect(held.length).toBeGreaterThan(0);
    const heldItem = Number(held[0]?.item_id);
    const good = reviewer((await t.userClient(`${name}-good`, 'annotator')).inject, name);
    const other2 = reviewer((await t.userClient(`${name}-good2`, 'annotator')).inject, name);
    for (const person of [good, other2]) {
      await person.workUntilEmpty((item) => ({ verdict: item.data.truth as string }));
    }
    // The held answer was replaced: the item was decided by two trusted people.
    const decision = (
      await t.inject({ method: 'GET', url: `/api/projects/${name}/items/${heldItem}/decision` })
    ).json();
    expect(decision.responseIds).toHaveLength(2);

    const resumed = await t.inject({
      method: 'POST',
      url: `/api/projects/${name}/annotators/${(await t.storage.db.selectFrom('users').select('id').where('username', '=', `${name}-bad`).executeTakeFirstOrThrow()).id}/resume`,
    });
    expect(resumed.statusCode).toBe(200);
    const report = (await t.inject({ method: 'GET', url: `/api/projects/${name}/annotators` })).json().annotators;
    expect(report.find((r: { username: string }) => r.username === `${name}-bad`).status).toBe('active');
  });

  it('asks for a break after the session cap', async () => {
    const name = await project(
      {
        default: { action: 'review', k: 1 },
        quality: { goldRate: 0, fatigue: { maxTasksPerSession: 3, breakMinutes: 15 } },
      },
      10,
      0,
    );
    const tired = reviewer((await t.userClient(`${name}-tired`, 'annotator')).inject, name);
    for (let i = 0; i < 3; i++) {
      const claimed = await tired.claim();
      await tired.submit(claimed.body.task.id, { verdict: 'spam' });
    }
    const fourth = await tired.claim();
    expect(fourth.status).toBe(409);
    expect(fourth.body.error.code).toBe('BREAK_REQUIRED');
    expect(fourth.body.error.message).toMatch(/you did 3 tasks .* 15-minute break/);
  });

  it('previews which vote splits a policy decides and warns about settings that never adjudicate', async () => {
    const name = await project({ default: { action: 'review', k: 3 }, quality: { goldRate: 0 } }, 1, 0);
    const preview = (payload: object) =>
      t.inject({ method: 'POST', url: `/api/projects/${name}/policy/preview`, payload }).then((r) => r.json());
    const loose = await preview({});
    expect(loose.splits).toEqual([
      { votes: [3], agreement: 1, outcome: 'decided' },
      { votes: [2, 1], agreement: 2 / 3, outcome: 'decided' },
    ]);
    expect(loose.warnings[0]).toMatch(/No split goes to adjudication: even 2–1/);
    const strict = await preview({ threshold: 0.7 });
    expect(strict.splits[1]).toMatchObject({ votes: [2, 1], outcome: 'adjudication' });
    expect(strict.warnings).toEqual([]);
    const weighted = await preview({ method: 'weighted', threshold: 0.7 });
    expect(weighted.warnings[0]).toMatch(/Weights carry no information yet/);
    const bad = await t.inject({ method: 'POST', url: `/api/projects/${name}/policy/preview`, payload: { k: 0 } });
    expect(bad.statusCode).toBe(400);
  });

  it("decides with Dawid-Skene and exposes each annotator's confusion matrix", async () => {
    const name = await project(
      {
        default: { action: 'review', k: 3 },
        consensus: { method: 'dawid_skene', threshold: 0 },
        quality: { goldRate: 0 },
      },
      120,
      0,
    );
    const coin = seeded(11);
    const people = [
      {
        who: reviewer((await t.userClient(`${name}-a`, 'annotator')).inject, name),
        answer: (truth: string) => (coin() < 0.9 ? truth : other(truth)),
      },
      {
        who: reviewer((await t.userClient(`${name}-b`, 'annotator')).inject, name),
        answer: (truth: string) => (coin() < 0.85 ? truth : other(truth)),
      },
      // Always says the opposite: useless to a majority vote, perfectly informative to Dawid-Skene.
      {
        who: reviewer((await t.userClient(`${name}-flipper`, 'annotator')).inject, name),
        answer: (truth: string) => other(truth),
      },
    ];
    await Promise.all(
      people.map(({ who, answer }) => who.workUntilEmpty((item) => ({ verdict: answer(item.data.truth as string) }))),
    );
    // The refit job fits the annotator model and re-decides the early (majority) decisions with it.
    await t.jobs.runUntilIdle();
    const fit = (await t.inject({ method: 'GET', url: `/api/projects/${name}/dawid-skene?question=verdict` })).json();
    expect(fit.classes).toEqual(['spam', 'ham']);
    const flipper = fit.annotators.find((a: { username: string }) => a.username === `${name}-flipper`);
    expect(flipper.confusion[0][1]).toBeGreaterThan(0.8); // true spam → says ham
    expect(flipper.confusion[1][0]).toBeGreaterThan(0.8);
    const exported = (await t.inject({ method: 'GET', url: `/api/projects/${name}/export` })).body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const right = exported.filter((row) => row.decision?.answer.verdict === row.data.truth).length;
    expect(right / exported.length).toBeGreaterThan(0.9);
    // Re-deciding (issue 11 point 6): early decisions, made before the model knew anyone, were
    // re-made by the refit with a reason; the old ones stay as history; item.decided went out again.
    const { id } = (await t.inject({ method: 'GET', url: `/api/projects/${name}` })).json();
    const redecided = await t.storage.db
      .selectFrom('decisions')
      .select(['item_id', 'reason'])
      .where('project_id', '=', Number(id))
      .where('reason', 'like', 're-decided after a refit%')
      .execute();
    expect(redecided.length).toBeGreaterThan(0);
    const history = await t.inject({
      method: 'GET',
      url: `/api/projects/${name}/items/${redecided[0]?.item_id}/decisions`,
    });
    expect(history.statusCode).toBe(200);
    expect(JSON.stringify(history.json())).toContain('re-decided after a refit');
    const decidedEvents = await t.storage.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('project_id', '=', Number(id))
      .where('type', '=', 'item.decided')
      .executeTakeFirst();
    expect(Number(decidedEvents?.n)).toBe(120 + redecided.length);
    const stats = (await t.inject({ method: 'GET', url: `/api/projects/${name}/stats` })).json();
    expect(stats.redecided).toBe(redecided.length);
    const bad = await t.inject({ method: 'GET', url: `/api/projects/${name}/dawid-skene?question=nope` });
    expect(bad.json().error.details[0].path).toBe('query.question');
  });
});
