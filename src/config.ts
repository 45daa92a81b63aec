import path from 'node:path';
import { z } from 'zod';
import { formatPath, ValidationError } from './errors.js';

/** Environment settings, parsed once at start-up; an unusable value stops Tandem with its name. */
const ConfigEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  TANDEM_DATA_DIR: z.string().min(1).default('./tandem-data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TANDEM_DEMO: z.enum(['true', 'false', '1', '0']).optional(),
  TANDEM_PG_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'use lowercase letters, digits and underscores')
    .optional(),
  TANDEM_ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly logLevel: string;
  /** Load the demo project when the database has no projects (undefined: the caller decides). */
  readonly demo: boolean | undefined;
  /** Token for the first admin on an empty database (else one is generated). */
  readonly adminToken: string | undefined;
  /** PostgreSQL schema to keep Tandem's tables in (default: the connection's search_path). */
  readonly pgSchema: string | undefined;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigEnv.safeParse(env);
  if (!parsed.success) {
    throw new ValidationError(
      parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    );
  }
  const value = parsed.data;
  return {
    port: value.PORT,
    host: value.HOST,
    dataDir: path.resolve(value.TANDEM_DATA_DIR),
    databaseUrl: value.DATABASE_URL || undefined,
    logLevel: value.LOG_LEVEL,
    demo: value.TANDEM_DEMO === undefined ? undefined : ['true', '1'].includes(value.TANDEM_DEMO),
    adminToken: value.TANDEM_ADMIN_TOKEN,
    pgSchema: value.TANDEM_PG_SCHEMA,
  };
}
