import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import { checkWebhookTarget, pinnedLookup, WebhookTargetRefused } from './webhook-target.js';

/**
 * A `fetch` for clients we do not write ourselves (the `openai` client of llm judges and eval
 * generation): every request is checked like a webhook target, connects only to the addresses
 * the check accepted (no second DNS lookup) and never follows a redirect — a 3xx answer is an
 * error, and its body is not read.
 */

/** A 3xx answer: refused, so a redirect cannot lead a call to an address the check refuses. */
export class RedirectRefused extends Error {}

export async function checkedFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const target = await checkWebhookTarget(url);
  if (!target.ok) throw new WebhookTargetRefused(`target refused: the URL ${target.reason}`);
  const headers: Record<string, string> = {};
  new Headers(init.headers).forEach((value, name) => {
    headers[name] = value;
  });
  const body =
    init.body == null
      ? undefined
      : typeof init.body === 'string'
        ? Buffer.from(init.body)
        : Buffer.from(await new Response(init.body).arrayBuffer());
  if (body) headers['content-length'] = String(body.length);
  const client = target.url.protocol === 'https:' ? https : http;
  return await new Promise<Response>((resolve, reject) => {
    const request = client.request(
      target.url,
      {
        method: init.method ?? 'GET',
        headers,
        lookup: pinnedLookup(target.addresses),
        agent: false,
        ...(init.signal ? { signal: init.signal } : {}),
      },
      (response) => {
        const status = response.statusCode ?? 0;
        if (status >= 300 && status < 400) {
          response.destroy();
          reject(new RedirectRefused(`the endpoint answered ${status} (a redirect); redirects are not followed`));
          return;
        }
        const replyHeaders = new Headers();
        for (const [name, value] of Object.entries(response.headers)) {
          if (value === undefined) continue;
          for (const one of Array.isArray(value) ? value : [value]) replyHeaders.append(name, one);
        }
        const empty = status === 204 || status === 205 || init.method === 'HEAD';
        if (empty) response.resume();
        try {
          resolve(
            new Response(empty ? null : (Readable.toWeb(response) as ReadableStream<Uint8Array>), {
              status,
              statusText: response.statusMessage ?? '',
              headers: replyHeaders,
            }),
          );
        } catch (error) {
          response.destroy();
          reject(error);
        }
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
