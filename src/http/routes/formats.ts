import { ListExportFormatsResponse } from '../../formats/contracts.js';
import { EXPORT_FORMATS } from '../../formats/registry.js';
import type { RouteContext, TandemPlugin } from '../plugin.js';

export const formatRoutes: TandemPlugin<RouteContext> = async (app) => {
  app.get(
    '/export-formats',
    {
      config: { access: { signedIn: 'any' } },
      schema: {
        tags: ['items'],
        summary: 'The export formats: name, description, media type and file extension',
        response: { 200: ListExportFormatsResponse },
      },
    },
    async () => ({
      formats: Object.values(EXPORT_FORMATS).map(({ name, description, contentType, extension }) => ({
        name,
        description,
        contentType,
        extension,
      })),
    }),
  );
};
