import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { Answer, LabelSchema, Question } from '../api/types';
import { messagesFor } from './answers';
import { QuestionWidget } from './widgets';
import { isPlainKey, isTypingTarget, useKeydown } from './widgets/hotkeys';

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

type ChoiceQuestion = Extract<Question, { type: 'single_choice' | 'multi_choice' }>;

/** The one choice question with an option whose own hotkey is `key`; undefined when none or several. */
function optionWithKey(schema: LabelSchema, key: string) {
  const found = schema.questions.flatMap((question, index) =>
    question.type === 'single_choice' || question.type === 'multi_choice'
      ? question.options
          .filter((option) => option.hotkey !== undefined && option.hotkey.toLowerCase() === key.toLowerCase())
          .map((option) => ({ question, index, value: option.value }))
      : [],
  );
  return found.length === 1 ? found[0] : undefined;
}

/** A single choice takes the option; a multiple choice toggles it. */
function chooseOption(question: ChoiceQuestion, previous: unknown, value: string): unknown {
  if (question.type === 'single_choice') return value;
  const chosen = Array.isArray(previous) ? (previous as unknown[]) : [];
  // In option order, as the widget keeps it.
  return question.options
    .map((option) => option.value)
    .filter((v) => (v === value ? !chosen.includes(v) : chosen.includes(v)));
}

/** Focuses a question: its text field when it has one (so typing just works), else the question. */
function focusQuestion(section: HTMLElement | null | undefined) {
  if (!section) return;
  (section.querySelector<HTMLElement>('[data-autofocus]') ?? section).focus({ preventScroll: false });
  section.scrollIntoView({ block: 'nearest' });
}

/**
 * Every question of a schema with its title, description, widget and errors. One question is
 * active at a time (highlighted; its widget owns the hotkeys): click it, or move with Tab /
 * Shift+Tab or [ and ]. `readOnly` shows someone's answer; `keyboard={false}` for previews.
 *
 * @example
 * <QuestionForm schema={project.labelSchema} data={item.data} answer={answer} onChange={setAnswer} />
 */
export function QuestionForm({
  schema,
  data,
  answer,
  onChange,
  errors,
  readOnly = false,
  keyboard = true,
}: QuestionFormProps) {
  const [active, setActive] = useState(0);
  const formId = useId();
  const root = useRef<HTMLDivElement>(null);
  const sections = useRef<(HTMLElement | null)[]>([]);
  const count = schema.questions.length;
  const current = Math.min(active, Math.max(0, count - 1));
  const keysOn = keyboard && !readOnly;

  const moveTo = (index: number) => {
    setActive(index);
    focusQuestion(sections.current[index]);
  };

  // A new form (the workspace keys it by task) puts the cursor in the first question's text field.
  // biome-ignore lint/correctness/useExhaustiveDependencies: on mount only
  useLayoutEffect(() => {
    if (keysOn) sections.current[0]?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, []);

  useKeydown(
    keysOn,
    (event) => {
      const typing = isTypingTarget(event.target);
      if (event.key === 'Tab' && !event.ctrlKey && !event.metaKey && !event.altKey) {
        const here = event.target === document.body || root.current?.contains(event.target as Node);
        const to = current + (event.shiftKey ? -1 : 1);
        if (!here || to < 0 || to >= count) return false; // leave the form the usual way
        moveTo(to);
        return true;
      }
      if (typing || !isPlainKey(event)) return false;
      if (event.key === ']' && current < count - 1) moveTo(current + 1);
      else if (event.key === '[' && current > 0) moveTo(current - 1);
      else {
        // An option's own key works from any question when exactly one question has it (the
        // active widget saw the key first and left it; issue 9, point 9).
        const target = optionWithKey(schema, event.key);
        if (!target) return false;
        onChange({
          ...answer,
          [target.question.name]: chooseOption(target.question, answer[target.question.name], target.value),
        });
        moveTo(target.index);
      }
      return true;
    },
    // On window, after the widgets' document listeners: a rubric uses Tab first for its criteria.
    { whileTyping: true, target: 'window' },
  );

  return (
    <div ref={root} className={`grid ${readOnly ? 'gap-2' : 'gap-3'}`}>
      {schema.questions.map((question, index) => {
        const isActive = keysOn && index === current;
        const messages = messagesFor(errors, question.name);
        const headingId = `${formId}-${question.name}`;
        const required = question.required ?? true;
        return (
          <section
            key={question.name}
            ref={(element) => {
              sections.current[index] = element;
            }}
            data-question={question.name}
            data-active={isActive || undefined}
            tabIndex={-1}
            aria-labelledby={headingId}
            aria-current={isActive ? 'true' : undefined}
            onFocus={() => setActive(index)}
            onPointerDown={() => setActive(index)}
            className={`rounded-xl border bg-white transition-shadow ${readOnly ? 'p-2.5' : 'p-4'} ${
              messages.length > 0
                ? 'border-red-300'
                : isActive && count > 1
                  ? 'border-brand-600 shadow-[0_0_0_3px_var(--color-brand-100)]'
                  : readOnly
                    ? 'border-transparent'
                    : 'border-slate-200'
            }`}
          >
            <header className={`flex items-start gap-2 ${readOnly ? 'mb-1.5' : 'mb-3'}`}>
              {count > 1 && (
                <span
                  aria-hidden="true"
                  className={`mt-0.5 flex h-5 min-w-5 items-center justify-center rounded-full px-1 text-xs font-semibold ${
                    isActive ? 'bg-brand-600 text-white' : 'bg-slate-100 text-slate-600'
                  }`}
                >
                  {index + 1}
                </span>
              )}
              <div className="min-w-0 flex-1">
                <h3 id={headingId} className="text-sm font-semibold text-slate-900">
                  {question.title ?? question.name}
                  {!required && <span className="ml-1.5 font-normal text-slate-500">(optional)</span>}
                </h3>
                {question.description && !readOnly && (
                  <p className="mt-0.5 text-sm text-slate-600">{question.description}</p>
                )}
              </div>
            </header>
            <QuestionWidget
              question={question}
              data={data}
              value={answer[question.name]}
              onChange={(value) => onChange({ ...answer, [question.name]: value })}
              active={isActive}
              error={messages[0]}
              readOnly={readOnly}
            />
            {messages.length > 0 && (
              <ul role="alert" className="mt-2 grid gap-0.5 text-sm text-red-700">
                {messages.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
