import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowWebhookTargets } from '../events/webhook-target.js';
import type { LlmJudgeConfig } from '../judges/contracts.js';
import { evaluateLlm } from '../judges/llm.js';
import type { GenerateConfig } from './contracts.js';
import { generateOutput } from './generate.js';

// Only `localhost` is allowed: the endpoint answers 307 to 127.0.0.1, an address the check
// refuses. The model clients must not follow it (nor read the refused address's answer).
describe('model calls and redirects', () => {
  let server: http.Server;
  let base = '';
  const hits: string[] = [];
  beforeAll(async () => {
    server = http.createServer((request, response) => {
      hits.push(request.url ?? '');
      if (request.url?.startsWith('/secret')) {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { message: 'internal secret' } }));
        return;
      }
      const port = (server.address() as AddressInfo).port;
      response.writeHead(307, { location: `http://127.0.0.1:${port}/secret` });
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
    base = `http://localhost:${(server.address() as AddressInfo).port}/v1`;
    allowWebhookTargets(['localhost']);
  });
  afterAll(async () => {
    allowWebhookTargets([]);
    await new Promise((resolve) => server.close(resolve));
  });

  const item = { id: 1, externalId: 'a', data: { question: 'q' }, metadata: {}, prediction: null };

  it('eval generation refuses the redirect', async () => {
    hits.length = 0;
    const config = { baseUrl: base, model: 'm', temperature: 0, timeoutMs: 5_000, prompt: '{{question}}' };
    const error = await generateOutput(config as GenerateConfig, item, new AbortController().signal).catch((e) => e);
    expect(error.message).toMatch(/307 \(a redirect\); redirects are not followed/);
    expect(error.options.permanent).toBe(true);
    expect(hits).toEqual(['/v1/chat/completions']);
  });

  it('llm judges refuse the redirect', async () => {
    hits.length = 0;
    const config = {
      kind: 'llm',
      baseUrl: base,
      model: 'm',
      temperature: 0,
      timeoutMs: 5_000,
      samples: 1,
      prompt: '{{question}}',
      pass: { question: 'ok', values: ['yes'] },
    } as unknown as LlmJudgeConfig;
    const labelSchema = {
      questions: [{ name: 'ok', type: 'single_choice', options: [{ value: 'yes' }, { value: 'no' }] }],
    } as never;
    const error = await evaluateLlm(config, item, {
      judgeName: 'j',
      labelSchema,
      signal: new AbortController().signal,
    }).catch((e) => e);
    expect(error.message).toMatch(/redirects are not followed/);
    expect(hits).toEqual(['/v1/chat/completions']);
  });
});
