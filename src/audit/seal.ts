import { readJson, tryTransactionLock } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import { defineJob } from '../jobs/registry.js';
import { GENESIS_HASH, hashRecord } from './chain.js';

/** The lock that lets one server at a time extend the chain. */
const SEAL_LOCK = 'tandem.audit.seal';

/**
 * Chains unsealed audit records: each gets the next `seq`, the previous record's hash and its
 * own. Records are written in their change's transaction without a hash (so writers never wait
 * on one chain head); the chain's order is the order of sealing. A record whose transaction
 * commits late — on PostgreSQL a later id can commit first — is simply sealed in a later round:
 * the sealer looks for `seq is null`, never past an id, so nothing committed is skipped.
 * Returns how many records it sealed (0 when another server holds the lock).
 */
export async function sealAuditLog(storage: Storage, batch = 1_000): Promise<number> {
  let total = 0;
  for (;;) {
    const sealed = await storage.db.transaction().execute(async (trx) => {
      if (!(await tryTransactionLock(storage.engine, trx, SEAL_LOCK))) return 0;
      const head = await trx
        .selectFrom('audit_log')
        .select(['seq', 'hash'])
        .where('seq', 'is not', null)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      const rows = await trx
        .selectFrom('audit_log')
        .select(['id', 'created_at', 'actor_id', 'action', 'project_id', 'target', 'details'])
        .where('seq', 'is', null)
        .orderBy('id')
        .limit(batch)
        .execute();
      let seq = head?.seq === undefined || head.seq === null ? 0 : Number(head.seq);
      let prevHash = head?.hash ?? GENESIS_HASH;
      for (const row of rows) {
        seq += 1;
        const hash = hashRecord({
          seq,
          prevHash,
          id: Number(row.id),
          createdAt: Number(row.created_at),
          actorId: row.actor_id === null ? null : Number(row.actor_id),
          action: row.action,
          projectId: row.project_id === null ? null : Number(row.project_id),
          target: row.target,
          details: readJson(row.details),
        });
        await trx
          .updateTable('audit_log')
          .set({ seq, prev_hash: prevHash, hash })
          .where('id', '=', Number(row.id))
          .execute();
        prevHash = hash;
      }
      return rows.length;
    });
    total += sealed;
    if (sealed < batch) return total;
  }
}

declare module '../jobs/registry.js' {
  interface JobPayloads {
    'audit.seal': Record<string, never>;
  }
}

/** Recurring: seals new audit records every second (one server at a time holds the lock). */
export const auditSealJob = defineJob({
  type: 'audit.seal',
  everyMs: 1_000,
  maxAttempts: 1,
  run: async ({ storage }) => {
    await sealAuditLog(storage);
  },
});
