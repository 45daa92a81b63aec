import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestApp, type TestApp } from '../testing/engines.js';
import { spamProject } from '../testing/fixtures.js';
import { reviewer } from '../testing/review-driver.js';
import { applyIsotonic } from './calibration.js';

const SPAM = ['cheap pills offer', 'win money now', 'free prize claim', 'cash bonus winner'];
const HAM = ['meeting agenda tomorrow', 'project status report', 'quarterly review notes', 'lunch with the team'];
const truthOf = (text: string) => (SPAM.some((s) => text.includes(s)) ? 'spam' : 'ham');

/** Issue 12 point 3: with `model.calibrate: isotonic`, routing reads the calibrated confidence. */
describe.each(ENGINES)('recalibrated confidences on %s', (engine) => {
  let t: TestApp;
  let projectId: number;
  beforeAll(async () => {
    t = await openTestApp(engine);
    projectId = (await t.inject({ method: 'POST', url: '/api/projects', payload: spamProject })).json().id;
    const policy = await t.inject({
      method: 'PUT',
      url: '/api/projects/spam/policy',
      payload: {
        rules: [{ when: { confidence: { gte: 0.9 } }, then: { action: 'auto_accept' } }],
        default: { action: 'review', k: 1 },
        model: { calibrate: 'isotonic' },
      },
    });
    expect(policy.statusCode).toBe(200);
    const items = Array.from({ length: 160 }, (_, i) => ({
      externalId: `m-${i}`,
      data: { text: `${i % 2 === 0 ? SPAM[i % 4] : HAM[i % 4]} and ${i % 3 === 0 ? HAM[(i + 1) % 4] : 'more'} ${i}` },
    }));
    expect(
      (await t.inject({ method: 'POST', url: '/api/projects/spam/items/batch', payload: { items } })).statusCode,
    ).toBeLessThan(300);
  });
  afterAll(async () => t.close());

  it('stores the isotonic map with the version and routes on the calibrated confidence, keeping the raw one', async () => {
    const ada = reviewer(t.inject, 'spam');
    // People disagree with the obvious answer now and then: the model's confidence overstates.
    for (let n = 0; n < 120; n++) {
      const claimed = await ada.claim();
      expect(claimed.status).toBe(200);
      const truth = truthOf(String(claimed.body.item.data.text));
      const answer = n % 6 === 0 ? (truth === 'spam' ? 'ham' : 'spam') : truth;
      expect((await ada.submit(claimed.body.task.id, { verdict: answer })).status).toBe(200);
    }
    await t.inject({ method: 'POST', url: '/api/projects/spam/model/train', payload: {} });
    await t.jobs.runUntilIdle();
    const [version] = (await t.inject({ method: 'GET', url: '/api/projects/spam/model/versions' })).json().versions;
    expect(version.refreshed).toBe(40);
    const map = version.calibration as { from: number; calibrated: number }[];
    expect(map.length).toBeGreaterThan(0);

    const rows = await t.storage.db
      .selectFrom('items')
      .select(['confidence', 'raw_confidence', 'status'])
      .where('project_id', '=', projectId)
      .where('model_version', '=', 1)
      .execute();
    expect(rows).toHaveLength(40);
    let differs = 0;
    for (const row of rows) {
      const raw = Number(row.raw_confidence);
      const calibrated = Number(row.confidence);
      expect(row.raw_confidence).not.toBeNull();
      expect(calibrated).toBeCloseTo(applyIsotonic(map, raw), 10);
      if (Math.abs(calibrated - raw) > 1e-9) differs++;
      // The rule auto-accepts at ≥ 0.9 of the calibrated value, whatever the raw one says.
      expect(row.status).toBe(calibrated >= 0.9 ? 'decided' : 'queued');
    }
    expect(differs).toBeGreaterThan(0);
    const report = (await t.inject({ method: 'GET', url: '/api/projects/spam/model/calibration' })).json();
    expect(report.recalibrated).toBe(true);
    // 120 claim + submit round trips: room for a loaded PostgreSQL.
  }, 180_000);
});
