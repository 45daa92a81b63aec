import { readJson } from '../db/dialect.js';
import type { Storage } from '../db/storage.js';
import { GENESIS_HASH, hashRecord } from './chain.js';
import { sealAuditLog } from './seal.js';

export interface BrokenRecord {
  readonly seq: number;
  readonly id: number | null;
  readonly reason: string;
}

export interface AuditVerification {
  readonly ok: boolean;
  /** Records checked along the chain. */
  readonly checked: number;
  /** Records not chained yet (written in the last moments; sealed within seconds). */
  readonly unsealed: number;
  /** The first record where the chain does not hold, or null. */
  readonly firstBroken: BrokenRecord | null;
  /**
   * The last chained record: keep its hash somewhere else (a ticket, a log) to detect later
   * that newer records were cut off the end, which no chain can show by itself.
   */
  readonly head: { readonly seq: number; readonly hash: string } | null;
}

/**
 * Seals what it can, then walks the whole chain in order and recomputes every hash. An edited
 * record fails its own hash; a deleted one leaves a gap in `seq`; a re-linked one fails the link.
 */
export async function verifyAuditLog(storage: Storage, pageSize = 5_000): Promise<AuditVerification> {
  await sealAuditLog(storage);
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  let firstBroken: BrokenRecord | null = null;
  for (;;) {
    const rows = await storage.db
      .selectFrom('audit_log')
      .select(['id', 'seq', 'prev_hash', 'hash', 'created_at', 'actor_id', 'action', 'project_id', 'target', 'details'])
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    for (const row of rows) {
      const seq = Number(row.seq);
      const id = Number(row.id);
      if (seq !== expectedSeq) {
        firstBroken = { seq: expectedSeq, id: null, reason: `record #${expectedSeq} is missing (deleted?)` };
        break;
      }
      if (row.prev_hash !== prevHash) {
        firstBroken = { seq, id, reason: `record #${seq} does not link to record #${seq - 1}` };
        break;
      }
      const hash = hashRecord({
        seq,
        prevHash,
        id,
        createdAt: Number(row.created_at),
        actorId: row.actor_id === null ? null : Number(row.actor_id),
        action: row.action,
        projectId: row.project_id === null ? null : Number(row.project_id),
        target: row.target,
        details: readJson(row.details),
      });
      if (hash !== row.hash) {
        firstBroken = { seq, id, reason: `record #${seq} (id ${id}) was changed after it was sealed` };
        break;
      }
      checked += 1;
      expectedSeq += 1;
      prevHash = hash;
    }
    if (firstBroken || rows.length < pageSize) break;
  }
  const unsealed = await storage.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('seq', 'is', null)
    .executeTakeFirstOrThrow();
  const head = checked > 0 && !firstBroken ? { seq: expectedSeq - 1, hash: prevHash } : null;
  return { ok: firstBroken === null, checked, unsealed: Number(unsealed.n), firstBroken, head };
}
