import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RawServerDefault } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { Storage } from '../db/storage.js';
import { LIMITS } from '../items/contracts.js';
import { installErrorHandler } from './error-handler.js';
import { healthRoutes } from './routes/health.js';
import { itemRoutes } from './routes/items.js';
import { projectRoutes } from './routes/projects.js';

/** The app with its zod type provider. */
export type TandemApp = FastifyInstance<
  RawServerDefault,
  import('node:http').IncomingMessage,
  import('node:http').ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface AppOptions {
  readonly storage: Storage;
  readonly logger: Logger;
  readonly version?: string;
}

/** Builds the HTTP app: contracts, OpenAPI at /openapi.json, docs at /docs, one error handler. */
export async function buildApp(options: AppOptions): Promise<TandemApp> {
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    bodyLimit: LIMITS.singleBodyBytes,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  // File imports stream their body to the importer instead of buffering it.
  app.addContentTypeParser(['application/x-ndjson', 'application/jsonl', 'text/csv'], (_request, payload, done) =>
    done(null, payload),
  );

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tandem API',
        version: options.version ?? '0.1.0',
        description:
          'Human-in-the-loop platform: projects with label schemas, items with predictions, and (soon) the review loop. Errors are `{ error: { code, message, details } }`.',
      },
      tags: [
        { name: 'projects', description: 'Projects, guidelines and label schemas' },
        { name: 'items', description: 'Items in and out' },
        { name: 'system', description: 'Health and docs' },
      ],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(healthRoutes, { storage: options.storage });
  await app.register(projectRoutes, { storage: options.storage, prefix: '/api' });
  await app.register(itemRoutes, { storage: options.storage, prefix: '/api' });
  return app;
}
