import type { LabelOption } from '../../../api/types';
import { labelColor, labelName } from '../spans/labels';
import { type Box, describeGeometry } from './geometry';

export interface BoxListProps {
  readonly boxes: readonly Box[];
  readonly labels: readonly LabelOption[];
  readonly selected: number | null;
  readonly readOnly: boolean;
  readonly onSelect: (index: number) => void;
  readonly onRemove: (index: number) => void;
}

/** Every box as a row: number, label, coordinates in percent, and a remove button. */
export function BoxList({ boxes, labels, selected, readOnly, onSelect, onRemove }: BoxListProps) {
  if (boxes.length === 0) return <p className="text-sm text-slate-500">No boxes yet.</p>;
  return (
    <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
      {boxes.map((box, index) => {
        const name = labelName(labels, box.label);
        const geometry = describeGeometry(box);
        return (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: a box has no identity but its place
            key={index}
            aria-current={index === selected ? 'true' : undefined}
            className={`flex items-center gap-3 px-3 py-1.5 ${index === selected ? 'bg-slate-100' : ''}`}
          >
            <button
              type="button"
              onClick={() => onSelect(index)}
              aria-label={`Select box ${index + 1}: ${name}, ${geometry}`}
              className="flex min-w-0 flex-1 items-center gap-3 rounded text-left"
            >
              <span className="w-5 shrink-0 text-right text-xs text-slate-500 tabular-nums">{index + 1}</span>
              <span
                className="shrink-0 rounded px-1.5 py-0.5 text-xs font-semibold text-white"
                style={{ backgroundColor: labelColor(labels, box.label).ink }}
              >
                {name}
              </span>
              <span className="ml-auto shrink-0 font-mono text-xs text-slate-600 tabular-nums">{geometry}</span>
            </button>
            {!readOnly && (
              <button
                type="button"
                onClick={() => onRemove(index)}
                aria-label={`Remove box ${index + 1}: ${name}`}
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
