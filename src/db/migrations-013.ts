import type { Kysely } from 'kysely';
import { columnTypes, type Engine } from './dialect.js';

/**
 * Issue 10 point 3 / issue 11: the annotator model per project and choice question, fitted by the
 * `consensus.refit` job and read by submits (one row by primary key, so deciding an item costs the
 * same at 100 answers and at 10 million). `model` holds classes, priors, each person's confusion
 * matrix and gold tally; `answers_at_fit` is the project's answer count the fit saw, so the job can
 * tell when enough new answers arrived.
 */
export async function createConsensusFits(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = columnTypes(engine);
  await db.schema
    .createTable('consensus_fits')
    .addColumn('project_id', t.bigint, (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('model', t.json, (c) => c.notNull())
    .addColumn('answers_at_fit', t.bigint, (c) => c.notNull())
    .addColumn('converged', 'integer', (c) => c.notNull())
    .addColumn('redecided', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('fitted_at', t.bigint, (c) => c.notNull())
    .addPrimaryKeyConstraint('consensus_fits_pk', ['project_id', 'question'])
    .execute();
}
