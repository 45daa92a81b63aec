import { Command } from '@langchain/langgraph';
import { type AgentAction, type RequestApprovalOptions, requestApproval } from '../approvals.js';
import type { TandemClient } from '../client.js';

/**
 * LangGraph.js: a node pauses with `interrupt(action)`; this runs the graph, sends each interrupt's
 * action to Tandem, and resumes with `Command({ resume })` carrying what the person decided.
 * The node reads the resume value: `{ outcome: 'approve' | 'edit', arguments }` or
 * `{ outcome: 'reject', reason }`.
 */

/** What `interrupt()` returns inside the node once Tandem has the answer. */
export type TandemResume =
  | { readonly outcome: 'approve' | 'edit'; readonly arguments: Record<string, unknown> }
  | { readonly outcome: 'reject'; readonly reason: string | undefined };

/** The part of a compiled LangGraph graph this needs. */
export interface InterruptibleGraph<State> {
  invoke(input: unknown, config?: Record<string, unknown>): Promise<State>;
}

export interface TandemInterruptOptions extends Omit<RequestApprovalOptions, 'action'> {
  readonly tandem: TandemClient;
  /** Run config: must name a `configurable.thread_id` (and the graph needs a checkpointer) to resume. */
  readonly config: { configurable: { thread_id: string } } & Record<string, unknown>;
  /** Turns an interrupt's value into the action shown to people (default: the value must be `{ tool, arguments }`). */
  readonly toAction?: (value: unknown) => AgentAction;
}

type Interrupted = { __interrupt__?: { value: unknown }[] };

/**
 * Runs the graph to the end, answering every `interrupt()` through Tandem.
 *
 * @example
 * const state = await runWithTandemApprovals(graph, { request: 'refund A-17' }, {
 *   tandem, project: 'agent-approvals', config: { configurable: { thread_id: 'order-A-17' } },
 * });
 */
export async function runWithTandemApprovals<State>(
  graph: InterruptibleGraph<State>,
  input: unknown,
  options: TandemInterruptOptions,
): Promise<State> {
  const { tandem, config, toAction = (value: unknown) => value as AgentAction, ...request } = options;
  let state = await graph.invoke(input, config);
  for (;;) {
    const pending = (state as Interrupted).__interrupt__ ?? [];
    const first = pending[0];
    if (!first) return state;
    const result = await requestApproval(tandem, { ...request, action: toAction(first.value) });
    const resume: TandemResume =
      result.outcome === 'reject'
        ? { outcome: 'reject', reason: result.reason }
        : { outcome: result.outcome, arguments: result.arguments };
    state = await graph.invoke(new Command({ resume }), config);
  }
}
