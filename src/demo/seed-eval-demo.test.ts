import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Storage } from '../db/storage.js';
import { GateBody } from '../evals/contracts.js';
import { evaluateGate } from '../evals/gate.js';
import { createGoldenVersion } from '../evals/golden-sets.js';
import { createEvalRun, listEvalRuns } from '../evals/runs.js';
import { DecisionNotifier } from '../events/notifier.js';
import { serverJobKinds } from '../jobs/kinds.js';
import { JobRunner } from '../jobs/runner.js';
import { RuleJudgeConfig } from '../judges/contracts.js';
import { evaluateRules } from '../judges/rules.js';
import { setJudgeThresholds } from '../judges/thresholds.js';
import { getProject } from '../projects/service.js';
import { ENGINES, openTestStorage } from '../testing/engines.js';
import { createUser } from '../users/service.js';
import { EVAL_DEMO_JUDGE, seedEvalDemo } from './seed-eval-demo.js';
import { SUPPORT_BOT_CASES } from './support-bot-data.js';

/** The evaluation demo works offline: its judge agrees with the person, and the gate passes v2 over v1. */
describe.each(ENGINES)('evaluation demo on %s', (engine) => {
  let storage: Storage;
  let runner: JobRunner;
  let notifier: DecisionNotifier;
  beforeAll(async () => {
    storage = await openTestStorage(engine);
    notifier = new DecisionNotifier(storage);
    runner = new JobRunner(storage, { registry: serverJobKinds(), services: { notifier } });
  });
  afterAll(async () => {
    await runner.stop();
    await storage.close();
  });

  it('ships data whose human verdicts are what the rule judge says of v1', () => {
    const config = RuleJudgeConfig.parse(EVAL_DEMO_JUDGE.config);
    for (const c of SUPPORT_BOT_CASES) {
      expect(evaluateRules(config, c.v1).pass ? 'pass' : 'fail', c.id).toBe(c.human);
    }
    expect(SUPPORT_BOT_CASES.filter((c) => !evaluateRules(config, c.v2).pass).map((c) => c.id)).toEqual(['call-me']);
  });

  it('seeds a project, a calibrated judge, a golden set and two scored runs; the gate passes v2', async () => {
    const ada = await createUser(storage, { username: 'ada', role: 'annotator' });
    const seeded = await seedEvalDemo(storage, ada);
    await runner.runUntilIdle();
    const project = await getProject(storage, seeded.slug);
    const [v1, v2] = seeded.runs as [number, number];
    const gate = await evaluateGate(
      storage,
      project,
      GateBody.parse({
        goldenSet: 'support-faq',
        run: v2,
        baseline: v1,
        minScore: 0.9,
        calibration: { question: 'verdict', passValues: ['pass'] },
      }),
    );
    expect(gate.reasons).toEqual([]);
    expect(gate.pass).toBe(true);
    expect(gate.judges).toEqual([{ name: 'support-policy', version: 1, trusted: true, why: null }]);
    expect(gate.comparison).toMatchObject({ compared: 30, passToFail: 0, failToPass: 6 });
    expect(gate.comparison.run.passRate).toBeCloseTo(29 / 30);
    expect(gate.comparison.baseline.passRate).toBeCloseTo(23 / 30);
    // The other way round, v1 regresses on six answers: the gate fails.
    const back = await evaluateGate(
      storage,
      project,
      GateBody.parse({ run: v1, baseline: v2, calibration: { question: 'verdict', passValues: ['pass'] } }),
    );
    expect(back.pass).toBe(false);
    expect(back.comparison.passToFail).toBe(6);
  });

  it('refuses a run as its own baseline and fails runs that are not comparable', async () => {
    const project = await getProject(storage, 'support-bot');
    const calibration = { question: 'verdict', passValues: ['pass'] };
    const runs = (await listEvalRuns(storage, project)).runs.map((r) => r.id).sort((a, b) => a - b);
    const [v1, v2] = runs as [number, number];
    const self = await evaluateGate(storage, project, GateBody.parse({ run: v2, baseline: v2, calibration })).catch(
      (e) => e,
    );
    expect(self.details).toEqual([{ path: 'baseline', message: 'must be another run than `run`' }]);

    const actor = { id: 1 };
    await createGoldenVersion(
      storage,
      project,
      'support-faq',
      {
        entries: SUPPORT_BOT_CASES.map((c) => ({ externalId: c.id, input: { question: c.question } })),
      },
      actor,
    );
    const other = await createEvalRun(
      storage,
      project,
      {
        goldenSet: 'support-faq',
        name: 'v2-on-v2',
        judges: [],
        outputs: SUPPORT_BOT_CASES.map((c) => ({ externalId: c.id, output: c.v2 })),
      },
      actor,
    );
    await runner.runUntilIdle();
    const gate = await evaluateGate(storage, project, GateBody.parse({ run: other.run.id, baseline: v1, calibration }));
    expect(gate.pass).toBe(false);
    expect(gate.reasons).toContain(
      `the runs used different golden sets: run ${other.run.id} is over support-faq v2, baseline ${v1} over support-faq v1`,
    );
    expect(gate.reasons).toContain(
      `the runs were scored by different judges: run ${other.run.id} by none, baseline ${v1} by support-policy v1`,
    );

    // The caller may raise the project's calibration bar, not lower it.
    await setJudgeThresholds(storage, project, { minPairs: 1000 }, actor);
    const lowered = await evaluateGate(
      storage,
      project,
      GateBody.parse({ run: v2, baseline: v1, calibration: { ...calibration, minPairs: 1, minKappa: 0 } }),
    );
    expect(lowered.pass).toBe(false);
    expect(lowered.judges[0]?.why).toMatch(/needs 1000/);
  });
});
