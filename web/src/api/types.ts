/** Shapes of the Tandem HTTP API as the web app uses them (see /openapi.json). */

export type Role = 'annotator' | 'reviewer' | 'expert' | 'viewer' | 'engineer' | 'manager' | 'admin';

export interface User {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  createdAt: string;
}

export interface TokenInfo {
  id: number;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface AuditRecord {
  id: number;
  seq: number | null;
  createdAt: string;
  actor: { id: number; username: string } | null;
  action: string;
  project: { id: number; slug: string } | null;
  target: string | null;
  details: Record<string, unknown>;
  hash: string | null;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  unsealed: number;
  firstBroken: { seq: number; id: number | null; reason: string } | null;
  head: { seq: number; hash: string } | null;
}

export interface LabelOption {
  value: string;
  label?: string;
  hotkey?: string;
}

interface QuestionBase {
  name: string;
  title?: string;
  description?: string;
  required?: boolean;
}

export type Question =
  | (QuestionBase & { type: 'single_choice'; options: LabelOption[] })
  | (QuestionBase & { type: 'multi_choice'; options: LabelOption[]; minSelected?: number; maxSelected?: number })
  | (QuestionBase & { type: 'rating'; min: number; max: number; step?: number; labels?: Record<string, string> })
  | (QuestionBase & {
      type: 'rubric';
      criteria: {
        name: string;
        title?: string;
        description?: string;
        min: number;
        max: number;
        labels?: Record<string, string>;
      }[];
    })
  | (QuestionBase & { type: 'spans'; field: string; labels: LabelOption[]; allowOverlap?: boolean })
  | (QuestionBase & { type: 'pairwise'; fields: [string, string]; allowTie?: boolean })
  | (QuestionBase & { type: 'ranking'; field: string; minCandidates?: number })
  | (QuestionBase & { type: 'text'; field?: string; minLength?: number; maxLength?: number; multiline?: boolean })
  | (QuestionBase & { type: 'bbox'; field: string; labels: LabelOption[]; maxBoxes?: number })
  | (QuestionBase & { type: 'approval'; field?: string; allowEdit?: boolean; requireReason?: boolean });

export type QuestionType = Question['type'];

export interface LabelSchema {
  questions: Question[];
}

export interface ProjectSummary {
  id: number;
  slug: string;
  name: string;
  description: string;
  createdAt: string;
  updatedAt: string;
  /** Set while archived (read-only, out of lists and queues). */
  archivedAt: string | null;
  itemCounts: Record<string, number>;
}

export interface Project extends Omit<ProjectSummary, 'itemCounts'> {
  guidelines: string;
  labelSchema: LabelSchema;
}

export type Answer = Record<string, unknown>;

export interface ClaimedTask {
  task: {
    id: number;
    projectId: number;
    itemId: number;
    phase: 'review' | 'adjudication';
    role: string;
    leaseExpiresAt: string;
  };
  item: {
    id: number;
    externalId: string | null;
    data: Record<string, unknown>;
    prediction: Answer | null;
    confidence: number | null;
  };
  adjudication?: {
    agreement: number;
    responses: {
      id: number;
      userId: number;
      username: string;
      answer: Answer;
      timeSpentMs: number | null;
      createdAt: string;
    }[];
  };
}

export interface Decision {
  id: number;
  itemId: number;
  answer: Answer;
  method: 'auto' | 'consensus' | 'adjudicated' | 'override' | 'timeout';
  agreement: number | null;
  responseIds: number[];
  policyVersion: number | null;
  decidedBy: number | null;
  reason: string | null;
  supersededBy: number | null;
  createdAt: string;
}

export interface SubmitResult {
  responseId: number;
  replayed: boolean;
  itemStatus: 'queued' | 'adjudication' | 'decided';
  decision: Decision | null;
}

export interface Item {
  id: number;
  projectId: number;
  externalId: string | null;
  data: Record<string, unknown>;
  prediction: Answer | null;
  confidence: number | null;
  metadata: Record<string, unknown>;
  status: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface IngestReport {
  received: number;
  created: number;
  updated: number;
  rejected: number;
  errors: { row: number; line?: number; code: string; path: string; message: string }[];
  errorsTruncated?: boolean;
  /** The file could not be read to its end; the last error says from which line. */
  incomplete?: boolean;
}

export interface QueueView {
  open: number;
  leased: number;
  done: number;
  items: Record<string, number>;
}

export interface PolicyView {
  version: number;
  policy: Record<string, unknown>;
  createdAt: string | null;
}

/** GET /api/templates (src/templates/contracts.ts `TemplateView`). */
export interface ProjectTemplate {
  name: string;
  title: string;
  description: string;
  labelSchema: LabelSchema;
  guidelines: string;
  policy: Record<string, unknown>;
  sample: { format: 'jsonl' | 'csv'; rows: number };
}

/** GET /api/jobs/summary and /api/projects/:p/jobs/summary, per type and in total. */
export interface JobCounts {
  queued: number;
  due: number;
  running: number;
  failed: number;
  oldestDueAgeSeconds: number | null;
}
export interface JobsSummary {
  types: (JobCounts & { type: string })[];
  total: JobCounts;
}

export interface JobView {
  id: number;
  type: string;
  key: string | null;
  projectId: number | null;
  state: 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
  runAt: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  finishedAt: string | null;
}

/** GET /api/projects/:p/model/versions (the built-in model's learning curve). */
export interface ModelVersionView {
  question: string;
  version: number;
  labelsUsed: number;
  heldOutAccuracy: number | null;
  heldOut: number;
  trainMs: number;
  refreshed: number | null;
  rerouted: number | null;
  createdAt: string;
}

export interface ThresholdAdvice {
  threshold: number;
  autoAcceptedShare: number;
  estimatedError: number;
  errorInterval: { low: number; high: number };
  count: number;
}

/** GET /api/projects/:p/model/calibration (only the parts the web app shows). */
export interface CalibrationReport {
  question: string;
  targetError: number;
  all: { judged: number; accuracy: number | null; expectedCalibrationError: number | null };
  suggested: ThresholdAdvice | null;
  conservative: ThresholdAdvice | null;
}
