import { useId } from 'react';
import type { Question } from '../../api/types';
import { DataValue, fieldLabel } from '../DataValue';
import { isKey, isPlainKey, useKeydown } from './hotkeys';
import { FOCUS_RING, Kbd } from './parts';
import type { WidgetProps } from './types';

type Pairwise = Extract<Question, { type: 'pairwise' }>;

/** A against B, side by side when there is room: A, B (and T for a tie when allowed) choose. */
export function PairwiseWidget({ question, data, value, onChange, active, readOnly }: WidgetProps<Pairwise>) {
  const name = useId();
  const allowTie = question.allowTie ?? true;
  useKeydown(active && !readOnly, (event) => {
    if (!isPlainKey(event)) return false;
    const choice = isKey(event, 'a')
      ? 'a'
      : isKey(event, 'b')
        ? 'b'
        : allowTie && isKey(event, 't')
          ? 'tie'
          : undefined;
    if (!choice) return false;
    onChange(choice);
    return true;
  });
  const sides = [
    { key: 'a', name: 'A', field: question.fields[0] },
    { key: 'b', name: 'B', field: question.fields[1] },
  ] as const;
  return (
    <fieldset className="@container min-w-0">
      <legend className="sr-only">{question.title ?? question.name}</legend>
      <div className="grid gap-3 @lg:grid-cols-2">
        {sides.map((side) => {
          const checked = value === side.key;
          return (
            <label
              key={side.key}
              className={`flex min-w-0 flex-col rounded-xl border p-3 ${FOCUS_RING} ${
                checked
                  ? 'border-brand-600 bg-brand-50 ring-2 ring-brand-600'
                  : 'border-slate-200 bg-white hover:border-slate-300'
              } ${readOnly ? '' : 'cursor-pointer'}`}
            >
              <input
                type="radio"
                name={name}
                checked={checked}
                disabled={readOnly}
                onChange={() => onChange(side.key)}
                aria-label={`${side.name} is better`}
                className="sr-only"
              />
              <span className="mb-2 flex items-center justify-between gap-2">
                <span className={`text-sm font-semibold ${checked ? 'text-brand-700' : 'text-slate-700'}`}>
                  {side.name} <span className="font-normal text-slate-500">· {fieldLabel(side.field)}</span>
                </span>
                {checked ? (
                  <span className="rounded bg-brand-600 px-1.5 py-0.5 text-xs font-medium text-white">Preferred</span>
                ) : (
                  !readOnly && <Kbd>{side.name}</Kbd>
                )}
              </span>
              <span className="block min-w-0">
                <DataValue value={data[side.field]} label={side.name} />
              </span>
            </label>
          );
        })}
      </div>
      {allowTie && (
        <label
          className={`mt-2 flex w-full items-center justify-center gap-2 rounded-lg border px-3 py-1.5 text-sm ${FOCUS_RING} ${
            value === 'tie'
              ? 'border-brand-600 bg-brand-50 font-medium text-brand-700 ring-1 ring-brand-600'
              : 'border-slate-200 bg-white text-slate-700 hover:bg-slate-50'
          } ${readOnly ? '' : 'cursor-pointer'}`}
        >
          <input
            type="radio"
            name={name}
            checked={value === 'tie'}
            disabled={readOnly}
            onChange={() => onChange('tie')}
            className="sr-only"
          />
          About the same (tie) {!readOnly && <Kbd>T</Kbd>}
        </label>
      )}
    </fieldset>
  );
}
