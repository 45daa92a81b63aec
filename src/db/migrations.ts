import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import { columnTypes, type Engine } from './dialect.js';
import { createWorkEngineTables } from './migrations-002.js';
import { createQualityTables } from './migrations-004.js';
import { createTrustTables } from './migrations-005.js';
import { renameLetterlessSlugs } from './migrations-009.js';
import { addProjectArchive, createItemReports } from './migrations-010.js';
import { addClaimCursors } from './migrations-011.js';
import { addEventTransactionIds, createJobsTable, moveWebhookDeliveriesToJobs } from './migrations-012.js';
import { createConsensusFits } from './migrations-013.js';
import { createSnapshots } from './migrations-014.js';
import { createExplorerIndexes } from './migrations-016.js';
import { createModelsTable } from './migrations-017.js';
import { trimBulkWriteCost } from './migrations-018.js';
import { addManagementColumns } from './migrations-019.js';
import { createNotificationTables } from './migrations-020.js';
import { createJudgeTables } from './migrations-021.js';
import { addTaskRank } from './migrations-022.js';
import { createEvalPairwise, createGoldenSetTables } from './migrations-023.js';
import { createTraceTables } from './migrations-024.js';
import { createModelBackendTables } from './migrations-025.js';
import { addJudgeTrust } from './migrations-026.js';
import { createEvalPairwiseItems } from './migrations-028.js';

/** One migration set for both engines; column types come from the dialect seam. */
function buildMigrations(engine: Engine): Record<string, Migration> {
  const t = columnTypes(engine);
  return {
    '001_projects_and_items': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('projects')
          .addColumn('id', t.id, (c) => (engine === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
          .addColumn('slug', 'text', (c) => c.notNull().unique())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
          .addColumn('guidelines', 'text', (c) => c.notNull().defaultTo(''))
          .addColumn('label_schema', t.json, (c) => c.notNull())
          .addColumn('settings', t.queryableJson, (c) => c.notNull())
          .addColumn('created_at', t.bigint, (c) => c.notNull())
          .addColumn('updated_at', t.bigint, (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('items')
          .addColumn('id', t.id, (c) => (engine === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
          .addColumn('project_id', t.bigint, (c) => c.notNull().references('projects.id'))
          .addColumn('external_id', 'text')
          .addColumn('data', t.json, (c) => c.notNull())
          .addColumn('prediction', t.json)
          .addColumn('confidence', t.real)
          .addColumn('metadata', t.queryableJson, (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('revision', 'integer', (c) => c.notNull())
          .addColumn('created_at', t.bigint, (c) => c.notNull())
          .addColumn('updated_at', t.bigint, (c) => c.notNull())
          .execute();
        // External ids are unique per project (NULLs never collide): the upsert target.
        await db.schema
          .createIndex('items_project_external_id')
          .on('items')
          .columns(['project_id', 'external_id'])
          .unique()
          .execute();
        // Cursor pagination and status filters walk (project, status?, id).
        await db.schema.createIndex('items_project_id').on('items').columns(['project_id', 'id']).execute();
        await db.schema
          .createIndex('items_project_status_id')
          .on('items')
          .columns(['project_id', 'status', 'id'])
          .execute();
      },
    },
    '002_work_engine': {
      up: (db: Kysely<unknown>) => createWorkEngineTables(db, engine),
    },
    '003_project_members': {
      async up(db: Kysely<unknown>) {
        // A project with no members is open to everyone; with members, only they work on it.
        await db.schema
          .createTable('project_members')
          .addColumn('project_id', t.bigint, (c) => c.notNull().references('projects.id'))
          .addColumn('user_id', t.bigint, (c) => c.notNull().references('users.id'))
          .addPrimaryKeyConstraint('project_members_pk', ['project_id', 'user_id'])
          .execute();
      },
    },
    '004_quality': {
      up: (db: Kysely<unknown>) => createQualityTables(db, engine),
    },
    '005_trust': {
      up: (db: Kysely<unknown>) => createTrustTables(db, engine),
    },
    '009_slugs_with_a_letter': {
      up: (db: Kysely<unknown>) => renameLetterlessSlugs(db),
    },
    '010_project_archive': {
      up: (db: Kysely<unknown>) => addProjectArchive(db, engine),
    },
    '010_item_reports': {
      up: (db: Kysely<unknown>) => createItemReports(db, engine),
    },
    '012_jobs': {
      up: (db: Kysely<unknown>) => createJobsTable(db, engine),
    },
    '012_webhook_delivery_jobs': {
      up: (db: Kysely<unknown>) => moveWebhookDeliveriesToJobs(db, engine),
    },
    '012_event_transaction_ids': {
      up: (db: Kysely<unknown>) => addEventTransactionIds(db, engine),
    },
    '011_claim_cursors': {
      up: (db: Kysely<unknown>) => addClaimCursors(db, engine),
    },
    '013_consensus_fits': {
      up: (db: Kysely<unknown>) => createConsensusFits(db, engine),
    },
    '014_snapshots': {
      up: (db: Kysely<unknown>) => createSnapshots(db, engine),
    },
    '016_explorer': {
      up: (db: Kysely<unknown>) => createExplorerIndexes(db, engine),
    },
    '017_models': {
      up: (db: Kysely<unknown>) => createModelsTable(db, engine),
    },
    '018_bulk_paths': {
      up: (db: Kysely<unknown>) => trimBulkWriteCost(db, engine),
    },
    '019_management': {
      up: (db: Kysely<unknown>) => addManagementColumns(db, engine),
    },
    '020_notifications': {
      up: (db: Kysely<unknown>) => createNotificationTables(db, engine),
    },
    '021_judges': {
      up: (db: Kysely<unknown>) => createJudgeTables(db, engine),
    },
    '022_task_rank': {
      up: (db: Kysely<unknown>) => addTaskRank(db, engine),
    },
    '023_golden_sets': {
      up: (db: Kysely<unknown>) => createGoldenSetTables(db, engine),
    },
    '023_eval_pairwise': {
      up: (db: Kysely<unknown>) => createEvalPairwise(db, engine),
    },
    '024_traces': {
      up: (db: Kysely<unknown>) => createTraceTables(db, engine),
    },
    '025_model_backends': {
      up: (db: Kysely<unknown>) => createModelBackendTables(db, engine),
    },
    '026_judge_trust': {
      up: (db: Kysely<unknown>) => addJudgeTrust(db, engine),
    },
    '028_eval_pairwise_items': {
      up: (db: Kysely<unknown>) => createEvalPairwiseItems(db, engine),
    },
  };
}

export interface MigrationReport {
  readonly applied: readonly string[];
}

export async function migrateToLatest(db: Kysely<unknown>, engine: Engine, schema?: string): Promise<MigrationReport> {
  const provider: MigrationProvider = { getMigrations: async () => buildMigrations(engine) };
  const migrator = new Migrator({
    db,
    provider,
    // Several branches add migrations side by side; a database that already ran a later one
    // still takes an earlier-named one that arrives afterwards.
    allowUnorderedMigrations: true,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) throw error;
  return { applied: results.filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
