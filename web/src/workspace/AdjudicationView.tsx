import { useRef, useState } from 'react';
import type { Answer, Project } from '../api/types';
import { GuidelinesPanel, ItemPanel, summarize } from './ItemPanels';
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
          detail: item.confidence === null ? '' : `${Math.round(item.confidence * 100)}% confident`,
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
  // Narrow questions: the final answer sits beside the responses, always in view.
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
  return (
    <div
      className={`grid items-start gap-4 ${beside ? 'lg:grid-cols-[minmax(0,1fr)_22rem]' : showGuidelines ? 'lg:grid-cols-[minmax(0,1fr)_18rem]' : ''}`}
    >
      <div className="grid min-w-0 gap-4">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1 rounded-xl border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          <strong className="font-semibold">
            {adjudication?.responses.length ?? 0} people disagreed · agreement {agreement}%
          </strong>
          <span>
            Press <Kbd>1</Kbd>–<Kbd>{Math.min(9, adjudication?.responses.length ?? 1)}</Kbd> to use an answer
            {preLabel && (
              <>
                , <Kbd>P</Kbd> the pre-label
              </>
            )}
            , <Kbd>E</Kbd> to edit the final answer, <Kbd>⏎</Kbd> to submit it.
          </span>
        </div>
        <ItemPanel slot={{ ...slot, claimed: { ...slot.claimed, item: { ...item, prediction: null } } }} hidden={[]} />
        <section
          aria-label="Responses"
          className="grid gap-3 [grid-template-columns:repeat(auto-fit,minmax(13rem,1fr))]"
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
        {preLabel && (
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-xl border border-slate-200 bg-white px-4 py-2.5 text-sm text-slate-700">
            <Kbd>P</Kbd>
            <span>
              <span className="font-medium">Model pre-label</span> ({preLabel.detail}):{' '}
              <span className="text-slate-900">{summarize(preLabel.answer)}</span>
            </span>
            <span className="ml-auto">
              <UseButton candidate={preLabel} used={used === 'P'} onUse={use} />
            </span>
          </div>
        )}
        {!beside && finalAnswer}
      </div>
      {beside ? (
        <div className="grid min-w-0 gap-4 self-start lg:sticky lg:top-4">
          {finalAnswer}
          {showGuidelines && <GuidelinesPanel source={project.guidelines} sticky={false} />}
        </div>
      ) : (
        showGuidelines && <GuidelinesPanel source={project.guidelines} />
      )}
    </div>
  );
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
