import type { FastifyPluginAsync, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Storage } from '../db/storage.js';
import type { EventHub } from '../events/hub.js';
import type { DecisionNotifier } from '../events/notifier.js';

/** A route plugin typed with the zod provider, so handlers see parsed, typed input. */
export type TandemPlugin<Options extends Record<string, unknown>> = FastifyPluginAsync<
  Options,
  RawServerDefault,
  ZodTypeProvider
>;

/** What route plugins are given. */
export type RouteContext = { storage: Storage; notifier: DecisionNotifier; hub: EventHub };
