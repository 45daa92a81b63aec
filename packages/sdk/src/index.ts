/**
 * @tandem/sdk: the typed Tandem API client, approval helpers for agents, and (under subpaths)
 * adapters for the Vercel AI SDK, OpenAI Agents and LangGraph.js.
 */
import {
  type AskHumanOptions,
  askHuman,
  getDecision,
  listPendingApprovals,
  type RequestApprovalOptions,
  type RequireApprovalOptions,
  requestApproval,
  requireApproval,
} from './approvals.js';
import { createTandemClient, type TandemClient, type TandemClientOptions } from './client.js';

export * from './approvals.js';
export * from './client.js';
export * from './errors.js';
export type { paths } from './generated/openapi.js';
export type * from './types.js';

/** The client with the agent helpers bound to it. */
export interface Tandem extends TandemClient {
  requestApproval(options: RequestApprovalOptions): ReturnType<typeof requestApproval>;
  askHuman(options: AskHumanOptions): ReturnType<typeof askHuman>;
  requireApproval<Args extends unknown[], Result>(
    fn: (...args: Args) => Promise<Result>,
    options: RequireApprovalOptions<Args>,
  ): (...args: Args) => Promise<Result>;
  getDecision(project: string | number, itemId: number, waitSeconds?: number): ReturnType<typeof getDecision>;
  listPendingApprovals(): ReturnType<typeof listPendingApprovals>;
}

/**
 * @example
 * import { createTandem } from '@tandem/sdk';
 * const tandem = createTandem({ baseUrl: 'http://localhost:4000', token: process.env.TANDEM_TOKEN });
 * const result = await tandem.requestApproval({
 *   project: 'agent-approvals',
 *   action: { tool: 'send_email', arguments: { to: 'ceo@example.com' } },
 *   timeoutSeconds: 600,
 *   defaultOutcome: 'reject',
 * });
 */
export function createTandem(options: TandemClientOptions = {}): Tandem {
  const client = createTandemClient(options);
  return {
    ...client,
    requestApproval: (request) => requestApproval(client, request),
    askHuman: (request) => askHuman(client, request),
    requireApproval: (fn, request) => requireApproval(client, fn, request),
    getDecision: (project, itemId, waitSeconds) => getDecision(client, project, itemId, waitSeconds),
    listPendingApprovals: () => listPendingApprovals(client),
  };
}
