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
import { DEFAULT_RATE_LIMITS, type RateLimitSettings } from '../config.js';
import type { Storage } from '../db/storage.js';
import { EventHub } from '../events/hub.js';
import type { DecisionNotifier } from '../events/notifier.js';
import { LIMITS } from '../items/contracts.js';
import { TandemMetrics } from '../metrics/metrics.js';
import { installAccess } from './access.js';
import { installAuth } from './auth.js';
import { installBodyDrain } from './body-drain.js';
import { DRAIN_MS, installDraining } from './draining.js';
import { answerClientError, answerFrameworkError, installErrorHandler } from './error-handler.js';
import { installInputGuard } from './input-guard.js';
import { installOperationDocs } from './openapi-docs.js';
import { installRateLimits } from './rate-limits.js';
import { RequestLogController } from './request-log.js';
import { auditRoutes } from './routes/audit.js';
import { decisionRoutes } from './routes/decisions.js';
import { evalRoutes } from './routes/evals.js';
import { eventRoutes } from './routes/events.js';
import { explorerRoutes } from './routes/explorer.js';
import { formatRoutes } from './routes/formats.js';
import { healthRoutes } from './routes/health.js';
import { itemRoutes } from './routes/items.js';
import { jobRoutes } from './routes/jobs.js';
import { judgeRoutes } from './routes/judges.js';
import { lifecycleRoutes } from './routes/lifecycle.js';
import { mcpRoutes } from './routes/mcp.js';
import { metricsRoutes } from './routes/metrics.js';
import { modelRoutes } from './routes/model.js';
import { notificationRoutes } from './routes/notifications.js';
import { policyRoutes } from './routes/policy.js';
import { projectRoutes } from './routes/projects.js';
import { qualityRoutes } from './routes/quality.js';
import { reportRoutes } from './routes/reports.js';
import { responseRoutes } from './routes/responses.js';
import { sessionRoutes } from './routes/session.js';
import { snapshotRoutes } from './routes/snapshots.js';
import { taskRoutes } from './routes/tasks.js';
import { templateRoutes } from './routes/templates.js';
import { userRoutes } from './routes/users.js';
import { workspaceRoutes } from './routes/workspace.js';
import { DOCS_CSP, installSecurityHeaders } from './security-headers.js';
import { serveWebApp } from './web-app.js';

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
  readonly notifier: DecisionNotifier;
  /** The server's event-stream reader (created when omitted). */
  readonly hub?: EventHub;
  /** The server's metrics (created when omitted); /metrics serves them. */
  readonly metrics?: TandemMetrics;
  /** On close, how long requests in flight may take to finish before their connections are cut. */
  readonly drainMs?: number;
  /** Bearer token of the metrics scraper (TANDEM_METRICS_TOKEN); admins may read /metrics anyway. */
  readonly metricsToken?: string | undefined;
  readonly logger: Logger;
  readonly version?: string;
  /** Rate limits (default DEFAULT_RATE_LIMITS; tests raise them). */
  readonly rateLimits?: RateLimitSettings;
  /** Fastify's trustProxy: which reverse proxies' X-Forwarded-For to believe for client addresses. */
  readonly trustProxy?: boolean | string[];
  /** Requests slower than this are logged as warnings (default SLOW_REQUEST_MS). */
  readonly slowRequestMs?: number;
}

