import type { Engine } from '../db/dialect.js';
import { openTestApp, type TestApp } from './engines.js';

/**
 * A real Tandem server on a free local port with one approval project, and a person at the
 * approvals inbox: what the SDK, adapter and MCP tests need (issue 15). Nothing is faked: the
 * agent side talks HTTP to this server, and the person claims and answers through the API.
 */
export interface ApprovalDesk {
  readonly t: TestApp;
  /** e.g. `http://127.0.0.1:41234` */
  readonly url: string;
  /** A token the agent uses (an engineer: may add items and read decisions). */
  readonly agentToken: string;
  readonly project: string;
  /**
   * The person opens the next pending action (waiting until one arrives), answers it, and returns
   * the action they saw (`data.action`).
   */
  decideNext(answer: ApprovalAnswer): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export type ApprovalAnswer =
  | { decision: 'approve' }
  | { decision: 'reject'; reason: string }
  | { decision: 'edit'; arguments: Record<string, unknown> };

export async function openApprovalDesk(
  engine: Engine,
  options: { project?: string; timeoutSeconds?: number; defaultOutcome?: 'approve' | 'reject' } = {},
): Promise<ApprovalDesk> {
  const t = await openTestApp(engine, { background: true });
  const project = options.project ?? 'agent-approvals';
  await t.inject({
    method: 'POST',
    url: '/api/projects',
    payload: {
      name: 'Agent approvals',
      slug: project,
      labelSchema: { questions: [{ name: 'review', type: 'approval', requireReason: false }] },
    },
  });
  await t.inject({
    method: 'PUT',
    url: `/api/projects/${project}/policy`,
    payload: {
      approval: { timeoutSeconds: options.timeoutSeconds ?? 600, defaultOutcome: options.defaultOutcome ?? 'reject' },
    },
  });
  const agent = await t.userClient('agent', 'engineer');
  const person = await t.userClient('boss', 'reviewer');
  const url = await t.app.listen({ host: '127.0.0.1', port: 0 });
  return {
    t,
    url,
    agentToken: agent.token,
    project,
    async decideNext(answer) {
      for (let attempt = 0; ; attempt++) {
        const claimed = await person.inject({ method: 'POST', url: `/api/projects/${project}/tasks/claim` });
        if (claimed.statusCode === 200) {
          const body = claimed.json() as { task: { id: number }; item: { data: { action: Record<string, unknown> } } };
          const submitted = await person.inject({
            method: 'POST',
            url: `/api/tasks/${body.task.id}/submit`,
            payload: { answer: { review: answer } },
          });
          if (submitted.statusCode !== 200) throw new Error(`submit failed: ${submitted.body}`);
          return body.item.data.action;
        }
        if (attempt > 600) throw new Error(`no approval arrived: ${claimed.body}`);
        // The agent's request is still on its way: look again shortly, as the inbox would.
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    close: () => t.close(),
  };
}
