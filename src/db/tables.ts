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
  policy_version: number | null;
  /** Set while the project is archived (read-only, out of lists and queues). */
  archived_at: number | null;
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
  deadline_at: number | null;
  gold_answer: unknown;
  /** Version of the built-in model behind `prediction` (src/model); null: supplied with the item. */
  model_version: number | null;
  /** The model's own confidence when the project recalibrates (`confidence` is then the calibrated one). */
  raw_confidence: number | null;
}

export interface Database {
  projects: ProjectsTable;
  items: ItemsTable;
  users: UsersTable;
  api_tokens: ApiTokensTable;
  policies: PoliciesTable;
  tasks: TasksTable;
  task_skips: TaskSkipsTable;
  responses: ResponsesTable;
  decisions: DecisionsTable;
  events: EventsTable;
  webhooks: WebhooksTable;
  notification_channels: NotificationChannelsTable;
  notification_settings: NotificationSettingsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  project_members: ProjectMembersTable;
  annotator_states: AnnotatorStatesTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  item_reports: ItemReportsTable;
  jobs: JobsTable;
  claim_people: ClaimPeopleTable;
  claim_cursors: ClaimCursorsTable;
  consensus_fits: ConsensusFitsTable;
  snapshots: SnapshotsTable;
  snapshot_items: SnapshotItemsTable;
  models: ModelsTable;
  ml_backends: MlBackendsTable;
  judges: JudgesTable;
  judge_versions: JudgeVersionsTable;
  judge_runs: JudgeRunsTable;
  traces: TracesTable;
  trace_verdicts: TraceVerdictsTable;
  trace_sample_counts: TraceSampleCountsTable;
  sampling_policies: SamplingPoliciesTable;
  judge_thresholds: JudgeThresholdsTable;
  golden_sets: GoldenSetsTable;
  golden_set_versions: GoldenSetVersionsTable;
  golden_entries: GoldenEntriesTable;
  eval_runs: EvalRunsTable;
  eval_outputs: EvalOutputsTable;
  eval_scores: EvalScoresTable;
  eval_pairwise: EvalPairwiseTable;
  eval_pairwise_items: EvalPairwiseItemTable;
}

/** Production traces (src/traces, migration 024); unique per (project_id, trace_id). */
export interface TracesTable {
  id: Generated<number>;
  project_id: number;
  trace_id: string;
  input: unknown;
  output: unknown;
  model_version: string | null;
  thumbs: string | null;
  comment: string | null;
  metadata: unknown;
  occurred_at: number;
  received_at: number;
  sample_reason: string | null;
  sampled_at: number | null;
  item_id: number | null;
}

/** Auto judges' verdicts on traces; `state` queued → done | failed. */
export interface TraceVerdictsTable {
  id: Generated<number>;
  project_id: number;
  trace_row_id: number;
  judge_id: number;
  judge_version: number;
  job_id: number | null;
  state: string;
  pass: number | null;
  score: number | null;
  reason: string | null;
  error: string | null;
  created_at: number;
  finished_at: number | null;
}

/** Sampled traces per project, UTC day and reason (`*`: the day's total), for the daily caps. */
export interface TraceSampleCountsTable {
  project_id: number;
  day: string;
  reason: string;
  count: number;
}

export interface SamplingPoliciesTable {
  project_id: number;
  version: number;
  policy: unknown;
  created_by: number | null;
  created_at: number;
}

/** The annotator model per project and choice question (src/quality/fits.ts). */
export interface ConsensusFitsTable {
  project_id: number;
  question: string;
  model: unknown;
  answers_at_fit: number;
  converged: number;
  /** Decisions this fit re-made (issue 11 point 6). */
  redecided: Generated<number>;
  fitted_at: number;
}

/** A project's judges (src/judges); `version` is the current one. */
export interface JudgesTable {
  id: Generated<number>;
  project_id: number;
  name: string;
  version: number;
  /** Epoch ms of the rate limiter's next free call slot. */
  next_call_at: Generated<number>;
  created_at: number;
  updated_at: number;
  /** 1: trust asked for — its verdict may auto-decide while `calibrated_version` = `version`. */
  trusted: Generated<number>;
  /** The human question (and answers meaning pass) calibration compares with; null: the llm judge's own. */
  compare_question: string | null;
  compare_values: unknown;
  /** Cached by the `judge.calibrate` job: the version found calibrated, or null. */
  calibrated_version: number | null;
  calibration_flag: string | null;
  calibrated_at: number | null;
}

/** A project's calibration bar for judges (migration 026); no row: κ 0.6 over 20 pairs. */
export interface JudgeThresholdsTable {
  project_id: number;
  min_kappa: number;
  min_pairs: number;
  updated_at: number;
}

/** Immutable judge versions: the kind and its settings (never an API key, only its env var name). */
export interface JudgeVersionsTable {
  judge_id: number;
  version: number;
  config: unknown;
  created_by: number | null;
  created_at: number;
}

