import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { getDecision, listPendingApprovals, requestApproval, TandemApiError, type TandemClient } from '@tandem/sdk';
import { z } from 'zod';

/**
 * Tandem as an MCP server (issue 15, point 3): four tools that let an assistant ask people and
 * wait for them. Every tool goes through the HTTP API with the caller's own credentials (the
 * SDK client it is given), so the same access rules hold as for any other client.
 */

/** How long one tool call waits for a person before answering "pending" (get_decision waits again). */
const MAX_TOOL_WAIT_SECONDS = 600;

const Project = z.string().min(1).max(200).describe('Project id or slug');
const WaitSeconds = z
  .number()
  .int()
  .min(0)
  .max(MAX_TOOL_WAIT_SECONDS)
  .optional()
  .describe('How long to wait for a person before answering "pending" (default 30 s)');

const text = (value: unknown): CallToolResult => ({
  content: [{ type: 'text', text: JSON.stringify(value, null, 2) }],
  structuredContent: value as Record<string, unknown>,
});

/** Refusals (an unknown project, no right to it) go back to the model as a tool error it can read. */
async function answer(run: () => Promise<unknown>): Promise<CallToolResult> {
  try {
    return text(await run());
  } catch (error) {
    if (!(error instanceof TandemApiError)) throw error;
    const details = error.details.map((d) => ` ${d.path}: ${d.message}`).join(';');
    return { isError: true, content: [{ type: 'text', text: `${error.code}: ${error.message}${details}` }] };
  }
}

/** The decision of an item as the tools report it: what was decided, by which method, when. */
function decisionSummary(decision: Awaited<ReturnType<typeof getDecision>>, itemId: number) {
  if (!decision) return { status: 'pending', itemId };
  return { status: 'decided', itemId, method: decision.method, answer: decision.answer, decidedAt: decision.createdAt };
}

export function createTandemMcpServer(tandem: TandemClient, version = '0.1.0'): McpServer {
  const server = new McpServer({ name: 'tandem', version });

  server.registerTool(
    'request_approval',
    {
      title: 'Ask a person to approve an action',
      description:
        'Sends an agent action (tool name and arguments) to the approvals inbox of a Tandem approval project and waits for a person to approve, reject (with a reason) or edit its arguments. Answers "pending" with an itemId when nobody decided within waitSeconds: call get_decision with it later.',
      inputSchema: {
        project: Project,
        tool: z.string().min(1).max(200).describe('The action the agent wants to take'),
        arguments: z.record(z.string(), z.unknown()).describe("The action's arguments"),
        reason: z.string().max(2_000).optional().describe('Why the agent wants to do it (shown to the person)'),
        waitSeconds: WaitSeconds,
      },
    },
    async (input) =>
      answer(async () => {
        const result = await requestApproval(tandem, {
          project: input.project,
          action: {
            tool: input.tool,
            arguments: input.arguments,
            ...(input.reason === undefined ? {} : { reason: input.reason }),
          },
          timeoutSeconds: input.waitSeconds ?? 30,
        });
        if (result.meta.method === 'client-timeout') return { status: 'pending', itemId: result.meta.itemId };
        return {
          status: 'decided',
          itemId: result.meta.itemId,
          outcome: result.outcome,
          method: result.meta.method,
          ...(result.outcome === 'reject' ? { reason: result.reason ?? null } : { arguments: result.arguments }),
        };
      }),
  );

  server.registerTool(
    'ask_human',
    {
      title: 'Ask a person a question',
      description:
        'Asks people a question in a Tandem project and waits for the decided answer. Give options for a choice, or none for free text; the project\'s label schema says which answers it accepts (its first question). Answers "pending" with an itemId when nobody answered within waitSeconds.',
      inputSchema: {
        project: Project,
        question: z.string().min(1).max(2_000).describe('The question, in words'),
        options: z.array(z.string().min(1).max(200)).max(50).optional().describe('The choices, if any'),
        context: z.record(z.string(), z.unknown()).optional().describe('What the person should see beside it'),
        waitSeconds: WaitSeconds,
      },
    },
    async (input) =>
      answer(async () => {
        const data = {
          ...(input.context ?? {}),
          question: input.question,
          ...(input.options ? { options: input.options } : {}),
        };
        const created = await tandem.POST('/api/projects/{project}/items', {
          params: { path: { project: input.project }, query: { wait: String(Math.min(input.waitSeconds ?? 30, 60)) } },
          body: { externalId: `mcp-${globalThis.crypto.randomUUID()}`, data },
        });
        const item = created.data;
        if (!item) throw new Error('no item in the answer');
        let decision = item.decision ?? null;
        const deadline = Date.now() + (input.waitSeconds ?? 30) * 1_000;
        while (!decision && Date.now() < deadline) {
          const wait = Math.min(60, Math.ceil((deadline - Date.now()) / 1_000));
          decision = await getDecision(tandem, input.project, item.id, wait);
        }
        return decisionSummary(decision, item.id);
      }),
  );

  server.registerTool(
    'get_decision',
    {
      title: "An item's decision",
      description:
        'The decision on an approval or question sent earlier (by request_approval or ask_human), waiting up to waitSeconds for it.',
      inputSchema: {
        project: Project,
        itemId: z.number().int().min(1).describe('The itemId an earlier call answered'),
        waitSeconds: WaitSeconds,
      },
    },
    async (input) =>
      answer(async () => {
        const deadline = Date.now() + (input.waitSeconds ?? 0) * 1_000;
        let decision = await getDecision(tandem, input.project, input.itemId, Math.min(input.waitSeconds ?? 0, 60));
        while (!decision && Date.now() < deadline) {
          decision = await getDecision(
            tandem,
            input.project,
            input.itemId,
            Math.min(60, Math.ceil((deadline - Date.now()) / 1_000)),
          );
        }
        return decisionSummary(decision, input.itemId);
      }),
  );

  server.registerTool(
    'list_pending',
    {
      title: 'Pending approvals and questions',
      description:
        "Items still waiting for a person. With project: that project's undecided items (needs the right to read its results). Without: the approvals inbox of every project the caller works in, soonest deadline first.",
      inputSchema: { project: Project.optional() },
    },
    async (input) =>
      answer(async () => {
        const wanted = input.project;
        if (wanted === undefined) {
          const inbox = await listPendingApprovals(tandem);
          return {
            pending: inbox.map((p) => ({
              project: p.project.slug,
              itemId: p.item.id,
              data: p.item.data,
              status: p.item.status,
              deadlineAt: p.item.deadlineAt,
              createdAt: p.item.createdAt,
            })),
          };
        }
        const pending = [];
        for (const status of ['queued', 'adjudication'] as const) {
          const { data } = await tandem.GET('/api/projects/{project}/items', {
            params: { path: { project: wanted }, query: { status, limit: '1000' } },
          });
          for (const item of data?.items ?? []) {
            pending.push({
              project: wanted,
              itemId: item.id,
              data: item.data,
              status: item.status,
              createdAt: item.createdAt,
            });
          }
        }
        return { pending: pending.sort((a, b) => a.itemId - b.itemId) };
      }),
  );

  return server;
}
