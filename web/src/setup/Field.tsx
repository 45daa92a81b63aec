import type { ReactNode } from 'react';
import { FieldMessage, useField } from './fieldErrors';

/** Labelled inputs that show the server's message for their path (see fieldErrors.tsx). */

export const inputClass =
  'block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 shadow-sm aria-[invalid=true]:border-red-600 aria-[invalid=true]:bg-red-50/40 disabled:bg-slate-50';

const labelClass = 'block text-xs font-medium text-slate-700';

interface BaseProps {
  readonly path: string;
  readonly label: string;
  readonly hint?: string;
  readonly className?: string;
}

function Hint({ id, hint }: { id: string; hint?: string | undefined }) {
  return hint ? (
    <p id={id} className="mt-1 text-xs text-slate-500">
      {hint}
    </p>
  ) : null;
}

export function TextField({
  path,
  label,
  hint,
  className = '',
  value,
  onChange,
  placeholder,
  multiline,
  rows = 4,
  mono,
}: BaseProps & {
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  multiline?: boolean;
  rows?: number;
  mono?: boolean;
}) {
  const field = useField(path, Boolean(hint));
  const shared = {
    ...field.inputProps,
    value,
    placeholder,
    className: `${inputClass} mt-1 ${mono ? 'font-mono text-xs' : ''}`,
  };
  return (
    <div className={className}>
      <label htmlFor={field.id} className={labelClass}>
        {label}
      </label>
      {multiline ? (
        <textarea {...shared} rows={rows} spellCheck={!mono} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...shared} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
      <Hint id={field.hintId} hint={hint} />
      <FieldMessage id={field.errorId} messages={field.messages} />
    </div>
  );
}

/** A number input; empty means "not set" (undefined), so optional fields can be cleared. */
export function NumberField({
  path,
  label,
  hint,
  className = '',
  value,
  onChange,
  step,
}: BaseProps & { value: number | undefined; onChange: (value: number | undefined) => void; step?: number | 'any' }) {
  const field = useField(path, Boolean(hint));
  return (
    <div className={className}>
      <label htmlFor={field.id} className={labelClass}>
        {label}
      </label>
      <input
        {...field.inputProps}
        type="number"
        step={step ?? 'any'}
        value={value === undefined || Number.isNaN(value) ? '' : value}
        onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
        className={`${inputClass} mt-1 tabular-nums`}
      />
      <Hint id={field.hintId} hint={hint} />
      <FieldMessage id={field.errorId} messages={field.messages} />
    </div>
  );
}

export function SelectField<T extends string>({
  path,
  label,
  hint,
  className = '',
  value,
  onChange,
  options,
}: BaseProps & {
  value: T;
  onChange: (value: T) => void;
  options: readonly (readonly [T, string])[];
}) {
  const field = useField(path, Boolean(hint));
  return (
    <div className={className}>
      <label htmlFor={field.id} className={labelClass}>
        {label}
      </label>
      <select
        {...field.inputProps}
        value={value}
        onChange={(e) => onChange(e.target.value as T)}
        className={`${inputClass} mt-1`}
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
      <Hint id={field.hintId} hint={hint} />
      <FieldMessage id={field.errorId} messages={field.messages} />
    </div>
  );
}

export function CheckboxField({
  path,
  label,
  className = '',
  checked,
  onChange,
}: BaseProps & { checked: boolean; onChange: (checked: boolean) => void }) {
  const field = useField(path);
  return (
    <div className={className}>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input
          {...field.inputProps}
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          className="h-4 w-4 rounded border-slate-300 accent-brand-600"
        />
        {label}
      </label>
      <FieldMessage id={field.errorId} messages={field.messages} />
    </div>
  );
}

/**
 * A group of inputs that owns the messages about the whole group ("needs at least 2 options",
 * "lower bound above upper bound"); focusable so the error summary can move focus to it.
 */
export function FieldGroup({
  path,
  legend,
  children,
  className = '',
  heading = false,
}: {
  path: string;
  legend: ReactNode;
  children: ReactNode;
  className?: string;
  /** A section of a larger form ("When", "Then") rather than one field's group. */
  heading?: boolean;
}) {
  const field = useField(path);
  return (
    <fieldset
      id={field.id}
      tabIndex={-1}
      aria-invalid={field.inputProps['aria-invalid']}
      aria-describedby={field.inputProps['aria-describedby']}
      className={`min-w-0 rounded-md ${className}`}
    >
      <legend className={heading ? 'mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase' : labelClass}>
        {legend}
      </legend>
      {children}
      <FieldMessage id={field.errorId} messages={field.messages} />
    </fieldset>
  );
}
