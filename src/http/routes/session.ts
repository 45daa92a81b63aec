import { z } from 'zod';
import { ProjectParams } from '../../projects/contracts.js';
import { UserView } from '../../users/contracts.js';
import { toUserView } from '../../users/service.js';
import { endSession, issueEventsTicket, startSession } from '../../users/sessions.js';
import { requestProject, requestUser } from '../access.js';
import { CSRF_HEADER, SESSION_COOKIE } from '../auth.js';
import { ErrorBody } from '../error-handler.js';
import type { RouteContext, TandemPlugin } from '../plugin.js';

const SignInBody = z.object({ token: z.string().min(1).max(200).describe('An API token of yours') }).strict();

/** Web sign-in: an API token is exchanged once for an httpOnly session cookie. */
export const sessionRoutes: TandemPlugin<RouteContext> = async (app, { storage }) => {
  app.post(
    '/session',
    {
      config: { access: 'public' },
      schema: {
        tags: ['people'],
        summary: 'Sign in to the web app: exchanges an API token for an httpOnly session cookie',
        description: `The cookie (${SESSION_COOKIE}) is httpOnly and SameSite=Strict; changes made under it need the ${CSRF_HEADER} header. Failed sign-ins are rate limited.`,
        body: SignInBody,
        response: { 200: UserView, 400: ErrorBody, 401: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const { user, secret, maxAgeSeconds } = await startSession(storage, request.body.token);
      reply.setCookie(SESSION_COOKIE, secret, {
        httpOnly: true,
        sameSite: 'strict',
        secure: request.protocol === 'https',
        path: '/',
        maxAge: maxAgeSeconds,
      });
      return toUserView(user);
    },
  );

  app.delete(
    '/session',
    {
      config: { access: { signedIn: 'any' } },
      schema: {
        tags: ['people'],
        summary: 'Sign out of the web app (ends the session and clears its cookie)',
        response: { 204: z.null(), 401: ErrorBody },
      },
    },
    async (request, reply) => {
      const secret = request.cookies[SESSION_COOKIE];
      if (secret) await endSession(storage, secret);
      app.forgetUser(requestUser(request).id);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/projects/:project/events/ticket',
    {
      config: { access: { project: 'read' } },
      schema: {
        tags: ['events'],
        summary: "A one-minute ticket that opens the project's event stream (?ticket=) where headers cannot be sent",
        params: ProjectParams,
        response: {
          201: z.object({ ticket: z.string(), expiresAt: z.string() }),
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await issueEventsTicket(storage, requestUser(request), requestProject(request).id)),
  );
};
