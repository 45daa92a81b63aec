import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local HTTP server speaking the chat completions protocol (`POST /v1/chat/completions`), for
 * judge tests and bench/judges: the real `openai` client calls it. `answer` decides each reply
 * from the user prompt and how many times that prompt was seen (1 on the first call), so tests
 * can inject 429s, 500s, hangs and malformed JSON deterministically.
 */
export type FakeReply =
  | { readonly status?: number; readonly headers?: Record<string, string>; readonly body: string }
  | 'hang';

export interface FakeLlm {
  /** Base URL for the judge (`…/v1`). */
  readonly url: string;
  /** Prompts in arrival order. */
  readonly prompts: string[];
  /** Arrival time (epoch ms) of each call. */
  readonly times: number[];
  /** The Authorization header of each call. */
  readonly authorizations: string[];
  /** Calls per prompt. */
  readonly callsOf: (prompt: string) => number;
  close(): Promise<void>;
}

/** A chat completion whose message content is `content` (usually JSON text). */
export function completion(content: string, usage = { prompt_tokens: 100, completion_tokens: 10 }): FakeReply {
  return {
    body: JSON.stringify({
      id: 'chatcmpl-test',
      object: 'chat.completion',
      created: 0,
      model: 'fake',
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
    }),
  };
}

export async function startFakeLlm(
  answer: (prompt: string, call: number) => FakeReply,
  options: { latencyMs?: number } = {},
): Promise<FakeLlm> {
  const prompts: string[] = [];
  const authorizations: string[] = [];
  const times: number[] = [];
  const calls = new Map<string, number>();
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      let prompt = '';
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          messages?: { role: string; content: string }[];
        };
        prompt = body.messages?.find((m) => m.role === 'user')?.content ?? '';
      } catch {
        // an unreadable request gets whatever `answer` says for ''
      }
      prompts.push(prompt);
      times.push(Date.now());
      authorizations.push(String(request.headers.authorization ?? ''));
      const call = (calls.get(prompt) ?? 0) + 1;
      calls.set(prompt, call);
      const reply = answer(prompt, call);
      const send = () => {
        if (reply === 'hang') {
          hanging.add(response);
          return;
        }
        response.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
        response.end(reply.body);
      };
      if (options.latencyMs) setTimeout(send, options.latencyMs);
      else send();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    prompts,
    authorizations,
    times,
    callsOf: (prompt) => calls.get(prompt) ?? 0,
    async close() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
