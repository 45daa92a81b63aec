import { Component, type ReactNode, useId, useMemo, useRef, useState } from 'react';
import type { Answer, LabelSchema } from '../api/types';
import { QuestionForm } from '../workspace/QuestionForm';
import { inputClass } from './Field';
import { smallButton } from './ListEditors';
import { sampleDataFor } from './schemaSamples';

/**
 * The workspace as annotators will see it, over a sample item. The sample follows the schema
 * (a text for spans, two fields for pairwise…) until the person edits it as JSON.
 */
export function SchemaPreview({ schema }: { schema: LabelSchema }) {
  const id = useId();
  const schemaKey = JSON.stringify(schema);
  const [customSample, setCustomSample] = useState<string | null>(null);
  const [answer, setAnswer] = useState<{ key: string; value: Answer }>({ key: schemaKey, value: {} });
  const suggested = useMemo(() => JSON.stringify(sampleDataFor(schema), null, 2), [schema]);
  const sampleText = customSample ?? suggested;
  const parsed = useMemo(() => parseSample(sampleText), [sampleText]);
  // While the sample JSON is being typed (and invalid), keep showing the last good one.
  const lastGood = useRef<Record<string, unknown>>({});
  if (typeof parsed !== 'string') lastGood.current = parsed;
  const data = typeof parsed === 'string' ? lastGood.current : parsed;
  const currentAnswer = answer.key === schemaKey ? answer.value : {};

  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id={`${id}-heading`} className="text-base font-semibold">
          Live preview
        </h2>
        <span className="text-xs text-slate-500">What annotators see</span>
      </div>
      <div className="mt-3 max-h-[calc(100vh-18rem)] overflow-auto rounded-lg border border-dashed border-slate-300 bg-slate-50 p-4">
        {schema.questions.length === 0 ? (
          <p className="text-sm text-slate-500">Add a question to see it here.</p>
        ) : (
          <PreviewBoundary key={schemaKey + JSON.stringify(data)}>
            <QuestionForm
              schema={schema}
              data={data}
              answer={currentAnswer}
              onChange={(value) => setAnswer({ key: schemaKey, value })}
              keyboard={false}
            />
          </PreviewBoundary>
        )}
      </div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-xs font-medium text-slate-700">Answer as it would be sent</summary>
        <pre className="mt-1 max-h-32 overflow-auto rounded bg-slate-900 p-2 text-xs text-slate-100">
          {JSON.stringify(currentAnswer, null, 2)}
        </pre>
      </details>
      <div className="mt-3">
        <div className="flex items-end justify-between">
          <label htmlFor={`${id}-sample`} className="block text-xs font-medium text-slate-700">
            Sample item data (JSON)
          </label>
          {customSample !== null && (
            <button type="button" className={smallButton} onClick={() => setCustomSample(null)}>
              Reset sample
            </button>
          )}
        </div>
        <textarea
          id={`${id}-sample`}
          value={sampleText}
          rows={6}
          spellCheck={false}
          aria-invalid={typeof parsed === 'string' || undefined}
          aria-describedby={typeof parsed === 'string' ? `${id}-sample-error` : undefined}
          onChange={(e) => setCustomSample(e.target.value)}
          className={`${inputClass} mt-1 font-mono text-xs`}
        />
        {typeof parsed === 'string' && (
          <p id={`${id}-sample-error`} className="mt-1 text-xs font-medium text-red-700">
            {parsed}
          </p>
        )}
      </div>
    </section>
  );
}

function parseSample(text: string): Record<string, unknown> | string {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'The sample must be a JSON object';
    return value as Record<string, unknown>;
  } catch (error) {
    return `Not valid JSON: ${(error as Error).message}`;
  }
}

/** A half-edited schema must not take the page down with it. */
class PreviewBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (this.state.failed)
      return (
        <p className="text-sm text-amber-800">
          The preview cannot show this schema yet; finish editing or save to check it.
        </p>
      );
    return this.props.children;
  }
}
