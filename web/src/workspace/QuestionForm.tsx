import type { Answer, LabelSchema } from '../api/types';

export interface QuestionFormProps {
  readonly schema: LabelSchema;
  readonly data: Record<string, unknown>;
  readonly answer: Answer;
  readonly onChange: (answer: Answer) => void;
  /** Field-path → message (e.g. "answer.verdict" from the server, or "verdict"). */
  readonly errors?: Readonly<Record<string, string>>;
  readonly readOnly?: boolean;
  /** Keyboard handling on (the workspace); off for previews embedded in other pages. */
  readonly keyboard?: boolean;
}

/** Placeholder: renders every question of a schema with its widget (being built). */
export function QuestionForm({ schema }: QuestionFormProps) {
  return <p className="text-sm text-slate-500">{schema.questions.length} question(s) — form being built.</p>;
}
