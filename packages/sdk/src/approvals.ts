import type { TandemClient } from './client.js';
import { ApprovalRejectedError, TandemApiError } from './errors.js';
import type { Decision, ItemInput, ItemWithDecision, Project, Question } from './types.js';

/** The longest one long-poll may wait on the server (MAX_WAIT_SECONDS there). */
const SERVER_MAX_WAIT_SECONDS = 60;

/** A pending agent action as Tandem's approvals inbox shows it. */
export interface AgentAction {
  /** The tool (function) the agent wants to call. */
  readonly tool: string;
  /** Its arguments, as the agent proposed them; a reviewer may edit them. */
  readonly arguments: Record<string, unknown>;
  /** Anything else worth showing the reviewer (why, for whom…). */
  readonly [key: string]: unknown;
}

export interface RequestApprovalOptions {
  /** Project id or slug; its label schema must have an `approval` question. */
  readonly project: string | number;
  readonly action: AgentAction;
  /**
   * How long this call waits for a person, in seconds. The project's policy (`approval.timeoutSeconds`
   * and `defaultOutcome`) decides on the server when nobody answers in time; this is the agent's own
   * limit, for when it must not wait as long as the project would.
   */
  readonly timeoutSeconds?: number;
  /** The outcome returned when `timeoutSeconds` passes with no decision: `reject` by default. */
  readonly defaultOutcome?: 'approve' | 'reject';
  /** Re-sending with the same key returns the same pending action (default: a fresh random key). */
  readonly idempotencyKey?: string;
  /** Extra item metadata (tags, risk: 'high'…), used by routing rules. */
  readonly metadata?: Record<string, string | number | boolean | null | string[]>;
  readonly signal?: AbortSignal;
}

/** What a person (or the timeout) decided. `arguments` are the ones to run with (edited or as proposed). */
export type ApprovalOutcome =
  | { readonly outcome: 'approve'; readonly arguments: Record<string, unknown>; readonly meta: OutcomeMeta }
  | { readonly outcome: 'edit'; readonly arguments: Record<string, unknown>; readonly meta: OutcomeMeta }
  | { readonly outcome: 'reject'; readonly reason: string | undefined; readonly meta: OutcomeMeta };

export interface OutcomeMeta {
  readonly itemId: number;
  /** `timeout` when the project's default outcome applied; `client-timeout` when this call's own limit did. */
  readonly method: Decision['method'] | 'client-timeout';
  readonly decision: Decision | null;
}

/**
 * Asks a person to approve, reject or edit an agent action, and waits for the answer: the action
 * becomes an item of an approval project, then the call long-polls its decision (reconnecting
 * after network failures) until a person decides, the project's timeout applies its default, or
 * `timeoutSeconds` passes here.
 *
 * @example
 * const result = await requestApproval(tandem, {
 *   project: 'agent-approvals',
 *   action: { tool: 'refund', arguments: { orderId: 'A-17', amount: 120 } },
 *   timeoutSeconds: 300,
 * });
 * if (result.outcome !== 'reject') await refund(result.arguments);
 */
export async function requestApproval(tandem: TandemClient, options: RequestApprovalOptions): Promise<ApprovalOutcome> {
  const question = await findQuestion(tandem, options.project, 'approval');
  const field = (question as { field?: string }).field ?? 'action';
  const { decision, itemId } = await submitAndWait(tandem, {
    project: options.project,
    data: { [field]: options.action },
    metadata: options.metadata,
    idempotencyKey: options.idempotencyKey,
    timeoutSeconds: options.timeoutSeconds,
    signal: options.signal,
  });
  if (!decision) {
    const meta = { itemId, method: 'client-timeout' as const, decision: null };
    return (options.defaultOutcome ?? 'reject') === 'approve'
      ? { outcome: 'approve', arguments: options.action.arguments, meta }
      : { outcome: 'reject', reason: `No decision within ${options.timeoutSeconds} s`, meta };
  }
  const answer = (decision.answer as Record<string, unknown>)[question.name] as
    | { decision: 'approve' }
    | { decision: 'reject'; reason?: string }
    | { decision: 'edit'; arguments: Record<string, unknown> }
    | undefined;
  const meta = { itemId, method: decision.method, decision };
  if (answer?.decision === 'approve') return { outcome: 'approve', arguments: options.action.arguments, meta };
  if (answer?.decision === 'edit') return { outcome: 'edit', arguments: answer.arguments, meta };
  return { outcome: 'reject', reason: answer?.decision === 'reject' ? answer.reason : undefined, meta };
}

