/**
 * Shapes of the Tandem HTTP API as the web app uses them: all generated from /openapi.json into
 * the SDK (packages/sdk/src/generated), never restated here (issue 15).
 */
export type {
  Answer,
  AuditRecord,
  AuditVerification,
  CalibrationReport,
  ClaimedTask,
  Decision,
  ExportFormatInfo,
  IngestReport,
  Item,
  JobCounts,
  JobsSummary,
  JobView,
  LabelOption,
  MembersView,
  ModelVersionView,
  PolicyView,
  Project,
  ProjectRole,
  ProjectSummary,
  ProjectTemplate,
  QuestionType,
  QueueView,
  Role,
  SnapshotView,
  SubmitResult,
  ThresholdAdvice,
  TokenInfo,
  User,
  WebhookDelivery,
  WebhookView,
} from '@tandem/sdk';

import type { LabelSchemaInput, QuestionInput } from '@tandem/sdk';

/** The editor works on schemas as sent: a server answer (defaults applied) is one too. */
export type LabelSchema = LabelSchemaInput;
export type Question = QuestionInput;
