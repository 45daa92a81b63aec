import type { Storage } from '../db/storage.js';
import { TandemError } from '../errors.js';
import type { Quality } from '../routing/contracts.js';

/**
 * Fatigue control: a session is a run of answers with no gap of `breakMinutes`. When the current
 * session reached the task or time cap, the claim is refused with a break message saying when
 * work can resume.
 */
export async function assertRested(
  storage: Storage,
  projectId: number,
  userId: number,
  quality: Quality,
  now: number,
): Promise<void> {
  const fatigue = quality.fatigue;
  if (!fatigue || (fatigue.maxTasksPerSession === undefined && fatigue.maxSessionMinutes === undefined)) return;
  const breakMs = fatigue.breakMinutes * 60_000;
  const limit = Math.min(fatigue.maxTasksPerSession ?? 10_000, 10_000);
  const recent = await storage.db
    .selectFrom('responses')
    .select('created_at')
    .where('project_id', '=', projectId)
    .where('user_id', '=', userId)
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  const times = recent.map((r) => Number(r.created_at));
  const last = times[0];
  if (last === undefined || now - last >= breakMs) return;
  let sessionStart = last;
  let count = 1;
  for (let i = 1; i < times.length; i++) {
    const time = times[i] as number;
    if (sessionStart - time >= breakMs) break;
    sessionStart = time;
    count += 1;
  }
  const minutes = (now - sessionStart) / 60_000;
  const tooMany = fatigue.maxTasksPerSession !== undefined && count >= fatigue.maxTasksPerSession;
  const tooLong = fatigue.maxSessionMinutes !== undefined && minutes >= fatigue.maxSessionMinutes;
  if (tooMany || tooLong) {
    const resumeAt = new Date(last + breakMs);
    throw new TandemError(
      'BREAK_REQUIRED',
      `Time for a break: you did ${count} tasks in ${Math.round(minutes)} minutes without a pause. You can continue at ${resumeAt.toISOString()} (after a ${fatigue.breakMinutes}-minute break).`,
    );
  }
}
