import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { createTandemClient } from '@tandem/sdk';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createTandemMcpServer } from '../../mcp/server.js';
import type { TandemPlugin } from '../plugin.js';

/** Headers that carry who the caller is; the MCP tools call the API with exactly these. */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'x-tandem-csrf'] as const;

/**
 * The MCP server over Streamable HTTP (issue 15, point 3), stateless: each POST carries its own
 * JSON-RPC exchange, so any of several servers can answer it. Its tools call this app's own API
 * in-process (`inject`) as the caller, so every access rule of the API applies to them too.
 */
export const mcpRoutes: TandemPlugin<Record<string, never>> = async (app) => {
  app.post('/mcp', { config: { access: { signedIn: 'any' } }, schema: { hide: true } }, async (request, reply) => {
    const server = createTandemMcpServer(
      createTandemClient({ baseUrl: 'http://tandem.internal', fetch: injectFetch(app, request), retries: 0 }),
    );
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    reply.hijack();
    reply.raw.on('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(request.raw, reply.raw, request.body);
  });
  // Stateless: no server-initiated stream to open and no session to end (the transport spec's 405).
  for (const method of ['GET', 'DELETE'] as const) {
    app.route({
      method,
      url: '/mcp',
      config: { access: 'public' },
      schema: { hide: true },
      handler: async (_request, reply) =>
        reply
          .status(405)
          .header('allow', 'POST')
          .send({
            error: {
              code: 'METHOD_NOT_ALLOWED',
              message: 'MCP here is stateless: POST JSON-RPC messages to /mcp',
              details: [],
            },
          }),
    });
  }
};

/**
 * A fetch that answers from this app in-process, sending the MCP caller's own credentials (the
 * client's base URL is a placeholder: only the path and query are used).
 */
function injectFetch(app: FastifyInstance, caller: FastifyRequest): typeof globalThis.fetch {
  const credentials: Record<string, string> = {};
  for (const name of CREDENTIAL_HEADERS) {
    const value = caller.headers[name];
    if (typeof value === 'string') credentials[name] = value;
  }
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const body = request.body ? await request.text() : undefined;
    const contentType = request.headers.get('content-type');
    const response = await app.inject({
      method: request.method as 'GET',
      url: `${url.pathname}${url.search}`,
      headers: { ...credentials, ...(contentType ? { 'content-type': contentType } : {}) },
      ...(body === undefined ? {} : { payload: body }),
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    return new Response(response.statusCode === 204 ? null : new Uint8Array(response.rawPayload), {
      status: response.statusCode,
      headers,
    });
  };
}
