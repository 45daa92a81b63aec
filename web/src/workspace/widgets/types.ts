import type { Question } from '../../api/types';

/**
 * The contract every question widget follows. The workspace owns the answer; a widget shows one
 * question's value and reports changes. Only the active widget listens to its hotkeys.
 */
export interface WidgetProps<Q extends Question = Question> {
  readonly question: Q;
  /** The item's data (texts, URLs, candidates, the agent action…). */
  readonly data: Record<string, unknown>;
  /** The current value for this question; undefined when unanswered. */
  readonly value: unknown;
  readonly onChange: (value: unknown) => void;
  /** True when this question has the keyboard: its hotkeys are live. */
  readonly active: boolean;
  /** A validation message for this question (from the server or the client). */
  readonly error?: string | undefined;
  /** Show only (adjudication shows each person's answer read-only). */
  readonly readOnly?: boolean;
}
