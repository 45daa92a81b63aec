import type { LabelOption } from '../../../api/types';
import { labelColor, labelKey } from './labels';

export interface LabelButtonsProps {
  readonly labels: readonly LabelOption[];
  /** Accessible name of the group, e.g. "Label the selection". */
  readonly groupLabel: string;
  readonly onPick: (index: number) => void;
  /** The chosen label (boxes); omitted when buttons act at once (spans). */
  readonly chosen?: string;
  readonly disabled?: boolean;
}

/** One button per label with its colour and key; shared by the spans and box widgets. */
export function LabelButtons({ labels, groupLabel, onPick, chosen, disabled }: LabelButtonsProps) {
  return (
    <fieldset className="flex flex-wrap items-center gap-2">
      <legend className="sr-only">{groupLabel}</legend>
      {labels.map((label, index) => {
        const color = labelColor(labels, label.value);
        const key = labelKey(labels, index);
        const isChosen = chosen === label.value;
        return (
          <button
            key={label.value}
            type="button"
            disabled={disabled}
            aria-pressed={chosen === undefined ? undefined : isChosen}
            aria-keyshortcuts={key}
            // Keep focus (and the caret) where it is when a mouse user picks a label.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onPick(index)}
            className={`inline-flex items-center gap-2 rounded-md border px-2.5 py-1 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50 ${
              isChosen
                ? 'border-slate-900 bg-slate-900 text-white'
                : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-50'
            }`}
          >
            <span aria-hidden className="size-3 rounded-sm" style={{ backgroundColor: color.strong }} />
            {label.label ?? label.value}
            {key && <kbd className="kbd">{key}</kbd>}
          </button>
        );
      })}
    </fieldset>
  );
}
