import { ItemParams } from '../../items/contracts.js';
import { ItemResponsesView, listItemResponses } from '../../responses/item-responses.js';
import { requestProject } from '../access.js';
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
};
