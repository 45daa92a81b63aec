import path from 'node:path';
import { z } from 'zod';
import { formatPath, ValidationError } from './errors.js';
import { allowEntryProblem } from './events/webhook-target.js';

/** Endpoints that cost the server much more than an ordinary call, rate-limited per user. */
export const EXPENSIVE_KINDS = ['export', 'import', 'batch', 'events'] as const;
export type ExpensiveKind = (typeof EXPENSIVE_KINDS)[number];

/** Rate limits (src/http/rate-limits.ts); 0 turns one off. */
export interface RateLimitSettings {
  /** Failed authentications (401s) from one client address within the window before 429s. */
  readonly authFailures: number;
  readonly authWindowSeconds: number;
  /** Calls per user per minute to each kind of expensive endpoint. */
  readonly perMinute: Readonly<Record<ExpensiveKind, number>>;
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  authFailures: 30,
  authWindowSeconds: 600,
  perMinute: { export: 60, import: 60, batch: 600, events: 120 },
};

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
  TANDEM_PG_POOL_SIZE: z
    .string()
    .regex(/^[1-9]\d{0,3}$/, 'must be a whole number from 1 to 9999')
    .transform(Number)
    .default(10),
  TANDEM_ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  TANDEM_TRUST_PROXY: z.string().optional(),
  TANDEM_METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  TANDEM_JOB_LEASE_SECONDS: z.coerce.number().int().min(1).max(3_600).default(30),
  TANDEM_RATE_LIMIT_AUTH_FAILURES: count(DEFAULT_RATE_LIMITS.authFailures),
  TANDEM_RATE_LIMIT_AUTH_WINDOW: count(DEFAULT_RATE_LIMITS.authWindowSeconds),
  TANDEM_RATE_LIMIT_EXPORT: count(DEFAULT_RATE_LIMITS.perMinute.export),
  TANDEM_RATE_LIMIT_IMPORT: count(DEFAULT_RATE_LIMITS.perMinute.import),
  TANDEM_RATE_LIMIT_BATCH: count(DEFAULT_RATE_LIMITS.perMinute.batch),
  TANDEM_RATE_LIMIT_EVENTS: count(DEFAULT_RATE_LIMITS.perMinute.events),
  TANDEM_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.com:587')
    .optional(),
  TANDEM_MAIL_FROM: z.string().min(3).max(320).default('Tandem <tandem@localhost>'),
  TANDEM_PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^\s]+$/, 'must be an http:// or https:// URL')
    .optional(),
  TANDEM_WEBHOOK_ALLOW_HOSTS: z
    .string()
    .default('')
    .transform((text, context) => {
      const entries = text
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean);
      for (const entry of entries) {
        const problem = allowEntryProblem(entry);
        if (problem) context.addIssue({ code: 'custom', message: `"${entry}": ${problem}` });
      }
      return entries;
    }),
});

/** A whole number setting (0 turns the limit off). */
function count(fallback: number) {
  return z
    .string()
    .regex(/^\d{1,9}$/, 'must be a whole number (0 turns it off)')
    .transform(Number)
    .default(fallback);
}

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
  /** PostgreSQL connections per server (README "Operating at size": servers × this < max_connections). */
  readonly pgPoolSize: number;
  /** Reverse proxies whose X-Forwarded-For gives the client's address (rate limits count by it). */
  readonly trustProxy: boolean | string[];
  readonly rateLimits: RateLimitSettings;
  /** Webhook targets allowed although private or local: host names, addresses, CIDRs. */
  readonly webhookAllowHosts: readonly string[];
  /** Bearer token a Prometheus scraper sends to GET /metrics (admins may read it anyway). */
  readonly metricsToken?: string | undefined;
  /** A job whose server stops renewing its lease this long is run again by another server. */
  readonly jobLeaseSeconds?: number;
  /** Email notifications (issue 15): the SMTP server as a URL; unset, email channels fail with a reason. */
  readonly smtpUrl?: string | undefined;
  readonly mailFrom?: string;
  /** Where people open Tandem, for links in notifications (default http://localhost:PORT). */
  readonly publicUrl?: string;
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
    pgPoolSize: value.TANDEM_PG_POOL_SIZE,
    trustProxy: parseTrustProxy(value.TANDEM_TRUST_PROXY),
    rateLimits: {
      authFailures: value.TANDEM_RATE_LIMIT_AUTH_FAILURES,
      authWindowSeconds: value.TANDEM_RATE_LIMIT_AUTH_WINDOW,
      perMinute: {
        export: value.TANDEM_RATE_LIMIT_EXPORT,
        import: value.TANDEM_RATE_LIMIT_IMPORT,
        batch: value.TANDEM_RATE_LIMIT_BATCH,
        events: value.TANDEM_RATE_LIMIT_EVENTS,
      },
    },
    webhookAllowHosts: value.TANDEM_WEBHOOK_ALLOW_HOSTS,
    metricsToken: value.TANDEM_METRICS_TOKEN,
    jobLeaseSeconds: value.TANDEM_JOB_LEASE_SECONDS,
    smtpUrl: value.TANDEM_SMTP_URL,
    mailFrom: value.TANDEM_MAIL_FROM,
    publicUrl: value.TANDEM_PUBLIC_URL ?? `http://localhost:${value.PORT}`,
  };
}

/** `true`, `false`, or a comma-separated list of proxy addresses / CIDRs. */
function parseTrustProxy(text: string | undefined): boolean | string[] {
  const trimmed = (text ?? '').trim();
  if (trimmed === '' || trimmed === 'false' || trimmed === '0') return false;
  if (trimmed === 'true' || trimmed === '1') return true;
  return trimmed
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}