export interface AskHumanOptions {
  /** Project id or slug: its label schema holds the question(s) people answer. */
  readonly project: string | number;
  /** What people see beside the question (text, a transcript, URLs…). */
  readonly data?: Record<string, unknown>;
  /** The question in words; stored as `data.question` so the project's guidelines can point at it. */
  readonly question?: string;
  readonly timeoutSeconds?: number;
  readonly idempotencyKey?: string;
  readonly signal?: AbortSignal;
}

export interface HumanAnswer {
  readonly itemId: number;
  /** The decided answer, keyed by question name; null when nobody answered within `timeoutSeconds`. */
  readonly answer: Record<string, unknown> | null;
  /** The answer to the project's first question (its value alone), for one-question projects. */
  readonly value: unknown;
  readonly decision: Decision | null;
}

/**
 * Asks people a question (the project's schema says which kind: choices, a rating, free text…)
 * about `data`, and waits for the decided answer.
 *
 * @example
 * const { value } = await askHuman(tandem, { project: 'triage', data: { ticket }, question: 'Is this a refund request?' });
 */
export async function askHuman(tandem: TandemClient, options: AskHumanOptions): Promise<HumanAnswer> {
  const project = await getProject(tandem, options.project);
  const first = project.labelSchema.questions[0];
  const { decision, itemId } = await submitAndWait(tandem, {
    project: options.project,
    data: { ...(options.data ?? {}), ...(options.question === undefined ? {} : { question: options.question }) },
    idempotencyKey: options.idempotencyKey,
    timeoutSeconds: options.timeoutSeconds,
    signal: options.signal,
  });
  const answer = decision ? (decision.answer as Record<string, unknown>) : null;
  return { itemId, answer, value: answer && first ? answer[first.name] : undefined, decision };
}

export interface RequireApprovalOptions<Args> extends Omit<RequestApprovalOptions, 'action'> {
  /** The tool name the reviewer sees (default: the function's name). */
  readonly tool?: string;
  /** Turns the call's arguments into the action's arguments (default: the first argument). */
  readonly describe?: (args: Args) => Record<string, unknown>;
  /** Turns edited arguments back into the call's arguments (default: `[edited, ...rest]`). */
  readonly rebuild?: (edited: Record<string, unknown>, original: Args) => Args;
}

/**
 * Wraps any async tool function so each call first waits for a person: approve runs it as asked,
 * edit runs it with the edited arguments, reject throws `ApprovalRejectedError`.
 *
 * @example
 * const safeRefund = requireApproval(tandem, refund, { project: 'agent-approvals' });
 * await safeRefund({ orderId: 'A-17', amount: 120 }); // runs only once a person approved
 */
export function requireApproval<Args extends unknown[], Result>(
  tandem: TandemClient,
  fn: (...args: Args) => Promise<Result>,
  options: RequireApprovalOptions<Args>,
): (...args: Args) => Promise<Result> {
  const tool = options.tool ?? (fn.name || 'tool');
  const describe = options.describe ?? ((args: Args) => (args[0] ?? {}) as Record<string, unknown>);
  const rebuild =
    options.rebuild ?? ((edited: Record<string, unknown>, original: Args) => [edited, ...original.slice(1)] as Args);
  return async (...args: Args) => {
    const { describe: _d, rebuild: _r, tool: _t, ...request } = options;
    const result = await requestApproval(tandem, { ...request, action: { tool, arguments: describe(args) } });
    if (result.outcome === 'reject') throw new ApprovalRejectedError(tool, result.reason, result.meta.itemId);
    return fn(...(result.outcome === 'edit' ? rebuild(result.arguments, args) : args));
  };
}

/** Lists pending agent actions (the approvals inbox) this token may see. */
export async function listPendingApprovals(tandem: TandemClient) {
  const { data } = await tandem.GET('/api/approvals');
  return data?.approvals ?? [];
}

