import { sql } from 'kysely';
import type { Storage } from '../db/storage.js';

/** What a claim must check about the person first (the lease limit is counted inside the claim), read in ONE round trip (the claim is a hot path). */
export interface ClaimContext {
  readonly projectHasMembers: boolean;
  readonly isMember: boolean;
  readonly pausedReason: string | null;
  readonly paused: boolean;
  readonly projectHasGold: boolean;
}

export async function selectClaimContext(storage: Storage, projectId: number, userId: number): Promise<ClaimContext> {
  const result = await sql<{
    members: number;
    member: number;
    status: string | null;
    reason: string | null;
    gold: number | null;
  }>`select
      (select count(*) from project_members where project_id = ${projectId}) as members,
      (select count(*) from project_members where project_id = ${projectId} and user_id = ${userId}) as member,
      (select status from annotator_states where project_id = ${projectId} and user_id = ${userId}) as status,
      (select reason from annotator_states where project_id = ${projectId} and user_id = ${userId}) as reason,
      (select 1 from items where project_id = ${projectId} and status = 'gold' limit 1) as gold`.execute(storage.db);
  const row = result.rows[0];
  return {
    projectHasMembers: Number(row?.members ?? 0) > 0,
    isMember: Number(row?.member ?? 0) > 0,
    paused: row?.status === 'paused',
    pausedReason: row?.reason ?? null,
    projectHasGold: row?.gold !== null && row?.gold !== undefined,
  };
}