/** One verdict per (judge, version, item); `state` queued → done | failed. */
export interface JudgeRunsTable {
  id: Generated<number>;
  project_id: number;
  judge_id: number;
  judge_version: number;
  item_id: number;
  job_id: number | null;
  state: string;
  pass: number | null;
  score: number | null;
  confidence: number | null;
  answers: unknown;
  reason: string | null;
  error: string | null;
  attempts: Generated<number>;
  input_tokens: number | null;
  output_tokens: number | null;
  cost: number | null;
  latency_ms: number | null;
  created_at: number;
  finished_at: number | null;
}

/** Trained versions of a project's built-in model, per question (src/model). */
export interface ModelsTable {
  id: Generated<number>;
  project_id: number;
  question: string;
  version: number;
  labels_used: number;
  metrics: unknown;
  weights: string;
  created_at: number;
  /** `builtin` (trained here) or `backend` (reported by the project's ML backend; no weights). */
  source: Generated<string>;
  external_version: string | null;
  /** Isotonic map fitted from human decisions, when the project recalibrates (issue 12 point 3). */
  calibration: unknown;
}

/** A project's ML backend: settings and last known health (src/model/backend). */
export interface MlBackendsTable {
  project_id: number;
  settings: unknown;
  status: Generated<string>;
  model_version: string | null;
  last_error: string | null;
  last_call_at: number | null;
  last_ok_at: number | null;
  checked_at: number | null;
  labels_at_training: Generated<number>;
  decisions_sent_until: Generated<number>;
  created_at: number;
  updated_at: number;
}

/** Durable background jobs (src/jobs). */
export interface JobsTable {
  id: Generated<number>;
  type: string;
  /** Concurrency key: at most one running job per key (e.g. one webhook endpoint). */
  key: string | null;
  /** At most one queued job per (type, dedupe_key). */
  dedupe_key: string | null;
  project_id: number | null;
  payload: unknown;
  /** queued, running, done, failed or cancelled. */
  state: string;
  run_at: number;
  attempts: Generated<number>;
  lease_until: number | null;
  locked_by: string | null;
  last_error: string | null;
  created_at: number;
  started_at: number | null;
  finished_at: number | null;
}

/** Per person and project: the row a claim locks, and claim counters (src/queue/claim.ts). */
export interface ClaimPeopleTable {
  project_id: number;
  user_id: number;
  /** The claimable roles the cursors were built for, comma-joined; cursors reset when they change. */
  roles: string;
  claims: number;
  gold_claims: number;
  /** When the person's fresh slots were last scanned from the start (see claim.ts). */
  rescanned_at: number;
}

/** Per person, project and priority level: the fresh slot they claimed last. */
export interface ClaimCursorsTable {
  project_id: number;
  user_id: number;
  priority: number;
  task_id: number;
  rank: Generated<number>;
}

/** "Report a problem with this item" (src/items/reports.ts). */
export interface ItemReportsTable {
  id: Generated<number>;
  project_id: number;
  item_id: number;
  reported_by: number;
  reason: string;
  /** open, requeued (sent back to the queue) or closed (kept out of it). */
  status: string;
  /** What the report took out of the queue: {itemStatus, tasks: [{phase, role, priority, audit}]}. */
  slots: unknown;
  created_at: number;
  resolved_by: number | null;
  resolved_at: number | null;
  resolution: string | null;
}

export interface SessionsTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  /** 'web' (the web app's cookie) or 'events' (a short-lived event-stream ticket). */
  kind: string;
  project_id: number | null;
  created_at: number;
  expires_at: number;
  last_seen_at: number;
}

export interface AuditLogTable {
  id: Generated<number>;
  created_at: number;
  actor_id: number | null;
  action: string;
  project_id: number | null;
  target: string | null;
  details: unknown;
  /** Set by the sealer: position in the chain, the previous record's hash, this record's hash. */
  seq: number | null;
  prev_hash: string | null;
  hash: string | null;
}

export interface AnnotatorStatesTable {
  project_id: number;
  user_id: number;
  status: string;
  reason: string | null;
  updated_at: number;
}

export interface ProjectMembersTable {
  project_id: number;
  user_id: number;
  /** Their role in this project (migration 019); null: their own role. Never 'admin'. */
  role: string | null;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: string;
  created_at: number;
  active: Generated<number>;
}

export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  token_hash: string;
  name: string;
  created_at: number;
  last_used_at: number | null;
  expires_at: number | null;
  revoked_at: number | null;
}

export interface PoliciesTable {
  id: Generated<number>;
  project_id: number;
  version: number;
  policy: unknown;
  created_by: number | null;
  created_at: number;
}

export interface TasksTable {
  id: Generated<number>;
  project_id: number;
  item_id: number;
  phase: string;
  role: string;
  priority: number;
  /** Sort key within a priority level, lower first (issue 12: queue ordering); 0 for `oldest`. */
  rank: Generated<number>;
  state: string;
  audit: number;
  available_at: number;
  claimed_by: number | null;
  claimed_at: number | null;
  completed_at: number | null;
  created_at: number;
}

export interface TaskSkipsTable {
  item_id: number;
  user_id: number;
  created_at: number;
}

