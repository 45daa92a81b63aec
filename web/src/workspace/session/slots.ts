import type { ApiError } from '../../api/client';
import type { Answer, ClaimedTask, LabelSchema } from '../../api/types';
import { initialAnswer } from '../answers';
import { loadDraft, saveDraft } from './drafts';

/** A claimed task in the workspace: on screen, prefetched, or waiting in the outbox. */
export interface Slot {
  readonly claimed: ClaimedTask;
  readonly answer: Answer;
  /** Earlier answers, newest last, for undo. */
  readonly history: readonly Answer[];
  /** Field path → message, from the client checks or the server's 422. */
  readonly errors: Readonly<Record<string, string>>;
  /** The answer started from the model's pre-label. */
  readonly fromPrediction: boolean;
  /** The answer came back from a draft saved before a reload. */
  readonly restored: boolean;
  /** One key per task, reused by every retry of its submit, so it counts once. */
  readonly idempotencyKey: string;
  /** Time spent before `shownAt`. */
  readonly spentMs: number;
  /** When it was last put on screen (null while not on screen). */
  readonly shownAt: number | null;
  /** The heartbeat found the task taken by someone else. */
  readonly leaseLost: boolean;
  /** How long a lease lasts in this project (from the claim), for the heartbeat rhythm. */
  readonly leaseMs: number;
}

export interface OutboxEntry {
  readonly slot: Slot;
  readonly timeSpentMs: number;
  /** sending: first try; retrying: the network or server failed, trying again; failed: refused. */
  readonly state: 'sending' | 'retrying' | 'failed';
  readonly error: ApiError | null;
}

const taskId = (slot: Slot) => slot.claimed.task.id;

export { taskId };

function newKey(task: number): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  return `task-${task}-${random}`;
}

/** A slot for a freshly claimed task: the saved draft if any, else the pre-label and pre-fills. */
export function makeSlot(claimed: ClaimedTask, schema: LabelSchema, userId: number, now = Date.now()): Slot {
  const { task, item } = claimed;
  const draft = loadDraft(task.id, item.id, userId);
  const adjudication = task.phase === 'adjudication';
  const start = adjudication ? {} : initialAnswer(schema, item);
  return {
    claimed,
    answer: draft?.answer ?? start,
    history: [],
    errors: {},
    fromPrediction: !draft && !adjudication && Object.keys(item.prediction ?? {}).length > 0,
    restored: draft !== undefined,
    idempotencyKey: draft && draft.taskId === task.id ? draft.idempotencyKey : newKey(task.id),
    spentMs: draft?.spentMs ?? 0,
    shownAt: null,
    leaseLost: false,
    leaseMs: Math.max(10_000, Date.parse(task.leaseExpiresAt) - now),
  };
}

export function timeSpent(slot: Slot, now = Date.now()): number {
  return Math.max(0, Math.round(slot.spentMs + (slot.shownAt === null ? 0 : now - slot.shownAt)));
}

export function shown(slot: Slot, now = Date.now()): Slot {
  return { ...slot, shownAt: now };
}

/** Takes a slot off screen, keeping the time spent so far. */
export function hidden(slot: Slot, now = Date.now()): Slot {
  return { ...slot, spentMs: timeSpent(slot, now), shownAt: null };
}

export function persist(slot: Slot, userId: number): void {
  saveDraft({
    taskId: slot.claimed.task.id,
    itemId: slot.claimed.item.id,
    userId,
    answer: slot.answer,
    idempotencyKey: slot.idempotencyKey,
    spentMs: timeSpent(slot),
    savedAt: Date.now(),
  });
}

/** The server's field details as a path → message map (first message per path). */
export function errorsFrom(error: ApiError | null): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const detail of error?.details ?? []) errors[detail.path] ??= detail.message;
  return errors;
}

/** Drops the messages of questions whose value changed (the person is fixing them). */
export function keepErrorsOfUnchanged(errors: Readonly<Record<string, string>>, before: Answer, after: Answer) {
  const kept: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const name = (path.startsWith('answer.') ? path.slice(7) : path).split('.')[0] ?? '';
    if (before[name] === after[name]) kept[path] = message;
  }
  return kept;
}
