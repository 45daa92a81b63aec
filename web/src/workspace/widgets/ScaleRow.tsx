import { useId } from 'react';
import { FOCUS_RING } from './parts';

/** A numeric scale (rating, one rubric criterion): min … max in steps, with optional labels. */
export interface Scale {
  readonly min: number;
  readonly max: number;
  readonly step?: number | undefined;
  readonly labels?: Record<string, string> | undefined;
}

/** Above this many points a scale is shown as a slider instead of buttons. */
const MAX_BUTTONS = 11;

export function scaleValues({ min, max, step = 1 }: Scale): number[] {
  const decimals = (String(step).split('.')[1] ?? '').length;
  const values: number[] = [];
  for (let i = 0; min + i * step <= max + 1e-9 && i <= 1000; i++) {
    values.push(Number((min + i * step).toFixed(decimals)));
  }
  return values;
}

/**
 * The value a digit key picks: the value itself on 0–9 integer scales (so "4" means 4 on 1–5),
 * else the n-th point of the scale.
 */
export function valueForDigit(values: readonly number[], key: string): number | undefined {
  if (!/^[0-9]$/.test(key)) return undefined;
  const digit = Number(key);
  if (values.every((v) => Number.isInteger(v) && v >= 0 && v <= 9)) return values.includes(digit) ? digit : undefined;
  return digit >= 1 ? values[digit - 1] : undefined;
}

/** The value one step left or right of `current` (from either end when nothing is chosen yet). */
export function stepValue(values: readonly number[], current: unknown, direction: -1 | 1): number | undefined {
  const index = values.indexOf(current as number);
  if (index < 0) return direction > 0 ? values[0] : values[values.length - 1];
  return values[Math.min(values.length - 1, Math.max(0, index + direction))];
}

export interface ScaleRowProps {
  readonly scale: Scale;
  readonly value: unknown;
  readonly onChange: (value: number) => void;
  readonly label: string;
  readonly readOnly?: boolean | undefined;
  readonly onFocus?: () => void;
}

export function ScaleRow({ scale, value, onChange, label, readOnly, onFocus }: ScaleRowProps) {
  const name = useId();
  const values = scaleValues(scale);
  if (values.length > MAX_BUTTONS) {
    return (
      <div className="flex items-center gap-3">
        <input
          type="range"
          aria-label={label}
          min={scale.min}
          max={scale.max}
          step={scale.step ?? 1}
          value={typeof value === 'number' ? value : scale.min}
          disabled={readOnly}
          onFocus={onFocus}
          onChange={(event) => onChange(Number(event.target.value))}
          className="flex-1 accent-brand-600"
        />
        <output className="w-12 text-right text-sm font-semibold tabular-nums">
          {typeof value === 'number' ? value : '–'}
        </output>
      </div>
    );
  }
  return (
    <fieldset className="flex min-w-0 flex-wrap gap-1.5">
      <legend className="sr-only">{label}</legend>
      {values.map((v) => {
        const checked = v === value;
        const text = scale.labels?.[String(v)];
        return (
          <label
            key={v}
            className={`flex flex-col items-center rounded-lg border text-sm ${FOCUS_RING} ${
              readOnly ? 'min-w-8 px-1.5 py-0.5' : 'min-w-11 px-2 py-1'
            } ${
              checked
                ? 'border-brand-600 bg-brand-600 text-white'
                : readOnly
                  ? 'border-slate-200 bg-white text-slate-500'
                  : 'border-slate-200 bg-white text-slate-800 hover:border-slate-300 hover:bg-slate-50'
            } ${readOnly ? '' : 'cursor-pointer'}`}
          >
            <input
              type="radio"
              name={name}
              value={v}
              checked={checked}
              disabled={readOnly}
              onFocus={onFocus}
              onChange={() => onChange(v)}
              aria-label={text ? `${v} – ${text}` : String(v)}
              className="sr-only"
            />
            <span aria-hidden="true" className="font-semibold tabular-nums">
              {v}
            </span>
            {text && (
              <span
                aria-hidden="true"
                className={`max-w-24 text-center text-[11px] leading-tight ${checked ? 'text-white' : 'text-slate-600'}`}
              >
                {text}
              </span>
            )}
          </label>
        );
      })}
    </fieldset>
  );
}
