import type { LabelOption } from '../../../api/types';
import { labelColor, labelName } from './labels';
import { quoteSpan, type Span } from './spanModel';

export interface SpanListProps {
  readonly spans: readonly Span[];
  readonly codePoints: readonly string[];
  readonly labels: readonly LabelOption[];
  readonly focused: number | null;
  readonly readOnly: boolean;
  readonly onFocus: (index: number) => void;
  readonly onRemove: (index: number) => void;
}

/** Every span as a row: label, covered text, offsets, and a remove button. */
export function SpanList({ spans, codePoints, labels, focused, readOnly, onFocus, onRemove }: SpanListProps) {
  if (spans.length === 0) {
    return <p className="text-sm text-slate-500">No spans yet.</p>;
  }
  return (
    <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
      {spans.map((span, index) => {
        const color = labelColor(labels, span.label);
        const name = labelName(labels, span.label);
        const quote = quoteSpan(codePoints, span);
        return (
          <li
            key={`${span.start}-${span.end}-${span.label}`}
            aria-current={index === focused ? 'true' : undefined}
            className={`flex items-center gap-3 px-3 py-1.5 ${index === focused ? 'bg-slate-100' : ''}`}
          >
            <button
              type="button"
              onClick={() => onFocus(index)}
              className="flex min-w-0 flex-1 items-center gap-3 rounded text-left"
              aria-label={`Show span ${index + 1}: ${name} ${quote}`}
            >
              <span
                className="shrink-0 rounded px-1.5 py-0.5 text-xs font-semibold text-white"
                style={{ backgroundColor: color.ink }}
              >
                {name}
              </span>
              <span className="min-w-0 truncate text-slate-900">{quote}</span>
              <span className="ml-auto shrink-0 font-mono text-xs text-slate-500 tabular-nums">
                {span.start}–{span.end}
              </span>
            </button>
            {!readOnly && (
              <button
                type="button"
                onClick={() => onRemove(index)}
                aria-label={`Remove span ${index + 1}: ${name} ${quote}`}
                className="shrink-0 rounded px-2 py-0.5 text-xs font-medium text-slate-600 hover:bg-red-50 hover:text-red-700"
              >
                Remove
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
