import { sql } from 'kysely';
import { z } from 'zod';
import type { Storage } from '../../db/storage.js';
import type { TandemPlugin } from '../plugin.js';

const HealthResponse = z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']) });

export const healthRoutes: TandemPlugin<{ storage: Storage }> = async (app, { storage }) => {
  app.get(
    '/healthz',
    {
      config: { access: 'public' },
      schema: { tags: ['system'], summary: 'Liveness and database check', response: { 200: HealthResponse } },
    },
    async () => {
      await sql`select 1`.execute(storage.db);
      return { status: 'ok' as const, database: storage.engine };
    },
  );
};
