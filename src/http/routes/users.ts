import { z } from 'zod';
import { TandemError } from '../../errors.js';
import { CreateTokenBody, CreateUserBody, TokenView, UserParams, UserView } from '../../users/contracts.js';
import { createUser, getUser, issueToken, listUsers, toUserView } from '../../users/service.js';
import { requestUser } from '../access.js';
import { ErrorBody } from '../error-handler.js';
import type { RouteContext, TandemPlugin } from '../plugin.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export const userRoutes: TandemPlugin<RouteContext> = async (app, { storage }) => {
  app.get(
    '/me',
    {
      config: { access: { signedIn: 'any' } },
      schema: { tags: ['people'], summary: 'The signed-in user', response: { 200: UserView, 401: ErrorBody } },
    },
    async (request) => toUserView(requestUser(request)),
  );

  app.get(
    '/users',
    {
      config: { access: { signedIn: ['admin', 'manager'] } },
      schema: {
        tags: ['people'],
        summary: 'List users',
        response: { 200: z.object({ users: z.array(UserView) }), ...errors },
      },
    },
    async () => ({ users: (await listUsers(storage)).map(toUserView) }),
  );

  app.post(
    '/users',
    {
      config: { access: { signedIn: ['admin'] } },
      schema: {
        tags: ['people'],
        summary: 'Create a user and their first API token',
        body: CreateUserBody,
        response: { 201: TokenView, ...errors },
      },
    },
    async (request, reply) => {
      const user = await createUser(storage, request.body);
      const token = await issueToken(storage, user.id, 'initial');
      return reply.status(201).send({ token, user: toUserView(user) });
    },
  );

  app.post(
    '/users/:userId/tokens',
    {
      config: { access: { signedIn: 'any' } },
      schema: {
        tags: ['people'],
        summary: 'Issue another API token (admin, or for yourself)',
        params: UserParams,
        body: CreateTokenBody,
        response: { 201: TokenView, ...errors },
      },
    },
    async (request, reply) => {
      const caller = requestUser(request);
      if (caller.id !== request.params.userId && caller.role !== 'admin') {
        throw new TandemError('FORBIDDEN', 'Only an admin issues tokens for someone else');
      }
      const user = await getUser(storage, request.params.userId);
      const token = await issueToken(storage, user.id, request.body.name);
      return reply.status(201).send({ token, user: toUserView(user) });
    },
  );
};
