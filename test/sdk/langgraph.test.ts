import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../examples/langgraph-approval.js';
import { type ApprovalDesk, openApprovalDesk } from '../../src/testing/approval-desk.js';

/** The LangGraph example pauses at interrupt(), a person decides in Tandem, the graph resumes with Command. */
describe('LangGraph.js interrupt → Tandem → Command({ resume })', () => {
  let desk: ApprovalDesk;
  beforeAll(async () => {
    desk = await openApprovalDesk('sqlite');
  });
  afterAll(async () => desk.close());

  const run = (refunds: unknown[]) =>
    main({ baseUrl: desk.url, token: desk.agentToken, project: desk.project }, async (args) => {
      refunds.push(args);
      return `refunded ${String(args.amount)}`;
    });

  it('runs the refund as a person edited it', async () => {
    const refunds: unknown[] = [];
    const finished = run(refunds);
    expect(await desk.decideNext({ decision: 'edit', arguments: { orderId: 'A-17', amount: 60 } })).toEqual({
      tool: 'refund',
      arguments: { orderId: 'A-17', amount: 120 },
    });
    expect(await finished).toBe('refunded 60');
    expect(refunds).toEqual([{ orderId: 'A-17', amount: 60 }]);
  });

  it('does not run it when a person rejects it', async () => {
    const refunds: unknown[] = [];
    const finished = run(refunds);
    await desk.decideNext({ decision: 'reject', reason: 'already refunded' });
    expect(await finished).toBe('not done: already refunded');
    expect(refunds).toEqual([]);
  });
});
