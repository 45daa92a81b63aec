import { type Kysely, sql } from 'kysely';
import { columnTypes, type Engine } from './dialect.js';

/**
 * Issue 13 point 3: trusted judges and calibration thresholds. A judge row carries whether trust
 * was asked for (`trusted`), the human question and answers it is compared with (`compare_*`) and
 * the cached outcome of its calibration (`calibrated_version`: the version found calibrated, null
 * when none), refreshed by the `judge.calibrate` job so routing never computes κ per item.
 * `judge_thresholds` holds a project's calibration bar (absent: κ 0.6, 20 pairs).
 */
export async function addJudgeTrust(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = columnTypes(engine);
  await sql`alter table judges add column trusted integer not null default 0`.execute(db);
  await sql`alter table judges add column compare_question text`.execute(db);
  await sql.raw(`alter table judges add column compare_values ${t.json}`).execute(db);
  await sql`alter table judges add column calibrated_version integer`.execute(db);
  await sql`alter table judges add column calibration_flag text`.execute(db);
  await sql.raw(`alter table judges add column calibrated_at ${t.bigint}`).execute(db);
  await db.schema
    .createTable('judge_thresholds')
    .addColumn('project_id', t.bigint, (c) => c.primaryKey())
    .addColumn('min_kappa', t.real, (c) => c.notNull())
    .addColumn('min_pairs', 'integer', (c) => c.notNull())
    .addColumn('updated_at', t.bigint, (c) => c.notNull())
    .execute();
}
