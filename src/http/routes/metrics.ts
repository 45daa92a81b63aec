import type { TandemMetrics } from '../../metrics/metrics.js';
import type { TandemPlugin } from '../plugin.js';

/** Prometheus metrics (text exposition format) for the scraper or an admin. */
export const metricsRoutes: TandemPlugin<{ metrics: TandemMetrics }> = async (app, { metrics }) => {
  app.get(
    '/metrics',
    {
      config: { access: { metrics: 'scraper-or-admin' } },
      schema: {
        tags: ['system'],
        summary: 'Prometheus metrics: queue depth, claim and submit latency, jobs, webhook lag, event streams',
      },
    },
    async (_request, reply) => {
      const { contentType, body } = await metrics.render();
      return reply.type(contentType).send(body);
    },
  );
};
