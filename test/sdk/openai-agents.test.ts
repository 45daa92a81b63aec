import { type Model, type ModelRequest, type ModelResponse, Usage } from '@openai/agents-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../examples/openai-agents-approval.js';
import { type ApprovalDesk, openApprovalDesk } from '../../src/testing/approval-desk.js';

/**
 * A scripted model through the framework's own Model interface (Agents JS ships no fake model):
 * first it calls the refund tool, then it reports the tool's output (or the rejection) as text.
 */
class ScriptedRefundModel implements Model {
  async getResponse(request: ModelRequest): Promise<ModelResponse> {
    const items = Array.isArray(request.input) ? request.input : [];
    const result = items.find((item) => item.type === 'function_call_result') as
      | { output: { text?: string } | string }
      | undefined;
    if (result) {
      const text = typeof result.output === 'string' ? result.output : (result.output.text ?? '');
      return {
        usage: new Usage(),
        output: [
          {
            type: 'message',
            role: 'assistant',
            status: 'completed',
            content: [{ type: 'output_text', text: `done: ${text}` }],
          },
        ],
      };
    }
    return {
      usage: new Usage(),
      output: [
        {
          type: 'function_call',
          callId: 'call-1',
          name: 'refund',
          status: 'completed',
          arguments: JSON.stringify({ orderId: 'A-17', amount: 120 }),
        },
      ],
    };
  }
  getStreamedResponse(): AsyncIterable<never> {
    throw new Error('this example does not stream');
  }
}

/** OpenAI Agents needsApproval: interrupt → Tandem decision → approve/reject on the state → resume. */
describe('OpenAI Agents JS needsApproval → Tandem → resume', () => {
  let desk: ApprovalDesk;
  beforeAll(async () => {
    desk = await openApprovalDesk('sqlite');
  });
  afterAll(async () => desk.close());

  const run = (refunds: unknown[]) =>
    main(
      { baseUrl: desk.url, token: desk.agentToken, project: desk.project, model: new ScriptedRefundModel() },
      async (args) => {
        refunds.push(args);
        return `refunded ${args.amount}`;
      },
    );

  it('runs the tool once a person approves', async () => {
    const refunds: unknown[] = [];
    const finished = run(refunds);
    expect(await desk.decideNext({ decision: 'approve' })).toEqual({
      tool: 'refund',
      arguments: { orderId: 'A-17', amount: 120 },
    });
    expect(await finished).toBe('done: refunded 120');
    expect(refunds).toEqual([{ orderId: 'A-17', amount: 120 }]);
  });

  it('runs it with the arguments a person edited', async () => {
    const refunds: unknown[] = [];
    const finished = run(refunds);
    await desk.decideNext({ decision: 'edit', arguments: { orderId: 'A-17', amount: 60 } });
    expect(await finished).toBe('done: refunded 60');
    expect(refunds).toEqual([{ orderId: 'A-17', amount: 60 }]);
  });

  it('tells the model a person rejected it, and never runs it', async () => {
    const refunds: unknown[] = [];
    const finished = run(refunds);
    await desk.decideNext({ decision: 'reject', reason: 'already refunded' });
    expect(await finished).toBe('done: A person rejected this call: already refunded');
    expect(refunds).toEqual([]);
  });
});
