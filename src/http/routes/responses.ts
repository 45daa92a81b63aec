import { ItemParams } from '../../items/contracts.js';
import { getItem } from '../../items/service.js';
import { ItemAvailability, itemAvailability } from '../../queue/availability.js';
import { ItemResponsesView, listItemResponses } from '../../responses/item-responses.js';
import { requestProject, requestUser } from '../access.js';
import { ErrorBody } from '../error-handler.js';
import type { RouteContext, TandemPlugin } from '../plugin.js';

export const responseRoutes: TandemPlugin<RouteContext> = async (app, { storage }) => {
  app.get(
    '/projects/:project/items/:itemId/responses',
    {
      config: { access: { project: 'manage' } },
      schema: {
        tags: ['decisions'],
        summary: "An item's individual answers, oldest first, with who gave them and how long they took",
        params: ItemParams,
        response: { 200: ItemResponsesView, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => ({
      responses: await listItemResponses(storage, requestProject(request), request.params.itemId),
    }),
  );

  app.get(
    '/projects/:project/items/:itemId/availability',
    {
      config: { access: { project: 'work' } },
      schema: {
        tags: ['queue'],
        summary: 'Whether you could take this item now (open, held by someone else, closed), without taking it',
        params: ItemParams,
        response: { 200: ItemAvailability, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      await getItem(storage, requestProject(request), request.params.itemId); // ITEM_NOT_FOUND elsewhere
      return itemAvailability(storage, requestUser(request), request.params.itemId);
    },
  );
};
