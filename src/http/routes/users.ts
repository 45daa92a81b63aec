import { z } from 'zod';
import { CreateTokenBody, CreateUserBody, TokenView, UserParams, UserView } from '../../users/contracts.js';
import { createUser, getUser, issueToken, listUsers, toUserView } from '../../users/service.js';
import { currentUser } from '../auth.js';
import { ErrorBody } from '../error-handler.js';
import type { RouteContext, TandemPlugin } from '../plugin.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export const userRoutes: TandemPlugin<RouteContext> = async (app, { storage }) => {
  app.get(
    '/me',
    { schema: { tags: ['people'], summary: 'The signed-in user', response: { 200: UserView, 401: ErrorBody } } },
    async (request) => toUserView(currentUser(request)),
  );

  app.get(
    '/users',
    {
      schema: {
        tags: ['people'],
        summary: 'List users (admin, manager)',
        response: { 200: z.object({ users: z.array(UserView) }), ...errors },
      },
    },
    async (request) => {
      currentUser(request, ['admin', 'manager']);
      return { users: (await listUsers(storage)).map(toUserView) };
    },
  );

  app.post(
    '/users',
    {
      schema: {
        tags: ['people'],
        summary: 'Create a user and their first API token (admin)',
        body: CreateUserBody,
        response: { 201: TokenView, ...errors },
      },
    },
    async (request, reply) => {
      currentUser(request, ['admin']);
      const user = await createUser(storage, request.body);
      const token = await issueToken(storage, user.id, 'initial');
      return reply.status(201).send({ token, user: toUserView(user) });
    },
  );

  app.post(
    '/users/:userId/tokens',
    {
      schema: {
        tags: ['people'],
        summary: 'Issue another API token (admin, or for yourself)',
        params: UserParams,
        body: CreateTokenBody,
        response: { 201: TokenView, ...errors },
      },
    },
    async (request, reply) => {
      const caller = currentUser(request);
      if (caller.id !== request.params.userId) currentUser(request, ['admin']);
      const user = await getUser(storage, request.params.userId);
      const token = await issueToken(storage, user.id, request.body.name);
      return reply.status(201).send({ token, user: toUserView(user) });
    },
  );
};
