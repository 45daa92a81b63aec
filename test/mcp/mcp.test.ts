import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApprovalDesk, openApprovalDesk } from '../../src/testing/approval-desk.js';
import { ENGINES } from '../../src/testing/engines.js';

type ToolResult = { isError?: boolean; structuredContent?: Record<string, unknown>; content: { text: string }[] };

/** An MCP client (the official SDK's) drives Tandem's /mcp endpoint while a person answers in the inbox. */
describe.each(ENGINES)('the MCP server over Streamable HTTP on %s', (engine) => {
  let desk: ApprovalDesk;
  let client: Client;
  beforeAll(async () => {
    desk = await openApprovalDesk(engine);
    client = new Client({ name: 'test-assistant', version: '1.0.0' });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(`${desk.url}/mcp`), {
        requestInit: { headers: { authorization: `Bearer ${desk.agentToken}` } },
      }),
    );
  });
  afterAll(async () => {
    await client.close();
    await desk.close();
  });
  const call = async (name: string, args: Record<string, unknown>) =>
    (await client.callTool({ name, arguments: args })) as ToolResult;

  it('lists the four tools with their input schemas', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(['ask_human', 'get_decision', 'list_pending', 'request_approval']);
    const request = tools.find((t) => t.name === 'request_approval');
    expect(request?.inputSchema.required).toEqual(expect.arrayContaining(['project', 'tool', 'arguments']));
  });

  it('requests an approval, lists it as pending, and reads the edited decision', async () => {
    const pending = await call('request_approval', {
      project: desk.project,
      tool: 'delete_branch',
      arguments: { branch: 'main' },
      reason: 'cleanup',
      waitSeconds: 0,
    });
    expect(pending.structuredContent).toMatchObject({ status: 'pending' });
    const itemId = pending.structuredContent?.itemId as number;
    const listed = await call('list_pending', { project: desk.project });
    expect(listed.structuredContent?.pending).toEqual([
      expect.objectContaining({
        itemId,
        status: 'queued',
        data: { action: expect.objectContaining({ tool: 'delete_branch' }) },
      }),
    ]);
    const seen = await desk.decideNext({ decision: 'edit', arguments: { branch: 'old-feature' } });
    expect(seen).toEqual({ tool: 'delete_branch', arguments: { branch: 'main' }, reason: 'cleanup' });
    const decided = await call('get_decision', { project: desk.project, itemId, waitSeconds: 10 });
    expect(decided.structuredContent).toMatchObject({
      status: 'decided',
      method: 'consensus',
      answer: { review: { decision: 'edit', arguments: { branch: 'old-feature' } } },
    });
  });

  it('waits within the call when a person answers in time', async () => {
    const waiting = call('request_approval', {
      project: desk.project,
      tool: 'send_invoice',
      arguments: { amount: 10 },
      waitSeconds: 60,
    });
    await desk.decideNext({ decision: 'reject', reason: 'duplicate' });
    expect((await waiting).structuredContent).toMatchObject({
      status: 'decided',
      outcome: 'reject',
      reason: 'duplicate',
    });
  });

  it('asks a free-text question', async () => {
    await desk.t.inject({
      method: 'POST',
      url: '/api/projects',
      payload: { name: 'Ask', slug: 'ask', labelSchema: { questions: [{ name: 'reply', type: 'text' }] } },
    });
    const asked = call('ask_human', { project: 'ask', question: 'Which region?', waitSeconds: 60 });
    const person = await desk.t.userClient('helper', 'annotator');
    let claimed = await person.inject({ method: 'POST', url: '/api/projects/ask/tasks/claim' });
    for (let i = 0; i < 400 && claimed.statusCode !== 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      claimed = await person.inject({ method: 'POST', url: '/api/projects/ask/tasks/claim' });
    }
    expect(claimed.json().item.data).toEqual({ question: 'Which region?' });
    await person.inject({
      method: 'POST',
      url: `/api/tasks/${claimed.json().task.id}/submit`,
      payload: { answer: { reply: 'eu-west' } },
    });
    expect((await asked).structuredContent).toMatchObject({ status: 'decided', answer: { reply: 'eu-west' } });
  });

  it("answers a refusal as a tool error the model can read, with the caller's own rights", async () => {
    const missing = await call('get_decision', { project: 'nope', itemId: 1 });
    expect(missing.isError).toBe(true);
    expect(missing.content[0]?.text).toMatch(/^PROJECT_NOT_FOUND/);
    const viewer = await desk.t.userClient('watcher', 'viewer');
    const asViewer = new Client({ name: 'viewer-assistant', version: '1.0.0' });
    await asViewer.connect(
      new StreamableHTTPClientTransport(new URL(`${desk.url}/mcp`), {
        requestInit: { headers: { authorization: `Bearer ${viewer.token}` } },
      }),
    );
    const refused = (await asViewer.callTool({
      name: 'request_approval',
      arguments: { project: desk.project, tool: 'x', arguments: {}, waitSeconds: 0 },
    })) as ToolResult;
    expect(refused.isError).toBe(true);
    expect(refused.content[0]?.text).toMatch(/^FORBIDDEN/);
    await asViewer.close();
  });

  it('refuses a caller without a token', async () => {
    const anonymous = new Client({ name: 'anonymous', version: '1.0.0' });
    await expect(anonymous.connect(new StreamableHTTPClientTransport(new URL(`${desk.url}/mcp`)))).rejects.toThrow(
      /UNAUTHENTICATED/,
    );
  });
});
