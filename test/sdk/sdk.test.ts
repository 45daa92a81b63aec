import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApprovalRejectedError, createTandem, TandemApiError, TandemNetworkError } from '@tandem/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApprovalDesk, openApprovalDesk } from '../../src/testing/approval-desk.js';
import { ENGINES } from '../../src/testing/engines.js';

describe.each(ENGINES)('the SDK against a running server on %s', (engine) => {
  let desk: ApprovalDesk;
  beforeAll(async () => {
    desk = await openApprovalDesk(engine);
  });
  afterAll(async () => desk.close());
  const tandem = () => createTandem({ baseUrl: desk.url, token: desk.agentToken });

  it('reads typed answers and throws typed errors carrying the server code', async () => {
    const { data } = await tandem().GET('/api/projects/{project}', { params: { path: { project: desk.project } } });
    expect(data?.labelSchema.questions[0]?.type).toBe('approval');
    const missing = await tandem()
      .GET('/api/projects/{project}', { params: { path: { project: 'no-such-project' } } })
      .catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(TandemApiError);
    expect(missing).toMatchObject({ status: 404, code: 'PROJECT_NOT_FOUND' });
    const refused = await createTandem({ baseUrl: desk.url, token: 'not-a-token' })
      .GET('/api/me')
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('names the refused field of a bad body', async () => {
    const error = (await tandem()
      .POST('/api/projects/{project}/items', {
        params: { path: { project: desk.project } },
        body: { data: { action: 'x' }, confidence: 7 },
      })
      .catch((e: unknown) => e)) as TandemApiError;
    expect(error.status).toBe(400);
    expect(error.fieldMessage('confidence')).toBeDefined();
  });

  it('waits for a person: approve, reject with reason, edit with new arguments', async () => {
    const action = { tool: 'refund', arguments: { orderId: 'A-17', amount: 120 } };
    const approved = tandem().requestApproval({ project: desk.project, action, timeoutSeconds: 120 });
    expect(await desk.decideNext({ decision: 'approve' })).toEqual(action);
    expect(await approved).toMatchObject({
      outcome: 'approve',
      arguments: action.arguments,
      meta: { method: 'consensus' },
    });

    const rejected = tandem().requestApproval({ project: desk.project, action });
    await desk.decideNext({ decision: 'reject', reason: 'too much' });
    expect(await rejected).toMatchObject({ outcome: 'reject', reason: 'too much' });

    const edited = tandem().requestApproval({ project: desk.project, action });
    await desk.decideNext({ decision: 'edit', arguments: { orderId: 'A-17', amount: 60 } });
    expect(await edited).toMatchObject({ outcome: 'edit', arguments: { orderId: 'A-17', amount: 60 } });
  });

  it('returns the default outcome when its own timeout passes first', async () => {
    const result = await tandem().requestApproval({
      project: desk.project,
      action: { tool: 'noop', arguments: {} },
      timeoutSeconds: 1,
      defaultOutcome: 'approve',
    });
    expect(result).toMatchObject({ outcome: 'approve', meta: { method: 'client-timeout', decision: null } });
    // The action stays in the inbox; answer it so later tests start from an empty queue.
    await desk.decideNext({ decision: 'reject', reason: 'late' });
  });

  it('requireApproval runs the tool only as a person allowed', async () => {
    const calls: unknown[] = [];
    const sendEmail = async (args: { to: string; body: string }) => {
      calls.push(args);
      return `sent to ${args.to}`;
    };
    const guarded = tandem().requireApproval(sendEmail, { project: desk.project });
    const edited = guarded({ to: 'all@example.com', body: 'hi' });
    await desk.decideNext({ decision: 'edit', arguments: { to: 'team@example.com', body: 'hi' } });
    expect(await edited).toBe('sent to team@example.com');
    const rejected = guarded({ to: 'ceo@example.com', body: 'hi' }).catch((e: unknown) => e);
    await desk.decideNext({ decision: 'reject', reason: 'no' });
    expect(await rejected).toBeInstanceOf(ApprovalRejectedError);
    expect(calls).toEqual([{ to: 'team@example.com', body: 'hi' }]);
  });

  it('askHuman returns the decided answer of a question project', async () => {
    await desk.t.inject({
      method: 'POST',
      url: '/api/projects',
      payload: {
        name: 'Questions',
        slug: 'questions',
        labelSchema: {
          questions: [{ name: 'answer', type: 'single_choice', options: [{ value: 'yes' }, { value: 'no' }] }],
        },
      },
    });
    const asked = tandem().askHuman({ project: 'questions', data: { ticket: 'T-1' }, question: 'Refund?' });
    const person = await desk.t.userClient('asker', 'annotator');
    let claimed = await person.inject({ method: 'POST', url: '/api/projects/questions/tasks/claim' });
    for (let i = 0; i < 400 && claimed.statusCode !== 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      claimed = await person.inject({ method: 'POST', url: '/api/projects/questions/tasks/claim' });
    }
    expect(claimed.json().item.data).toEqual({ ticket: 'T-1', question: 'Refund?' });
    await person.inject({
      method: 'POST',
      url: `/api/tasks/${claimed.json().task.id}/submit`,
      payload: { answer: { answer: 'yes' } },
    });
    expect(await asked).toMatchObject({ value: 'yes', answer: { answer: 'yes' } });
  });
});

describe('SDK retries', () => {
  let server: http.Server;
  let url: string;
  const seen: string[] = [];
  beforeAll(async () => {
    // A server that is briefly unavailable: the first request of each path answers 503.
    server = http.createServer((request, response) => {
      const first = !seen.includes(`${request.method} ${request.url}`);
      seen.push(`${request.method} ${request.url}`);
      if (first) {
        response.writeHead(503, { 'content-type': 'application/json', 'retry-after': '0' });
        response.end(JSON.stringify({ error: { code: 'UNAVAILABLE', message: 'starting', details: [] } }));
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ projects: [] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('repeats an idempotent GET after a 503, never a POST', async () => {
    const tandem = createTandem({ baseUrl: url, retryDelayMs: 1 });
    expect((await tandem.GET('/api/projects')).data).toEqual({ projects: [] });
    const post = await tandem
      .POST('/api/projects', { body: { name: 'x', labelSchema: { questions: [] } } as never })
      .catch((e: unknown) => e);
    expect(post).toMatchObject({ status: 503, code: 'UNAVAILABLE' });
    expect(seen).toEqual(['GET /api/projects', 'GET /api/projects', 'POST /api/projects']);
  });

  it('says NETWORK when nothing listens', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await createTandem({ baseUrl: `http://127.0.0.1:${port}`, retryDelayMs: 1 })
      .GET('/api/me')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TandemNetworkError);
    expect(error).toMatchObject({ status: 0, code: 'NETWORK' });
  });
});
