import { MockLanguageModelV3 } from 'ai/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../examples/ai-sdk-approval.js';
import { type ApprovalDesk, openApprovalDesk } from '../../src/testing/approval-desk.js';

const usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 5, text: 5, reasoning: undefined },
};

/** A model that asks for the refund tool, then reports what the tool (or the denial) said. */
function refundModel() {
  return new MockLanguageModelV3({
    doGenerate: async ({ prompt }) => {
      const last = prompt.at(-1);
      if (last?.role === 'tool') {
        const output = last.content.find((part) => part.type === 'tool-result')?.output;
        return {
          content: [{ type: 'text', text: `done: ${JSON.stringify(output)}` }],
          finishReason: { unified: 'stop', raw: 'stop' },
          usage,
          warnings: [],
        };
      }
      return {
        content: [
          {
            type: 'tool-call',
            toolCallId: 'call-1',
            toolName: 'refund',
            input: JSON.stringify({ orderId: 'A-17', amount: 120 }),
          },
        ],
        finishReason: { unified: 'tool-calls', raw: 'tool_calls' },
        usage,
        warnings: [],
      };
    },
  });
}

/** Vercel AI SDK tool approval: the run stops at needsApproval, a person decides in Tandem, the run goes on. */
describe('AI SDK needsApproval → Tandem → tool-approval-response', () => {
  let desk: ApprovalDesk;
  beforeAll(async () => {
    desk = await openApprovalDesk('sqlite');
  });
  afterAll(async () => desk.close());

  const run = (refunds: unknown[]) =>
    main({ baseUrl: desk.url, token: desk.agentToken, project: desk.project, model: refundModel() }, async (args) => {
      refunds.push(args);
      return `refunded ${args.amount}`;
    });

  it('runs the tool once a person approves', async () => {
    const refunds: unknown[] = [];
    const finished = run(refunds);
    expect(await desk.decideNext({ decision: 'approve' })).toEqual({
      tool: 'refund',
      arguments: { orderId: 'A-17', amount: 120 },
    });
    expect(await finished).toBe('done: {"type":"text","value":"refunded 120"}');
    expect(refunds).toEqual([{ orderId: 'A-17', amount: 120 }]);
  });

  it('runs it with the arguments a person edited', async () => {
    const refunds: unknown[] = [];
    const finished = run(refunds);
    await desk.decideNext({ decision: 'edit', arguments: { orderId: 'A-17', amount: 60 } });
    await finished;
    expect(refunds).toEqual([{ orderId: 'A-17', amount: 60 }]);
  });

  it('tells the model the call was denied, with the reason, and never runs it', async () => {
    const refunds: unknown[] = [];
    const finished = run(refunds);
    await desk.decideNext({ decision: 'reject', reason: 'already refunded' });
    expect(await finished).toMatch(/execution-denied.*already refunded/);
    expect(refunds).toEqual([]);
  });
});
