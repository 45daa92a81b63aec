import { z } from 'zod';
import { DeliveryView, ListDeliveriesQuery, listDeliveries } from '../../events/deliveries.js';
import { CreateWebhookBody, createWebhook, deleteWebhook, listWebhooks, WebhookView } from '../../events/webhooks.js';
import { IdParam, MAX_ID, queryInt } from '../../input/ids.js';
import { ProjectParams } from '../../projects/contracts.js';
import { requestProject, requestUser } from '../access.js';
import { ErrorBody } from '../error-handler.js';
import type { RouteContext, TandemPlugin } from '../plugin.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/** An idle event stream gets a comment this often, so proxies keep it open. */
const KEEPALIVE_MS = 15_000;

export const eventRoutes: TandemPlugin<RouteContext> = async (app, { storage, hub }) => {
  app.post(
    '/projects/:project/webhooks',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['events'],
        summary: 'Subscribe a URL to events (HMAC-SHA256 signed, retried with backoff, at least once)',
        params: ProjectParams,
        body: CreateWebhookBody,
        response: { 201: WebhookView, ...errors },
      },
    },
    async (request, reply) => {
      return reply
        .status(201)
        .send(await createWebhook(storage, requestProject(request), request.body, requestUser(request)));
    },
  );

  app.get(
    '/projects/:project/webhooks',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['events'],
        summary: 'List webhooks',
        params: ProjectParams,
        response: { 200: z.object({ webhooks: z.array(WebhookView) }), ...errors },
      },
    },
    async (request) => ({ webhooks: await listWebhooks(storage, requestProject(request)) }),
  );

  app.delete(
    '/projects/:project/webhooks/:webhookId',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['events'],
        summary: 'Stop a webhook',
        params: ProjectParams.extend({ webhookId: IdParam }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await deleteWebhook(storage, requestProject(request), request.params.webhookId, requestUser(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/projects/:project/webhooks/:webhookId/deliveries',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['events'],
        summary: "A webhook's recent deliveries: status, attempts, HTTP status, last error, next retry",
        params: ProjectParams.extend({ webhookId: IdParam }),
        querystring: ListDeliveriesQuery,
        response: { 200: z.object({ deliveries: z.array(DeliveryView) }), ...errors },
      },
    },
    async (request) => ({
      deliveries: await listDeliveries(storage, requestProject(request), request.params.webhookId, request.query.limit),
    }),
  );

  app.get(
    '/projects/:project/events',
    {
      config: { access: { project: 'read' }, expensive: 'events' },
      schema: {
        tags: ['events'],
        summary: "Server-sent events: the project's events as they happen (resume with Last-Event-ID or ?after=)",
        description:
          "The web app's session cookie works as is. Elsewhere, EventSource cannot send headers: get a ticket (POST …/events/ticket) and pass it as ?ticket=.",
        params: ProjectParams,
        querystring: z.object({
          after: queryInt(0, MAX_ID).optional(),
          ticket: z.string().max(200).optional().describe('From POST …/events/ticket; valid for a minute'),
        }),
      },
    },
    async (request, reply) => {
      const project = requestProject(request);
      const lastHeader = Number(request.headers['last-event-id']);
      const from = request.query.after ?? (Number.isInteger(lastHeader) && lastHeader > 0 ? lastHeader : undefined);
      reply.hijack();
      const out = reply.raw;
      out.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      let lastWrite = Date.now();
      let ended: () => void = () => undefined;
      const closed = new Promise<void>((resolve) => {
        ended = resolve;
        request.raw.on('close', () => resolve());
      });
      // One reader per server (src/events/hub.ts) sends this stream its project's events.
      const unsubscribe = await hub.subscribe(
        project.id,
        from,
        (events) => {
          for (const event of events) {
            out.write(
              `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify({ ...event.payload, createdAt: new Date(event.createdAt).toISOString() })}\n\n`,
            );
          }
          lastWrite = Date.now();
        },
        () => ended(),
      );
      out.write(`retry: 2000\n: connected to ${project.slug}\n\n`);
      const keepAlive = setInterval(() => {
        if (Date.now() - lastWrite < KEEPALIVE_MS) return;
        out.write(': keep-alive\n\n');
        lastWrite = Date.now();
      }, KEEPALIVE_MS / 3);
      if (request.raw.destroyed) ended();
      await closed;
      clearInterval(keepAlive);
      unsubscribe();
      out.end();
    },
  );
};
