import { z } from 'zod';
import { IdParam } from '../../input/ids.js';
import {
  createNotificationChannel,
  deleteNotificationChannel,
  getNotificationSettings,
  listNotificationChannels,
  putNotificationSettings,
} from '../../notifications/channels.js';
import {
  CreateNotificationChannelBody,
  NotificationChannelView,
  NotificationSettings,
} from '../../notifications/contracts.js';
import { ProjectParams } from '../../projects/contracts.js';
import { UserParams } from '../../users/contracts.js';
import { getUser } from '../../users/service.js';
import { requestProject, requestUser } from '../access.js';
import { ErrorBody } from '../error-handler.js';
import type { RouteContext, TandemPlugin } from '../plugin.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/** Notification channels per project and each person's opt-outs (issue 15 point 4). */
export const notificationRoutes: TandemPlugin<RouteContext> = async (app, { storage }) => {
  app.post(
    '/projects/:project/notification-channels',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['notifications'],
        summary: 'Add a notification channel: a Slack-compatible incoming webhook, or email to the approvers',
        params: ProjectParams,
        body: CreateNotificationChannelBody,
        response: { 201: NotificationChannelView, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createNotificationChannel(storage, requestProject(request), request.body, requestUser(request))),
  );

  app.get(
    '/projects/:project/notification-channels',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['notifications'],
        summary: "The project's notification channels (Slack URLs are never shown)",
        params: ProjectParams,
        response: { 200: z.object({ channels: z.array(NotificationChannelView) }), ...errors },
      },
    },
    async (request) => ({ channels: await listNotificationChannels(storage, requestProject(request)) }),
  );

  app.delete(
    '/projects/:project/notification-channels/:channelId',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['notifications'],
        summary: 'Remove a notification channel',
        params: ProjectParams.extend({ channelId: IdParam }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await deleteNotificationChannel(storage, requestProject(request), request.params.channelId, requestUser(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/users/:userId/notification-settings',
    {
      config: { access: { user: 'self-or-admin' } },
      schema: {
        tags: ['notifications'],
        summary: "A person's notification settings: email address and what they opted out of",
        params: UserParams,
        response: { 200: NotificationSettings, ...errors },
      },
    },
    async (request) => {
      await getUser(storage, request.params.userId);
      return getNotificationSettings(storage, request.params.userId);
    },
  );

  app.put(
    '/users/:userId/notification-settings',
    {
      config: { access: { user: 'self-or-admin' } },
      schema: {
        tags: ['notifications'],
        summary: "Set a person's email address and opt-outs (events, email channels)",
        params: UserParams,
        body: NotificationSettings,
        response: { 200: NotificationSettings, ...errors },
      },
    },
    async (request) => {
      await getUser(storage, request.params.userId);
      return putNotificationSettings(storage, request.params.userId, request.body);
    },
  );
};
