import type { Generated } from 'kysely';

/**
 * Row shapes as stored. JSON columns are typed `unknown` because SQLite hands back text and
 * PostgreSQL a parsed value; read them through `readJson` (src/db/dialect.ts). Times are epoch
 * milliseconds in a bigint column on both engines.
 */
export interface ProjectsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  description: string;
  guidelines: string;
  label_schema: unknown;
  settings: unknown;
  created_at: number;
  updated_at: number;
}

export interface ItemsTable {
  id: Generated<number>;
  project_id: number;
  external_id: string | null;
  data: unknown;
  prediction: unknown;
  confidence: number | null;
  metadata: unknown;
  status: string;
  /** 1 when created; +1 on each upsert through the same external id. */
  revision: number;
  created_at: number;
  updated_at: number;
}

export interface Database {
  projects: ProjectsTable;
  items: ItemsTable;
}
