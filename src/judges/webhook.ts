import { z } from 'zod';
import { postChecked, WebhookTargetRefused } from '../events/webhook-target.js';
import type { WebhookJudgeConfig } from './contracts.js';
import { retryAfterMs } from './llm.js';
import { type JudgeCallContext, JudgeCallError, type JudgeItem, type JudgeVerdict } from './verdict.js';

/** What a webhook judge answers (HTTP 200, JSON). */
const WebhookVerdict = z.object({
  pass: z.boolean(),
  score: z.number().min(0).max(1).optional(),
  confidence: z.number().min(0).max(1).optional(),
  answers: z.record(z.string(), z.unknown()).optional(),
  reason: z.string().max(10_000).optional(),
});

/**
 * Webhook judges (issue 13 point 1): POST `{ judge, item }` to the URL (the same target rules as
 * outgoing webhooks: no private addresses unless allowed, no redirects) and read the verdict.
 */
export async function evaluateWebhook(
  config: WebhookJudgeConfig,
  item: JudgeItem,
  ctx: JudgeCallContext,
): Promise<JudgeVerdict> {
  const body = JSON.stringify({ judge: ctx.judgeName, item });
  let reply: Awaited<ReturnType<typeof postChecked>>;
  try {
    reply = await postChecked(config.url, { 'content-type': 'application/json' }, body, {
      timeoutMs: config.timeoutMs,
      readBody: true,
      signal: ctx.signal,
    });
  } catch (error) {
    if (ctx.signal.aborted) throw ctx.signal.reason;
    if (error instanceof WebhookTargetRefused) throw new JudgeCallError(error.message, { permanent: true });
    const timedOut = (error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError';
    throw new JudgeCallError(
      timedOut
        ? `the call timed out after ${config.timeoutMs} ms`
        : `cannot reach the judge: ${(error as Error).message}`,
    );
  }
  if (reply.status === 429) {
    const header = reply.headers['retry-after'];
    const headers = new Headers(typeof header === 'string' ? { 'retry-after': header } : {});
    throw new JudgeCallError('the judge answered 429', { retryAfterMs: retryAfterMs(headers) });
  }
  if (reply.status >= 500 || reply.status === 408) throw new JudgeCallError(`the judge answered ${reply.status}`);
  if (reply.status !== 200) throw new JudgeCallError(`the judge answered ${reply.status}`, { permanent: true });
  let parsed: unknown;
  try {
    parsed = JSON.parse(reply.body);
  } catch {
    throw new JudgeCallError(`the judge's answer is not valid JSON: ${reply.body.slice(0, 200)}`);
  }
  const verdict = WebhookVerdict.safeParse(parsed);
  if (!verdict.success) {
    const issue = verdict.error.issues[0];
    throw new JudgeCallError(
      `the judge's answer is not a verdict: ${issue?.path.join('.') || '(root)'} ${issue?.message ?? ''}`,
    );
  }
  const v = verdict.data;
  return {
    pass: v.pass,
    score: v.score ?? (v.pass ? 1 : 0),
    confidence: v.confidence ?? null,
    answers: v.answers ?? null,
    reason: v.reason ?? null,
    inputTokens: null,
    outputTokens: null,
    cost: null,
  };
}