/** The current decision of an item, or null while it is undecided. */
export async function getDecision(
  tandem: TandemClient,
  project: string | number,
  itemId: number,
  waitSeconds = 0,
): Promise<Decision | null> {
  const { data } = await tandem.GET('/api/projects/{project}/items/{itemId}/decision', {
    params: { path: { project: String(project), itemId: String(itemId) }, query: { wait: String(waitSeconds) } },
  });
  return data && 'answer' in data ? (data as Decision) : null;
}

const projectCache = new WeakMap<TandemClient, Map<string, Promise<Project>>>();

/** A project's definition, read once per client (schemas change rarely; a failed read is forgotten). */
function getProject(tandem: TandemClient, project: string | number): Promise<Project> {
  const cache = projectCache.get(tandem) ?? new Map<string, Promise<Project>>();
  projectCache.set(tandem, cache);
  const key = String(project);
  let pending = cache.get(key);
  if (!pending) {
    pending = tandem
      .GET('/api/projects/{project}', { params: { path: { project: key } } })
      .then(({ data }) => data as Project);
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

async function findQuestion(tandem: TandemClient, project: string | number, type: Question['type']): Promise<Question> {
  const found = (await getProject(tandem, project)).labelSchema.questions.find((q) => q.type === type);
  if (!found) {
    throw new TandemApiError(400, 'NOT_AN_APPROVAL_PROJECT', `Project ${project} has no ${type} question`, [
      { path: 'project', message: `its label schema needs a question of type ${type}` },
    ]);
  }
  return found;
}

interface SubmitAndWait {
  readonly project: string | number;
  readonly data: Record<string, unknown>;
  readonly metadata?: Record<string, string | number | boolean | null | string[]> | undefined;
  readonly idempotencyKey?: string | undefined;
  readonly timeoutSeconds?: number | undefined;
  readonly signal?: AbortSignal | undefined;
}

/**
 * Adds the item (with an external id, so a retried create cannot make a second one) and
 * long-polls its decision until decided or `timeoutSeconds` passes. A dropped connection is
 * retried with back-off: the item is already stored, only the wait is repeated.
 */
async function submitAndWait(
  tandem: TandemClient,
  request: SubmitAndWait,
): Promise<{ itemId: number; decision: Decision | null }> {
  const deadline =
    request.timeoutSeconds === undefined ? Number.POSITIVE_INFINITY : Date.now() + request.timeoutSeconds * 1_000;
  const waitFor = () => Math.max(0, Math.min(SERVER_MAX_WAIT_SECONDS, Math.ceil((deadline - Date.now()) / 1_000)));
  const externalId = request.idempotencyKey ?? `sdk-${globalThis.crypto.randomUUID()}`;
  const body = {
    externalId,
    data: request.data,
    ...(request.metadata ? { metadata: request.metadata as ItemInput['metadata'] } : {}),
  } satisfies ItemInput;
  const created = await reconnecting(request.signal, deadline, async () => {
    const { data } = await tandem.POST('/api/projects/{project}/items', {
      params: { path: { project: String(request.project) }, query: { wait: String(waitFor()) } },
      body,
      ...(request.signal ? { signal: request.signal } : {}),
    });
    return data as ItemWithDecision;
  });
  let decision = created.decision as Decision | null;
  while (!decision && Date.now() < deadline) {
    request.signal?.throwIfAborted();
    const wait = waitFor();
    if (wait === 0) break;
    const next = await reconnecting(request.signal, deadline, () =>
      getDecision(tandem, request.project, created.id, wait),
    );
    decision = next;
  }
  return { itemId: created.id, decision };
}

/** Runs `attempt`, trying again after network failures and 5xx answers until the deadline. */
async function reconnecting<T>(
  signal: AbortSignal | undefined,
  deadline: number,
  attempt: () => Promise<T>,
): Promise<T> {
  for (let delay = 500; ; delay = Math.min(delay * 2, 10_000)) {
    try {
      return await attempt();
    } catch (error) {
      const transient =
        error instanceof TandemApiError && (error.status === 0 || error.status >= 500 || error.status === 429);
      if (!transient || signal?.aborted || Date.now() + delay >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