export interface ResponsesTable {
  id: Generated<number>;
  task_id: number;
  item_id: number;
  project_id: number;
  user_id: number;
  phase: string;
  answer: unknown;
  time_spent_ms: number | null;
  idempotency_key: string | null;
  created_at: number;
  gold_correct: number | null;
  prelabel_match: number | null;
  prelabel_wrong: number | null;
}

export interface DecisionsTable {
  id: Generated<number>;
  item_id: number;
  project_id: number;
  answer: unknown;
  method: string;
  agreement: number | null;
  response_ids: unknown;
  policy_version: number | null;
  decided_by: number | null;
  reason: string | null;
  superseded_by: number | null;
  created_at: number;
}

export interface EventsTable {
  id: Generated<number>;
  project_id: number;
  type: string;
  payload: unknown;
  created_at: number;
  /** The writing transaction's id on PostgreSQL (0 on SQLite): streams read in (tx, id) order. */
  tx: Generated<number>;
}

export interface NotificationChannelsTable {
  id: Generated<number>;
  project_id: number;
  /** 'slack' or 'email'. */
  kind: string;
  name: string;
  /** The Slack incoming-webhook URL (a secret); null for email. */
  url: string | null;
  events: unknown;
  active: number;
  created_by: number;
  created_at: number;
}

export interface NotificationSettingsTable {
  user_id: number;
  email: string | null;
  muted_events: unknown;
  muted_channels: unknown;
  updated_at: number;
}

export interface WebhooksTable {
  id: Generated<number>;
  project_id: number;
  url: string;
  secret: string;
  event_types: unknown;
  active: number;
  created_at: number;
}

export interface WebhookDeliveriesTable {
  id: Generated<number>;
  webhook_id: number;
  event_id: number;
  status: string;
  attempts: number;
  next_attempt_at: number;
  last_error: string | null;
  delivered_at: number | null;
  /** The receiver's last answer (migration 019); null before the first try or when none came. */
  http_status: number | null;
  last_attempt_at: number | null;
}

export interface SnapshotsTable {
  id: Generated<number>;
  project_id: number;
  name: string;
  reason: string;
  filter: unknown;
  label_schema: unknown;
  schema_hash: string;
  /** {items, decided, perQuestion: {question: {answered, values?: {value: n}}}} */
  counts: unknown;
  content_hash: string;
  created_by: number | null;
  created_at: number;
}

/** A snapshot's records in export order; `record` is the canonical JSON the content hash covers. */
export interface SnapshotItemsTable {
  snapshot_id: number;
  seq: number;
  item_id: number;
  decision_id: number | null;
  record: string;
}

/** A project's golden sets (src/evals); `version` is the newest. */
export interface GoldenSetsTable {
  id: Generated<number>;
  project_id: number;
  name: string;
  version: number;
  created_at: number;
  updated_at: number;
}

/** One immutable version of a golden set; `source` says how it was made (filter or import). */
export interface GoldenSetVersionsTable {
  id: Generated<number>;
  project_id: number;
  golden_set_id: number;
  version: number;
  source: unknown;
  note: string | null;
  entries: number;
  created_by: number | null;
  created_at: number;
}

/** One golden entry, copied into its version (never updated). */
export interface GoldenEntriesTable {
  id: Generated<number>;
  project_id: number;
  version_id: number;
  seq: number;
  external_id: string;
  item_id: number | null;
  input: unknown;
  reference: string | null;
  rubric: string | null;
  metadata: unknown;
}

/** One model/prompt version's run over one golden-set version. */
export interface EvalRunsTable {
  id: Generated<number>;
  project_id: number;
  version_id: number;
  name: string;
  /** The generation settings when Tandem calls the model; null when outputs are posted. */
  generate: unknown;
  /** The judges that score it: [{ judgeId, name, version }]. */
  judges: unknown;
  created_by: number | null;
  created_at: number;
}

/** A run's output for one entry; `state` queued → done | failed (generated) or done (posted). */
export interface EvalOutputsTable {
  id: Generated<number>;
  project_id: number;
  run_id: number;
  entry_id: number;
  job_id: number | null;
  state: string;
  output: string | null;
  error: string | null;
  attempts: Generated<number>;
  input_tokens: number | null;
  output_tokens: number | null;
  cost: number | null;
  latency_ms: number | null;
  created_at: number;
  finished_at: number | null;
}

/** One judge's score of one output; `state` queued → done | failed. */
export interface EvalScoresTable {
  id: Generated<number>;
  project_id: number;
  run_id: number;
  output_id: number;
  judge_id: number;
  judge_version: number;
  job_id: number | null;
  state: string;
  pass: number | null;
  score: number | null;
  reason: string | null;
  error: string | null;
  attempts: Generated<number>;
  created_at: number;
  finished_at: number | null;
}

/** One "send to people" of a (run, baseline) pair: review items went to `target_project_id`. */
export interface EvalPairwiseItemTable {
  pairwise_id: number;
  item_id: number;
  project_id: number;
}

export interface EvalPairwiseTable {
  id: Generated<number>;
  project_id: number;
  run_id: number;
  baseline_id: number;
  target_project_id: number;
  question: string;
  sent: number;
  created_by: number | null;
  created_at: number;
}
