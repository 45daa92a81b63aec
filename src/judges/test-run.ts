import type { Storage } from '../db/storage.js';
import { ValidationError } from '../errors.js';
import { selectItem } from '../items/store.js';
import type { Project } from '../projects/store.js';
import type { TestJudgeBody, TestJudgeResponse } from './contracts.js';
import { judgeKind } from './kinds.js';

/** Longest a test run may take beyond the judge's own per-call timeout. */
const GRACE_MS = 2_000;

/**
 * Runs judge settings on one item and returns the verdict without storing anything (issue 13
 * point 7: the prompt editor's "Test on item"). The same kinds' `evaluate` as a run, so the same
 * timeouts and target rules (SSRF) apply. A call that gives no verdict is an answer, not an
 * error: `ok: false` with the reason, so the editor can show it next to the prompt.
 */
export async function testJudge(storage: Storage, project: Project, body: TestJudgeBody): Promise<TestJudgeResponse> {
  const { config } = body;
  const issues = judgeKind(config).configProblems(config, project.labelSchema);
  if (issues.length > 0) throw new ValidationError(issues);
  const item = await selectItem(storage, project.id, body.itemId);
  if (!item) throw new ValidationError([{ path: 'itemId', message: `no item ${body.itemId} in this project` }]);
  const started = Date.now();
  const empty = { pass: null, score: null, confidence: null, answers: null, reason: null };
  try {
    const verdict = await judgeKind(config).evaluate(
      config,
      {
        id: item.id,
        externalId: item.externalId,
        data: item.data,
        metadata: item.metadata,
        prediction: item.prediction,
      },
      {
        judgeName: 'test',
        labelSchema: project.labelSchema,
        signal: AbortSignal.timeout(config.timeoutMs + GRACE_MS),
      },
    );
    return { ok: true, ...verdict, error: null, latencyMs: Date.now() - started };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      ...empty,
      error: message.slice(0, 2_000),
      inputTokens: null,
      outputTokens: null,
      cost: null,
      latencyMs: Date.now() - started,
    };
  }
}
