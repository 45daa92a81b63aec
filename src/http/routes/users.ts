import { z } from 'zod';
import {
  CreateTokenBody,
  CreateUserBody,
  TokenInfoView,
  TokenParams,
  TokenView,
  UpdateUserBody,
  UserParams,
  UserView,
} from '../../users/contracts.js';
import {
  createUser,
  getUser,
  issueTokenWithInfo,
  listTokens,
  listUsers,
  revokeToken,
  toTokenInfoView,
  toUserView,
  updateUser,
} from '../../users/service.js';
import { requestUser } from '../access.js';
import { ErrorBody } from '../error-handler.js';
import type { RouteContext, TandemPlugin } from '../plugin.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const DAY_MS = 86_400_000;

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
      const actor = requestUser(request);
      const user = await createUser(storage, request.body, actor);
      const { token, info } = await issueTokenWithInfo(storage, user.id, 'initial', { actor });
      return reply.status(201).send({ token, user: toUserView(user), info: toTokenInfoView(info) });
    },
  );

  app.patch(
    '/users/:userId',
    {
      config: { access: { signedIn: ['admin'] } },
      schema: {
        tags: ['people'],
        summary: "Change a user's name or role, or deactivate them (they can no longer sign in)",
        params: UserParams,
        body: UpdateUserBody,
        response: { 200: UserView, ...errors },
      },
    },
    async (request) => toUserView(await updateUser(storage, request.params.userId, request.body, requestUser(request))),
  );

  app.get(
    '/users/:userId/tokens',
    {
      config: { access: { user: 'self-or-admin' } },
      schema: {
        tags: ['people'],
        summary: "A user's API tokens: names, last use, expiry, revocation (never the secrets)",
        params: UserParams,
        response: { 200: z.object({ tokens: z.array(TokenInfoView) }), ...errors },
      },
    },
    async (request) => {
      await getUser(storage, request.params.userId);
      return { tokens: await listTokens(storage, request.params.userId) };
    },
  );

  app.post(
    '/users/:userId/tokens',
    {
      config: { access: { user: 'self-or-admin' } },
      schema: {
        tags: ['people'],
        summary: 'Issue another API token, optionally expiring (shown once)',
        params: UserParams,
        body: CreateTokenBody,
        response: { 201: TokenView, ...errors },
      },
    },
    async (request, reply) => {
      const user = await getUser(storage, request.params.userId);
      const { name, expiresInDays } = request.body;
      const expiresAt = expiresInDays === undefined ? null : Date.now() + expiresInDays * DAY_MS;
      const { token, info } = await issueTokenWithInfo(storage, user.id, name, {
        expiresAt,
        actor: requestUser(request),
      });
      return reply.status(201).send({ token, user: toUserView(user), info: toTokenInfoView(info) });
    },
  );

  app.delete(
    '/users/:userId/tokens/:tokenId',
    {
      config: { access: { user: 'self-or-admin' } },
      schema: {
        tags: ['people'],
        summary: 'Revoke an API token: it stops working at once (on other servers within 10 s)',
        params: TokenParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await revokeToken(storage, request.params.userId, request.params.tokenId, requestUser(request));
      app.forgetUser(request.params.userId);
      return reply.status(204).send(null);
    },
  );
};
