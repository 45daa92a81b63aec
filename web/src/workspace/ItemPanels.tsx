import { lazy, Suspense } from 'react';
import { ItemData } from './DataValue';
import type { Slot } from './session/slots';

/** The item's data (minus fields a widget shows itself), with the model's pre-label on top. */
export function ItemPanel({ slot, hidden }: { slot: Slot; hidden: readonly string[] }) {
  const { item } = slot.claimed;
  const fields = Object.keys(item.data).filter((name) => !hidden.includes(name));
  if (fields.length === 0 && !item.prediction) return null;
  return (
    <section aria-label="Item" className="min-w-0 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <PreLabel slot={slot} />
      <ItemData data={item.data} hidden={hidden} />
    </section>
  );
}

/** The pre-label in a few words: "verdict: spam · topics: billing, returns". */
export function summarize(prediction: Record<string, unknown>): string {
  const brief = (value: unknown): string => {
    if (typeof value === 'string') return value;
    if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) return value.join(', ');
    const json = JSON.stringify(value) ?? '';
    return json.length > 40 ? `${json.slice(0, 39)}…` : json;
  };
  const entries = Object.entries(prediction);
  const text = entries.map(([name, value]) => (entries.length === 1 ? brief(value) : `${name}: ${brief(value)}`));
  return text.join(' · ');
}

/** Confidence of the model's pre-label, and whether the answer below starts from it. */
export function PreLabel({ slot }: { slot: Slot }) {
  const { prediction, confidence } = slot.claimed.item;
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
  return (
    <div className="mb-4 flex flex-wrap last:mb-0 items-center gap-x-3 gap-y-1 rounded-lg bg-slate-50 px-3 py-2 text-sm text-slate-700">
      <span>
        <span className="font-medium">Model pre-label:</span>{' '}
        <span className="text-slate-900">{summarize(prediction)}</span>
      </span>
      {percent !== null && (
        <span className="flex items-center gap-2">
          <span aria-hidden="true" className="h-1.5 w-20 overflow-hidden rounded-full bg-slate-200">
            <span className={`block h-full ${tone}`} style={{ width: `${percent}%` }} />
          </span>
          <span className="tabular-nums">{percent}% confident</span>
        </span>
      )}
      {slot.fromPrediction && <span className="text-slate-500">pre-filled below — check it</span>}
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
