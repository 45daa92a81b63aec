import { useEffect, useRef, useState } from 'react';
import type { LabelSchema, Question, QuestionType } from '../api/types';
import { inputClass } from './Field';
import { FieldMessage, fieldId, useField } from './fieldErrors';
import { iconButton, smallButton } from './ListEditors';
import { QuestionEditor } from './QuestionEditor';
import { freshName, QUESTION_TYPE_NAMES, questionOfType } from './schemaSamples';

const ROOT = 'labelSchema.questions';

/** The label-schema editor: a form per question (add, remove, reorder) or the raw JSON. */
export function SchemaEditor({
  scope,
  schema,
  onChange,
  jsonText,
  onJsonTextChange,
}: {
  scope: string;
  schema: LabelSchema;
  onChange: (schema: LabelSchema) => void;
  /** The raw JSON being edited, or null in form mode. */
  jsonText: string | null;
  onJsonTextChange: (text: string | null) => void;
}) {
  const parsed = jsonText === null ? schema : parseSchemaJson(jsonText);
  const jsonProblem = typeof parsed === 'string' ? parsed : null;
  const toggle = () => {
    if (jsonText === null) return onJsonTextChange(JSON.stringify(schema, null, 2));
    if (typeof parsed === 'string') return document.getElementById(fieldId(scope, 'labelSchema'))?.focus();
    onChange(parsed);
    onJsonTextChange(null);
  };
  return (
    <section
      aria-labelledby={`${scope}-schema-heading`}
      className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      <div className="flex items-center justify-between gap-4">
        <h2 id={`${scope}-schema-heading`} className="text-base font-semibold">
          Label schema
        </h2>
        <button type="button" className={smallButton} aria-pressed={jsonText !== null} onClick={toggle}>
          {jsonText === null ? 'Edit as JSON' : 'Back to the form'}
        </button>
      </div>
      {jsonText === null ? (
        <QuestionList scope={scope} schema={schema} onChange={onChange} />
      ) : (
        <SchemaJson
          text={jsonText}
          problem={jsonProblem}
          onChange={(text) => {
            onJsonTextChange(text);
            const next = parseSchemaJson(text);
            if (typeof next !== 'string') onChange(next);
          }}
        />
      )}
    </section>
  );
}

/** The schema from JSON text, or why the form cannot show it. */
export function parseSchemaJson(text: string): LabelSchema | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `Not valid JSON: ${(error as Error).message}`;
  }
  const questions = (value as { questions?: unknown } | null)?.questions;
  if (!Array.isArray(questions) || questions.some((q) => typeof q !== 'object' || q === null || !('type' in q))) {
    return 'Expected {"questions": [...]} with a type on every question';
  }
  return value as LabelSchema;
}

function SchemaJson({
  text,
  problem,
  onChange,
}: {
  text: string;
  problem: string | null;
  onChange: (t: string) => void;
}) {
  const field = useField('labelSchema');
  const messages = problem ? [problem, ...field.messages] : field.messages;
  return (
    <div className="mt-3">
      <label htmlFor={field.id} className="block text-xs font-medium text-slate-700">
        Schema JSON
      </label>
      <textarea
        {...field.inputProps}
        aria-invalid={messages.length > 0 || undefined}
        aria-describedby={messages.length > 0 ? field.errorId : undefined}
        value={text}
        rows={22}
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
        className={`${inputClass} mt-1 font-mono text-xs`}
      />
      <FieldMessage id={field.errorId} messages={messages} />
    </div>
  );
}

function QuestionList({
  scope,
  schema,
  onChange,
}: {
  scope: string;
  schema: LabelSchema;
  onChange: (s: LabelSchema) => void;
}) {
  const list = useField(ROOT);
  const [newType, setNewType] = useState<QuestionType>('single_choice');
  // Stable keys, so moving a question moves its inputs (and their typed state) with it.
  const nextKey = useRef(schema.questions.length);
  const [keys, setKeys] = useState(() => schema.questions.map((_, i) => i));
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const questions = schema.questions;
  const rowKeys = keys.length === questions.length ? keys : questions.map((_, i) => i);
  useEffect(() => {
    if (!focusTarget) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const update = (next: Question[], nextKeys: number[]) => {
    setKeys(nextKeys);
    onChange({ ...schema, questions: next });
  };
  const move = (index: number, by: -1 | 1) => {
    const to = index + by;
    const q = [...questions];
    const k = [...rowKeys];
    [q[index], q[to]] = [q[to] as Question, q[index] as Question];
    [k[index], k[to]] = [k[to] as number, k[index] as number];
    update(q, k);
    // Keep focus on the moved question's button, or its other one once it reaches an end.
    const direction = by < 0 ? (to > 0 ? 'up' : 'down') : to < q.length - 1 ? 'down' : 'up';
    setFocusTarget(`${scope}-q${k[to]}-${direction}`);
  };
  const add = () => {
    const name = freshName(schema, newType === 'approval' ? 'approval' : (newType.split('_')[0] ?? 'question'));
    const key = nextKey.current++;
    update([...questions, questionOfType(newType, { name })], [...rowKeys, key]);
    setFocusTarget(fieldId(scope, `${ROOT}.${questions.length}.name`));
  };

  return (
    <div className="mt-3">
      <ol className="space-y-4">
        {questions.map((question, index) => {
          const key = rowKeys[index] ?? index;
          return (
            <li key={key} className="rounded-lg border border-slate-200 bg-slate-50/60 p-4">
              <div className="mb-3 flex items-center gap-2">
                <h3 className="flex-1 text-sm font-semibold text-slate-800">
                  Question {index + 1}
                  <span className="ml-2 font-mono text-xs font-normal text-slate-500">{question.name}</span>
                </h3>
                <button
                  id={`${scope}-q${key}-up`}
                  type="button"
                  className={iconButton}
                  disabled={index === 0}
                  aria-label={`Move question ${index + 1} up`}
                  onClick={() => move(index, -1)}
                >
                  ↑
                </button>
                <button
                  id={`${scope}-q${key}-down`}
                  type="button"
                  className={iconButton}
                  disabled={index === questions.length - 1}
                  aria-label={`Move question ${index + 1} down`}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </button>
                <button
                  id={`${scope}-q${key}-remove`}
                  type="button"
                  className={`${iconButton} hover:text-red-700`}
                  aria-label={`Remove question ${index + 1}`}
                  onClick={() =>
                    update(
                      questions.filter((_, i) => i !== index),
                      rowKeys.filter((_, i) => i !== index),
                    )
                  }
                >
                  ✕
                </button>
              </div>
              <QuestionEditor
                path={`${ROOT}.${index}`}
                question={question}
                onChange={(next) =>
                  update(
                    questions.map((q, i) => (i === index ? next : q)),
                    rowKeys,
                  )
                }
              />
            </li>
          );
        })}
      </ol>
      <div id={list.id} tabIndex={-1} className="mt-4 flex items-end gap-2 rounded-md">
        <div>
          <label htmlFor={`${scope}-new-type`} className="block text-xs font-medium text-slate-700">
            New question type
          </label>
          <select
            id={`${scope}-new-type`}
            value={newType}
            onChange={(e) => setNewType(e.target.value as QuestionType)}
            className={`${inputClass} mt-1`}
          >
            {QUESTION_TYPE_NAMES.map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          onClick={add}
          className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
        >
          Add question
        </button>
      </div>
      <FieldMessage id={list.errorId} messages={list.messages} />
    </div>
  );
}
