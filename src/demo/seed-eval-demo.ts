import type { Storage } from '../db/storage.js';
import { createGoldenVersion } from '../evals/golden-sets.js';
import { createEvalRun } from '../evals/runs.js';
import { ingestRows } from '../items/ingest.js';
import { createJudge, requestJudgeRuns } from '../judges/service.js';
import { CreateProjectBody } from '../projects/contracts.js';
import { createProject } from '../projects/service.js';
import { claimTask } from '../queue/service.js';
import { submitTask } from '../responses/submit.js';
import type { User } from '../users/store.js';
import { SUPPORT_BOT_CASES } from './support-bot-data.js';

export const EVAL_DEMO_SLUG = 'support-bot';
export const EVAL_DEMO_GOLDEN_SET = 'support-faq';

/** One offline rule judge: no personal data, long enough to help, no "as an AI" boilerplate. */
export const EVAL_DEMO_JUDGE = {
  name: 'support-policy',
  config: {
    kind: 'rule' as const,
    field: 'output',
    checks: [
      { type: 'pii' as const, detect: ['email' as const, 'phone' as const, 'card' as const, 'iban' as const] },
      { type: 'length' as const, min: 40, max: 800 },
      { type: 'not_contains' as const, value: 'as an AI', caseSensitive: false },
    ],
    concurrency: 4,
    maxAttempts: 5,
    timeoutMs: 30_000,
  },
};

/**
 * The evaluation demo (issue 13 point 8): "Support bot answers (demo)" with the bot's 30
 * production answers reviewed by a person (so the judge's calibration has human verdicts to
 * compare with), the rule judge run over them, a golden set of the 30 questions with reference
 * answers, and two runs (v1, v2) of posted outputs scored by the judge. Everything offline; the
 * judge and score jobs finish within a second of start. Returns the run ids.
 */
export async function seedEvalDemo(storage: Storage, reviewer: User): Promise<{ slug: string; runs: number[] }> {
  const project = await createProject(
    storage,
    CreateProjectBody.parse({
      name: 'Support bot answers (demo)',
      slug: EVAL_DEMO_SLUG,
      description: 'Evaluation demo: a support bot’s answers, a golden set, two bot versions and the gate',
      guidelines:
        'Pass an answer that helps, without personal data (emails, phone numbers, cards, IBANs) or boilerplate.',
      labelSchema: {
        questions: [
          {
            name: 'verdict',
            type: 'single_choice',
            title: 'Is the answer acceptable?',
            options: [{ value: 'pass' }, { value: 'fail' }],
          },
        ],
      },
    }),
    null,
  );
  const outcome = await ingestRows(
    storage,
    project,
    SUPPORT_BOT_CASES.map((c) => ({
      externalId: c.id,
      data: { question: c.question, output: c.v1 },
      metadata: { topic: c.topic, model: 'support-bot-v1' },
    })),
  );
  if (outcome.errors.length > 0) throw new Error(`eval demo items rejected: ${JSON.stringify(outcome.errors[0])}`);
  // A person reviews each production answer (the default policy: one review per item).
  const verdictOf = new Map(SUPPORT_BOT_CASES.map((c) => [c.id, c.human]));
  const items = await storage.db
    .selectFrom('items')
    .select(['id', 'external_id'])
    .where('project_id', '=', project.id)
    .execute();
  const externalOf = new Map(items.map((i) => [Number(i.id), String(i.external_id)]));
  for (let i = 0; i < SUPPORT_BOT_CASES.length; i++) {
    const task = await claimTask(storage, project, reviewer);
    const verdict = verdictOf.get(externalOf.get(task.itemId) ?? '') ?? 'pass';
    await submitTask(storage, task.id, reviewer, { answer: { verdict } });
  }
  const actor = { id: reviewer.id };
  await createJudge(storage, project, EVAL_DEMO_JUDGE, actor);
  await requestJudgeRuns(storage, project, EVAL_DEMO_JUDGE.name, { retryFailed: false }, actor);
  await createGoldenVersion(
    storage,
    project,
    EVAL_DEMO_GOLDEN_SET,
    {
      note: 'The 30 questions of the demo, with reference answers',
      entries: SUPPORT_BOT_CASES.map((c) => ({
        externalId: c.id,
        input: { question: c.question },
        reference: c.reference,
        metadata: { topic: c.topic },
      })),
    },
    actor,
  );
  const runs: number[] = [];
  for (const version of ['v1', 'v2'] as const) {
    const { run } = await createEvalRun(
      storage,
      project,
      {
        goldenSet: EVAL_DEMO_GOLDEN_SET,
        name: `support-bot-${version}`,
        judges: [EVAL_DEMO_JUDGE.name],
        // Made-up but steady cost and latency, so the report's cost/latency rows have figures.
        outputs: SUPPORT_BOT_CASES.map((c) => ({
          externalId: c.id,
          output: c[version],
          cost: Number((c[version].length * (version === 'v1' ? 0.00001 : 0.000012)).toFixed(6)),
          latencyMs: (version === 'v1' ? 300 : 380) + c[version].length * 4,
        })),
      },
      actor,
    );
    runs.push(run.id);
  }
  return { slug: project.slug, runs };
}