/** Builds the HTTP app: contracts, OpenAPI at /openapi.json, docs at /docs, one error handler. */
export async function buildApp(options: AppOptions): Promise<TandemApp> {
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    bodyLimit: LIMITS.singleBodyBytes,
    // Event streams and long polls must not keep a stopping server alive.
    forceCloseConnections: true,
    clientErrorHandler: answerClientError,
    trustProxy: options.trustProxy ?? false,
    frameworkErrors: answerFrameworkError,
    // Requests are logged once, when done, at a level that keeps the console readable.
    logController: new RequestLogController(options.slowRequestMs),
    // Fastify's time limit covers close hooks too: the drain (below) must end before it.
    pluginTimeout: (options.drainMs ?? DRAIN_MS) + 10_000,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installOperationDocs(app);
  // Headers first: every response carries them, including those refused before a route runs.
  installSecurityHeaders(app);
  // Before authentication: an address with too many failed sign-ins is refused unread.
  await installRateLimits(app, options.rateLimits ?? DEFAULT_RATE_LIMITS);
  await installAuth(app, options.storage, { metricsToken: options.metricsToken });
  const access = installAccess(app, options.storage);
  let webApp = false;
  await access.registerPublic(async () => {
    webApp = await serveWebApp(app);
  });
  installErrorHandler(app, webApp);

  installInputGuard(app);
  installBodyDrain(app);
  // JSON in, or a file to import; a text/plain body is a 415, not a string that fails validation.
  app.removeContentTypeParser('text/plain');
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
          'Tandem, the human-in-the-loop platform: projects with label schemas and guidelines; items with predictions in and decisions out; routing policies, queues, consensus and adjudication; agent approvals; quality control and analytics; people, tokens and the audit log. Authenticate with `Authorization: Bearer <API token>`. Errors are `{ error: { code, message, details: [{ path, message }] } }` with a stable code (see the README). Clients: the typed TypeScript SDK `@tandem/sdk` (packages/sdk/README.md in the repository), adapters for the Vercel AI SDK, OpenAI Agents JS and LangGraph.js, and an MCP server at `/mcp` (README, section *Agents and integrations*).',
      },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'An API token' } },
      },
      security: [{ bearer: [] }],
      tags: [
        { name: 'projects', description: 'Projects, guidelines and label schemas' },
        { name: 'items', description: 'Items in and out' },
        { name: 'routing', description: 'Routing, queue and consensus policy (versioned)' },
        { name: 'queue', description: 'Claim, heartbeat, release, skip, submit' },
        { name: 'decisions', description: 'Decisions with provenance; awaitable; overrides' },
        { name: 'events', description: 'Webhooks and server-sent events' },
        { name: 'notifications', description: 'Slack and email notifications for approvals, and opt-outs' },
        { name: 'people', description: 'Users and API tokens' },
        { name: 'analytics', description: 'Dashboard figures' },
        { name: 'quality', description: 'Gold accuracy, trust, flags, pauses' },
        { name: 'audit', description: 'Who changed what, when: a hash-chained audit log' },
        { name: 'system', description: 'Health and docs' },
      ],
    },
    transform: jsonSchemaTransform,
  });
  await access.registerPublic(async () => {
    await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: DOCS_CSP });
  });
  app.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  await app.register(healthRoutes, { storage: options.storage });
  const metrics = options.metrics ?? new TandemMetrics(options.storage);
  // One event reader per server for every open event stream. On close it ends the streams first,
  // so draining (the next preClose hook) waits only for ordinary requests.
  const hub = options.hub ?? new EventHub(options.storage);
  app.addHook('preClose', async () => hub.stop());
  installDraining(app, options.drainMs ?? DRAIN_MS);
  app.addHook('onResponse', async (request, reply) => {
    metrics.observeRequest(request.method, request.routeOptions.url, reply.elapsedTime);
  });
  metrics.countSseClients(() => hub.clients);
  await app.register(metricsRoutes, { metrics });
  await app.register(mcpRoutes, {});
  const context = { storage: options.storage, notifier: options.notifier, hub, prefix: '/api' };
  for (const routes of [
    sessionRoutes,
    projectRoutes,
    itemRoutes,
    userRoutes,
    policyRoutes,
    taskRoutes,
    decisionRoutes,
    eventRoutes,
    notificationRoutes,
    workspaceRoutes,
    qualityRoutes,
    auditRoutes,
    templateRoutes,
    lifecycleRoutes,
    responseRoutes,
    reportRoutes,
    explorerRoutes,
    jobRoutes,
    formatRoutes,
    snapshotRoutes,
    modelRoutes,
    judgeRoutes,
    evalRoutes,
  ]) {
    await app.register(routes, context);
  }
  return app;
}
