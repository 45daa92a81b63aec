import type { paths } from './generated/openapi.js';

/**
 * Named shapes of the Tandem API, all taken from the generated `paths` (never restated by hand):
 * when a zod contract changes, these change with it.
 */

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The JSON answer of `method path` with the given status (200 by default). */
export type ResponseBody<
  P extends keyof paths,
  M extends Method & keyof paths[P],
  S extends number = 200,
> = paths[P][M] extends { responses: infer R }
  ? S extends keyof R
    ? R[S] extends { content: { 'application/json': infer T } }
      ? T
      : never
    : never
  : never;

/** The JSON body `method path` accepts. */
export type RequestBody<P extends keyof paths, M extends Method & keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer T } };
}
  ? T
  : never;

type Element<T> = T extends readonly (infer E)[] ? E : never;

export type User = ResponseBody<'/api/me', 'get'>;
export type Role = User['role'];
export type TokenInfo = Element<ResponseBody<'/api/users/{userId}/tokens', 'get'>['tokens']>;
export type AuditRecord = Element<ResponseBody<'/api/audit', 'get'>['records']>;
export type AuditVerification = ResponseBody<'/api/audit/verify', 'get'>;
export type ProjectSummary = Element<ResponseBody<'/api/projects', 'get'>['projects']>;
export type Project = ResponseBody<'/api/projects/{project}', 'get'>;
export type LabelSchema = Project['labelSchema'];
export type Question = Element<LabelSchema['questions']>;
export type QuestionType = Question['type'];
export type LabelOption = Element<Extract<Question, { type: 'single_choice' }>['options']>;
export type ProjectInput = RequestBody<'/api/projects', 'post'>;
export type ItemInput = RequestBody<'/api/projects/{project}/items', 'post'>;
export type Item = ResponseBody<'/api/projects/{project}/items/{itemId}', 'get'>;
export type ItemWithDecision = ResponseBody<'/api/projects/{project}/items', 'post', 201>;
export type Decision = ResponseBody<'/api/projects/{project}/items/{itemId}/decision', 'get'>;
export type Answer = Decision['answer'];
export type IngestReport = ResponseBody<'/api/projects/{project}/items/batch', 'post'>;
export type ClaimedTask = ResponseBody<'/api/projects/{project}/tasks/claim', 'post'>;
export type HeldTask = Element<ResponseBody<'/api/me/tasks', 'get'>['tasks']>;
export type SubmitResult = ResponseBody<'/api/tasks/{taskId}/submit', 'post'>;
export type QueueView = ResponseBody<'/api/projects/{project}/queue', 'get'>;
export type PolicyView = ResponseBody<'/api/projects/{project}/policy', 'get'>;
export type PendingApproval = Element<ResponseBody<'/api/approvals', 'get'>['approvals']>;
export type ProjectTemplate = Element<ResponseBody<'/api/templates', 'get'>['templates']>;
/** A label schema as sent (defaults not yet applied: `required`, `step`… may be left out). */
export type LabelSchemaInput = NonNullable<ProjectInput['labelSchema']>;
export type QuestionInput = Element<LabelSchemaInput['questions']>;
export type JobsSummary = ResponseBody<'/api/jobs/summary', 'get'>;
export type JobCounts = JobsSummary['total'];
export type JobView = Element<ResponseBody<'/api/jobs', 'get'>['jobs']>;
export type ModelVersionView = Element<ResponseBody<'/api/projects/{project}/model/versions', 'get'>['versions']>;
export type CalibrationReport = ResponseBody<'/api/projects/{project}/model/calibration', 'get'>;
export type ThresholdAdvice = NonNullable<CalibrationReport['suggested']>;
export type WebhookView = Element<ResponseBody<'/api/projects/{project}/webhooks', 'get'>['webhooks']>;
export type WebhookDelivery = Element<
  ResponseBody<'/api/projects/{project}/webhooks/{webhookId}/deliveries', 'get'>['deliveries']
>;
export type ExportFormatInfo = Element<ResponseBody<'/api/export-formats', 'get'>['formats']>;
export type SnapshotView = Element<ResponseBody<'/api/projects/{project}/snapshots', 'get'>['snapshots']>;
export type MembersView = ResponseBody<'/api/projects/{project}/members', 'get'>;
export type ProjectRole = NonNullable<Element<MembersView['members']>['role']>;
