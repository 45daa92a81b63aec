import type { Answer } from '../../api/types';

/**
 * In-progress answers in localStorage, one entry per task, so a reload (or a crash) restores what
 * the person was doing. Entries carry the item and user: a task given back and claimed again may
 * come back as another slot of the same item, and a shared browser must not leak answers.
 */
export interface Draft {
  readonly taskId: number;
  readonly itemId: number;
  readonly userId: number;
  readonly answer: Answer;
  readonly idempotencyKey: string;
  readonly spentMs: number;
  readonly savedAt: number;
}

const PREFIX = 'tandem.draft.';
const MAX_AGE_MS = 7 * 24 * 3600_000;

function read(key: string): Draft | undefined {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Draft) : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(draft: Draft): void {
  try {
    localStorage.setItem(PREFIX + draft.taskId, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the answer is still on screen and in the outbox.
  }
}

export function removeDraft(taskId: number): void {
  localStorage.removeItem(PREFIX + taskId);
}

/** The draft for a task, else this user's latest draft for the same item (moved to the new task id). */
export function loadDraft(taskId: number, itemId: number, userId: number): Draft | undefined {
  const own = read(PREFIX + taskId);
  if (own && own.userId === userId && own.itemId === itemId) return own;
  let found: Draft | undefined;
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    const draft = read(key);
    if (draft && draft.userId === userId && draft.itemId === itemId && (!found || draft.savedAt > found.savedAt)) {
      found = draft;
    }
  }
  if (found && found.taskId !== taskId) {
    removeDraft(found.taskId);
    saveDraft({ ...found, taskId });
  }
  return found;
}

/** Forgets drafts older than a week (their tasks are long gone). */
export function pruneDrafts(now = Date.now()): void {
  const stale: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    const draft = read(key);
    if (!draft || now - draft.savedAt > MAX_AGE_MS) stale.push(key);
  }
  for (const key of stale) localStorage.removeItem(key);
}
