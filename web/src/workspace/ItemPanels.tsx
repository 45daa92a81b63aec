import { lazy, Suspense } from 'react';
import type { Answer, LabelSchema, Question } from '../api/types';
import { ItemData } from './DataValue';
import { describeAnswer, formatConfidence } from './describeAnswer';
import { QuestionForm } from './QuestionForm';
import type { Slot } from './session/slots';

/** The item's data (minus fields a widget shows itself), with the model's pre-label on top. */
export function ItemPanel({ slot, hidden, schema }: { slot: Slot; hidden: readonly string[]; schema: LabelSchema }) {
  const { item } = slot.claimed;
  const fields = Object.keys(item.data).filter((name) => !hidden.includes(name));
  if (fields.length === 0 && !item.prediction) return null;
  return (
    <section aria-label="Item" className="min-w-0 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <PreLabel slot={slot} schema={schema} />
      <ItemData data={item.data} hidden={hidden} />
    </section>
  );
}

/** Question types whose pre-label is best seen drawn (highlighted text, boxes, an order). */
const DRAWN = new Set<Question['type']>(['spans', 'bbox', 'ranking']);

/** The model's answer in words, per question: "Spam" or "verdict: Spam · entities: 2 spans: …". */
export function describePrediction(schema: LabelSchema, prediction: Answer, data: Record<string, unknown>): string {
  const predicted = schema.questions.filter((q) => prediction[q.name] !== undefined);
  return predicted
    .map((q) => {
      const words = describeAnswer(q, prediction[q.name], data);
      return predicted.length === 1 ? words : `${q.title ?? q.name}: ${words}`;
    })
    .join(' · ');
}

/**
 * The model's pre-label: in words, with the confidence the routing rules compare, and (for spans,
 * boxes and rankings) drawn like an answer on demand — open at once when the answer below does not
 * start from it.
 */
export function PreLabel({ slot, schema }: { slot: Slot; schema: LabelSchema }) {
  const { prediction, confidence, data } = slot.claimed.item;
  if (!prediction || Object.keys(prediction).length === 0) return null;
  const percent = confidence === null ? null : Math.round(confidence * 100);
  const tone =
    percent === null
      ? 'bg-slate-400'
      : percent >= 80
        ? 'bg-emerald-500'
        : percent >= 50
          ? 'bg-amber-500'
          : 'bg-red-500';
  const drawn = schema.questions.filter((q) => DRAWN.has(q.type) && prediction[q.name] !== undefined);
  return (
    <div className="mb-4 rounded-lg bg-slate-50 px-3 py-2 text-sm text-slate-700 last:mb-0">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span>
          <span className="font-medium">Model pre-label:</span>{' '}
          <span className="text-slate-900">{describePrediction(schema, prediction, data)}</span>
        </span>
        {confidence !== null && (
          <span className="flex items-center gap-2" title="The value routing rules compare (e.g. confidence ≥ 0.95)">
            <span aria-hidden="true" className="h-1.5 w-20 overflow-hidden rounded-full bg-slate-200">
              <span className={`block h-full ${tone}`} style={{ width: `${percent}%` }} />
            </span>
            <span className="tabular-nums">confidence {formatConfidence(confidence)}</span>
          </span>
        )}
        {slot.fromPrediction && <span className="text-slate-500">pre-filled below — check it</span>}
      </div>
      {drawn.length > 0 && (
        <details open={!slot.fromPrediction} className="mt-2">
          <summary className="cursor-pointer text-xs font-medium text-slate-600">Show the model's answer</summary>
          <div className="mt-2 rounded-lg bg-white p-2">
            <QuestionForm
              schema={{ questions: drawn }}
              data={data}
              answer={prediction}
              onChange={() => {}}
              readOnly
              keyboard={false}
            />
          </div>
        </details>
      )}
    </div>
  );
}

/** Says that the answer on screen is one saved before a reload. */
export function RestoredNote({ slot }: { slot: Slot }) {
  if (!slot.restored) return null;
  return (
    <p role="status" className="rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-700">
      Your saved answer was restored — you can carry on where you left off.
    </p>
  );
}

// The Markdown renderer is a large chunk: load it beside the first item, not before it.
const Markdown = lazy(() => import('../components/Markdown').then((module) => ({ default: module.Markdown })));

/** The project's guidelines beside the work. */
export function GuidelinesPanel({ source, sticky = true }: { source: string; sticky?: boolean }) {
  return (
    <aside
      aria-label="Guidelines"
      className={`min-w-0 self-start rounded-xl border border-slate-200 bg-white p-4 shadow-sm ${
        sticky ? 'lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto' : ''
      }`}
    >
      <h2 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">Guidelines</h2>
      <Suspense fallback={<p className="min-h-16 text-sm text-slate-500">Loading the guidelines…</p>}>
        <Markdown source={source} />
      </Suspense>
    </aside>
  );
}
