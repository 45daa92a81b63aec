import type { GenerateTextResult, ModelMessage, ToolSet } from 'ai';
import { type RequestApprovalOptions, requestApproval } from '../approvals.js';
import type { TandemClient } from '../client.js';

/**
 * Vercel AI SDK (v6) tool approval: tools declared with `needsApproval` make `generateText` stop
 * with `tool-approval-request` parts. This sends each to Tandem and builds the messages for the
 * next call: a `tool-approval-response` per request (approve, or deny with the person's reason).
 * An edit approves the call with the person's arguments written into the pending tool call, so
 * the tool runs with what the person settled on.
 */

export interface TandemToolApprovalOptions extends Omit<RequestApprovalOptions, 'action'> {
  readonly tandem: TandemClient;
}

/**
 * The messages to send next: the model's own response messages (with edited tool inputs) and a
 * tool message answering every approval request. Empty when the result asked for no approval.
 *
 * @example
 * let messages: ModelMessage[] = [{ role: 'user', content: 'Refund order A-17' }];
 * for (;;) {
 *   const result = await generateText({ model, tools, messages });
 *   const next = await answerToolApprovals(result, { tandem, project: 'agent-approvals' });
 *   if (next.length === 0) break;
 *   messages = [...messages, ...next];
 * }
 */
export async function answerToolApprovals<TOOLS extends ToolSet>(
  result: Pick<GenerateTextResult<TOOLS, never>, 'content' | 'response'>,
  options: TandemToolApprovalOptions,
): Promise<ModelMessage[]> {
  const { tandem, ...request } = options;
  const requests = result.content.filter((part) => part.type === 'tool-approval-request');
  if (requests.length === 0) return [];
  const edited = new Map<string, Record<string, unknown>>();
  const answers = await Promise.all(
    requests.map(async (part) => {
      const outcome = await requestApproval(tandem, {
        ...request,
        action: { tool: part.toolCall.toolName, arguments: part.toolCall.input as Record<string, unknown> },
      });
      if (outcome.outcome === 'edit') edited.set(part.toolCall.toolCallId, outcome.arguments);
      return {
        type: 'tool-approval-response' as const,
        approvalId: part.approvalId,
        approved: outcome.outcome !== 'reject',
        ...(outcome.outcome === 'reject' && outcome.reason ? { reason: outcome.reason } : {}),
      };
    }),
  );
  const responseMessages = result.response.messages.map((message) =>
    message.role !== 'assistant' || typeof message.content === 'string'
      ? message
      : {
          ...message,
          content: message.content.map((part) =>
            part.type === 'tool-call' && edited.has(part.toolCallId)
              ? { ...part, input: edited.get(part.toolCallId) }
              : part,
          ),
        },
  );
  return [...responseMessages, { role: 'tool', content: answers }];
}
