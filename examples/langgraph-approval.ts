/**
 * A LangGraph.js agent whose refund step waits for a person in Tandem.
 * test/sdk/langgraph.test.ts runs it against a real server with LangChain's fake chat model;
 * call main() with your own model and server to use it.
 */

import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { FakeListChatModel } from '@langchain/core/utils/testing';
import { Annotation, interrupt, MemorySaver, StateGraph } from '@langchain/langgraph';
import { createTandemClient } from '@tandem/sdk';
import { runWithTandemApprovals, type TandemResume } from '@tandem/sdk/langgraph';

const State = Annotation.Root({
  request: Annotation<string>,
  proposal: Annotation<{ tool: string; arguments: Record<string, unknown> } | null>,
  result: Annotation<string>,
});

/** The graph: the model proposes a tool call, a person approves it in Tandem, then it runs (or not). */
export function buildRefundAgent(model: BaseChatModel, refund: (args: Record<string, unknown>) => Promise<string>) {
  return new StateGraph(State)
    .addNode('propose', async (state) => {
      const reply = await model.invoke(`Decide how to handle: ${state.request}. Answer as JSON {tool, arguments}.`);
      return { proposal: JSON.parse(String(reply.content)) };
    })
    .addNode('approve', async (state) => {
      const decision = interrupt(state.proposal) as TandemResume;
      if (decision.outcome === 'reject') return { result: `not done: ${decision.reason ?? 'rejected'}` };
      return { result: await refund(decision.arguments) };
    })
    .addEdge('__start__', 'propose')
    .addEdge('propose', 'approve')
    .addEdge('approve', '__end__')
    .compile({ checkpointer: new MemorySaver() });
}

export async function main(
  options: { baseUrl: string; token: string; project: string; model?: BaseChatModel },
  refund: (args: Record<string, unknown>) => Promise<string>,
) {
  // The model is LangChain's own fake here: the example runs without any model provider.
  const model =
    options.model ??
    new FakeListChatModel({
      responses: [JSON.stringify({ tool: 'refund', arguments: { orderId: 'A-17', amount: 120 } })],
    });
  const graph = buildRefundAgent(model, refund);
  const tandem = createTandemClient({ baseUrl: options.baseUrl, token: options.token });
  const state = await runWithTandemApprovals(
    graph,
    { request: 'Customer wants order A-17 refunded' },
    {
      tandem,
      project: options.project,
      config: { configurable: { thread_id: `refund-${Date.now()}` } },
    },
  );
  return state.result;
}
