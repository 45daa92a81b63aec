import { useRef, useState } from 'react';
import type { Answer, LabelSchema, Project } from '../api/types';
import { formatConfidence } from './describeAnswer';
import { describePrediction, GuidelinesPanel, ItemPanel } from './ItemPanels';
import { QuestionForm } from './QuestionForm';
import type { Slot } from './session/slots';
import { isWideQuestion } from './widgets';
import { digitIndex, isKey, isPlainKey, isTypingTarget, useKeydown } from './widgets/hotkeys';
import { Kbd } from './widgets/parts';

interface AdjudicationViewProps {
  readonly project: Project;
  readonly slot: Slot;
  readonly onChange: (answer: Answer) => void;
  readonly showGuidelines: boolean;
}

interface Candidate {
  readonly key: string;
  readonly title: string;
  readonly detail: string;
  readonly answer: Answer;
}

function seconds(ms: number | null): string {
  if (ms === null) return 'time not recorded';
  return ms < 60_000
    ? `${Math.round(ms / 1000)} s`
    : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/**
 * People disagreed: every response side by side (read-only), the agreement and the pre-label.
 * Keys 1–9 (P for the pre-label) copy an answer into the final answer, which stays editable:
 * E moves the keyboard into it, Escape back to choosing. Submit as usual.
 */
export function AdjudicationView({ project, slot, onChange, showGuidelines }: AdjudicationViewProps) {
  const { item, adjudication } = slot.claimed;
  const schema = project.labelSchema;
  const [editing, setEditing] = useState(false);
  const [used, setUsed] = useState<string | null>(null);
  const finalRef = useRef<HTMLDivElement>(null);
  const names = new Set(schema.questions.map((q) => q.name));
  const pick = (answer: Answer) => Object.fromEntries(Object.entries(answer).filter(([name]) => names.has(name)));

  const candidates: Candidate[] = (adjudication?.responses ?? []).map((response, index) => ({
    key: String(index + 1),
    title: response.username,
    detail: seconds(response.timeSpentMs),
    answer: pick(response.answer),
  }));
  const preLabel: Candidate | null =
    item.prediction && Object.keys(item.prediction).length > 0
      ? {
          key: 'P',
          title: 'Model pre-label',
          detail: item.confidence === null ? '' : `confidence ${formatConfidence(item.confidence)}`,
          answer: pick(item.prediction),
        }
      : null;
  const use = (candidate: Candidate) => {
    setUsed(candidate.key);
    onChange({ ...candidate.answer });
  };
  const edit = () => {
    setEditing(true);
    finalRef.current?.querySelector<HTMLElement>('[data-question]')?.focus();
  };

  useKeydown(true, (event) => {
    if (editing) {
      if (event.key !== 'Escape' || isTypingTarget(event.target)) return false;
      setEditing(false);
      (document.activeElement as HTMLElement | null)?.blur();
      return true;
    }
    if (!isPlainKey(event)) return false;
    if (isKey(event, 'e')) {
      edit();
      return true;
    }
    const index = digitIndex(event);
    const candidate = isKey(event, 'p') ? preLabel : candidates[index];
    if (!candidate) return false;
    use(candidate);
    return true;
  });

  const agreement = Math.round((adjudication?.agreement ?? 0) * 100);
  const perQuestion = questionAgreement(schema, candidates);
  const differ = perQuestion.filter((q) => q.agreeing < q.answered);
  // Narrow questions: the answers sit beside the item, so a long item needs no scrolling to compare.
  const beside = !schema.questions.some(isWideQuestion);
  const finalAnswer = (
    <section
      ref={finalRef}
      aria-labelledby="final-answer"
      onFocus={() => setEditing(true)}
      onPointerDown={() => setEditing(true)}
      className={`rounded-xl border bg-white p-3 shadow-sm ${editing ? 'border-brand-600' : 'border-dashed border-slate-400'}`}
    >
      <h2 id="final-answer" className="text-sm font-semibold text-slate-900">
        Final answer
      </h2>
      <p className="mb-2 text-xs text-slate-600">
        {editing ? (
          <>
            Keys go to the questions; <Kbd>Esc</Kbd> goes back to choosing.
          </>
        ) : (
          <>
            Use an answer, then <Kbd>E</Kbd> to change it.
          </>
        )}
      </p>
      <QuestionForm
        schema={schema}
        data={item.data}
        answer={slot.answer}
        onChange={onChange}
        errors={slot.errors}
        keyboard={editing}
      />
    </section>
  );
  const summary = (
    <section
      aria-label="Where people differ"
      className="rounded-xl border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
    >
      <p className="font-semibold">
        {candidates.length} people answered ·{' '}
        {differ.length === 0 ? 'their answers match' : `they differ on ${differ.map((q) => q.title).join(', ')}`}
        <span className="ml-2 font-normal text-amber-800">(item agreement {agreement}%)</span>
      </p>
      <ul className="mt-1 grid gap-0.5">
        {perQuestion.map((q) => (
          <li key={q.name}>
            <span className="font-medium">{q.title}</span>
            {q.required ? '' : ' (optional)'}:{' '}
            {q.answered === 0
              ? 'nobody answered'
              : q.agreeing === q.answered
                ? `all ${q.answered} agree`
                : `${q.agreeing} of ${q.answered} agree (${Math.round((q.agreeing / q.answered) * 100)}%)`}
          </li>
        ))}
      </ul>
      <p className="mt-1">
        Press <Kbd>1</Kbd>–<Kbd>{Math.min(9, candidates.length || 1)}</Kbd> to use an answer
        {preLabel && (
          <>
            , <Kbd>P</Kbd> the pre-label
          </>
        )}
        , <Kbd>E</Kbd> to edit the final answer, <Kbd>⏎</Kbd> to submit it.
      </p>
    </section>
  );
  const responses = (
    <section
      aria-label="Responses"
      className={`grid gap-3 ${beside ? '' : '[grid-template-columns:repeat(auto-fit,minmax(13rem,1fr))]'}`}
    >
      {candidates.map((candidate) => (
        <article
          key={candidate.key}
          aria-label={`${candidate.title}'s answer`}
          className={`min-w-0 rounded-xl border bg-slate-50 p-3 ${used === candidate.key ? 'border-brand-600 ring-2 ring-brand-600' : 'border-slate-200'}`}
        >
          <header className="mb-2 flex items-center gap-2">
            <Kbd>{candidate.key}</Kbd>
            <div className="min-w-0 flex-1">
              <div className="truncate text-sm font-semibold text-slate-900">{candidate.title}</div>
              <div className="text-xs text-slate-500">{candidate.detail}</div>
            </div>
            <UseButton candidate={candidate} used={used === candidate.key} onUse={use} />
          </header>
          <QuestionForm
            schema={schema}
            data={item.data}
            answer={candidate.answer}
            onChange={() => {}}
            readOnly
            keyboard={false}
          />
        </article>
      ))}
    </section>
  );
  const preLabelRow = preLabel && (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-xl border border-slate-200 bg-white px-4 py-2.5 text-sm text-slate-700">
      <Kbd>P</Kbd>
      <span>
        <span className="font-medium">Model pre-label</span> ({preLabel.detail}):{' '}
        <span className="text-slate-900">{describePrediction(schema, preLabel.answer, item.data)}</span>
      </span>
      <span className="ml-auto">
        <UseButton candidate={preLabel} used={used === 'P'} onUse={use} />
      </span>
    </div>
  );
  const itemPanel = (
    <ItemPanel
      slot={{ ...slot, claimed: { ...slot.claimed, item: { ...item, prediction: null } } }}
      hidden={[]}
      schema={schema}
    />
  );
  if (beside) {
    return (
      <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="grid min-w-0 gap-4 self-start lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
          {itemPanel}
          {showGuidelines && <GuidelinesPanel source={project.guidelines} sticky={false} />}
        </div>
        <div className="grid min-w-0 gap-4">
          {summary}
          {responses}
          {preLabelRow}
          {finalAnswer}
        </div>
      </div>
    );
  }
  return (
    <div className={`grid items-start gap-4 ${showGuidelines ? 'lg:grid-cols-[minmax(0,1fr)_18rem]' : ''}`}>
      <div className="grid min-w-0 gap-4">
        {summary}
        {itemPanel}
        {responses}
        {preLabelRow}
        {finalAnswer}
      </div>
      {showGuidelines && <GuidelinesPanel source={project.guidelines} />}
    </div>
  );
}

interface QuestionAgreement {
  readonly name: string;
  readonly title: string;
  readonly required: boolean;
  /** People who answered this question. */
  readonly answered: number;
  /** The largest group giving the same answer. */
  readonly agreeing: number;
}

/** Per question: how many answered it and how many of them gave the most common answer. */
function questionAgreement(schema: LabelSchema, candidates: readonly Candidate[]): QuestionAgreement[] {
  return schema.questions.map((question) => {
    const counts = new Map<string, number>();
    for (const candidate of candidates) {
      const value = candidate.answer[question.name];
      if (value === undefined || value === null || value === '') continue;
      const key = canonical(value);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const answered = [...counts.values()].reduce((a, b) => a + b, 0);
    return {
      name: question.name,
      title: question.title ?? question.name,
      required: question.required ?? true,
      answered,
      agreeing: Math.max(0, ...counts.values()),
    };
  });
}

/** JSON with object keys sorted, so equal answers compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

function UseButton({ candidate, used, onUse }: { candidate: Candidate; used: boolean; onUse: (c: Candidate) => void }) {
  return (
    <button
      type="button"
      onClick={() => onUse(candidate)}
      onMouseDown={(event) => event.preventDefault()} // keep the keyboard focus: Enter still submits
      aria-label={`Use ${candidate.title}'s answer`}
      className={`rounded-md border px-2 py-1 text-xs font-medium ${
        used ? 'border-brand-600 bg-brand-600 text-white' : 'border-brand-600 text-brand-700 hover:bg-brand-50'
      }`}
    >
      {used ? 'Used ✓' : 'Use this answer'}
    </button>
  );
}
