import type { Logger } from 'pino';
import { applyApprovalTimeouts } from './approvals/timeouts.js';
import { sealAuditLog } from './audit/seal.js';
import type { Storage } from './db/storage.js';
import type { DecisionNotifier } from './events/notifier.js';
import { deliverDueWebhooks } from './events/webhooks.js';

/**
 * The server's periodic work: approval timeouts and webhook deliveries. Every server runs it;
 * each step takes its rows with conditional updates, so running it on many servers is safe.
 */
export function startBackgroundWork(storage: Storage, notifier: DecisionNotifier, logger: Logger): () => Promise<void> {
  let stopped = false;
  const loop = (name: string, everyMs: number, step: () => Promise<unknown>) =>
    (async () => {
      while (!stopped) {
        try {
          await step();
        } catch (error) {
          if (!stopped) logger.error({ err: error }, `${name} failed`);
        }
        await new Promise((resolve) => setTimeout(resolve, everyMs).unref());
      }
    })();
  const running = [
    loop('approval timeouts', 1_000, async () => notifier.publish(await applyApprovalTimeouts(storage))),
    loop('webhook delivery', 500, () => deliverDueWebhooks(storage)),
    loop('audit sealing', 1_000, () => sealAuditLog(storage)),
  ];
  return async () => {
    stopped = true;
    await Promise.all(running);
  };
}
