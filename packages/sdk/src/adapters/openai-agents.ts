import { type Agent, type RunResult, type RunToolApprovalItem, run } from '@openai/agents-core';
import { type RequestApprovalOptions, requestApproval } from '../approvals.js';
import type { TandemClient } from '../client.js';

/**
 * OpenAI Agents JS: tools declared with `needsApproval` interrupt the run. This sends each
 * interruption to Tandem, approves or rejects it on the run state (an edit approves the call with
 * the person's arguments written into it), and resumes the run from that state until it finishes.
 */

export interface TandemAgentOptions extends Omit<RequestApprovalOptions, 'action'> {
  readonly tandem: TandemClient;
}

/**
 * @example
 * const result = await runWithTandemApprovals(agent, 'Refund order A-17', { tandem, project: 'agent-approvals' });
 * console.log(result.finalOutput);
 */
// biome-ignore lint/suspicious/noExplicitAny: the agent's context and output types are the caller's
export async function runWithTandemApprovals<A extends Agent<any, any>>(
  agent: A,
  input: string,
  options: TandemAgentOptions,
): Promise<RunResult<unknown, A>> {
  const { tandem, ...request } = options;
  let result = (await run(agent, input)) as RunResult<unknown, A>;
  while (result.interruptions.length > 0) {
    for (const item of result.interruptions) await decide(item, result, tandem, request);
    result = (await run(agent, result.state)) as RunResult<unknown, A>;
  }
  return result;
}

async function decide(
  item: RunToolApprovalItem,
  // biome-ignore lint/suspicious/noExplicitAny: see above
  result: RunResult<unknown, Agent<any, any>>,
  tandem: TandemClient,
  request: Omit<RequestApprovalOptions, 'action'>,
): Promise<void> {
  const raw = item.rawItem as { arguments?: string };
  const args = raw.arguments ? (JSON.parse(raw.arguments) as Record<string, unknown>) : {};
  const outcome = await requestApproval(tandem, { ...request, action: { tool: item.name ?? 'tool', arguments: args } });
  if (outcome.outcome === 'reject') {
    result.state.reject(item, { message: `A person rejected this call${outcome.reason ? `: ${outcome.reason}` : ''}` });
    return;
  }
  // The pending call runs with the arguments on its item: an edit replaces them before approval.
  if (outcome.outcome === 'edit') raw.arguments = JSON.stringify(outcome.arguments);
  result.state.approve(item);
}
