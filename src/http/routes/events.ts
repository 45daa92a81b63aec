import { z } from 'zod';
import { latestEventId, selectEventsAfter } from '../../events/outbox.js';
import { CreateWebhookBody, createWebhook, deleteWebhook, listWebhooks, WebhookView } from '../../events/webhooks.js';
import { IdParam, MAX_ID, queryInt } from '../../input/ids.js';
import { ProjectParams } from '../../projects/contracts.js';
import { requestProject, requestUser } from '../access.js';
import { ErrorBody } from '../error-handler.js';
import type { RouteContext, TandemPlugin } from '../plugin.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/** How often an open event stream looks for new events, and sends a keep-alive comment. */
const POLL_MS = 500;
const KEEPALIVE_MS = 15_000;

export const eventRoutes: TandemPlugin<RouteContext> = async (app, { storage }) => {
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
      let cursor =
        request.query.after ??
        (Number.isInteger(lastHeader) && lastHeader > 0 ? lastHeader : await latestEventId(storage.db, project.id));
      reply.hijack();
      const out = reply.raw;
      out.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      out.write(`retry: 2000\n: connected to ${project.slug}\n\n`);
      let closed = false;
      let lastWrite = Date.now();
      request.raw.on('close', () => {
        closed = true;
      });
      while (!closed) {
        try {
          const events = await selectEventsAfter(storage.db, project.id, cursor);
          for (const event of events) {
            out.write(
              `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify({ ...event.payload, createdAt: new Date(event.createdAt).toISOString() })}\n\n`,
            );
            cursor = event.id;
            lastWrite = Date.now();
          }
          if (Date.now() - lastWrite > KEEPALIVE_MS) {
            out.write(': keep-alive\n\n');
            lastWrite = Date.now();
          }
        } catch (error) {
          request.log.warn({ err: error }, 'event stream read failed');
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      out.end();
    },
  );
};
