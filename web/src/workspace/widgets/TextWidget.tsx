import { type ChangeEvent, useId } from 'react';
import type { Question } from '../../api/types';
import { leaveField } from './parts';
import type { WidgetProps } from './types';

type TextQuestion = Extract<Question, { type: 'text' }>;

/** Length in code points, as the server counts it (an emoji is one character). */
export function codePointLength(text: string): number {
  return [...text].length;
}

/**
 * Free text, pre-filled by the workspace from `data[field]` when the question names one. Shows a
 * character count against the limits; Escape leaves the field, Ctrl+Enter submits from inside it.
 */
export function TextWidget({ question, data, value, onChange, readOnly, error }: WidgetProps<TextQuestion>) {
  const id = useId();
  const text = typeof value === 'string' ? value : '';
  const original = question.field ? data[question.field] : undefined;
  const length = codePointLength(text);
  const { minLength, maxLength } = question;
  const tooShort = minLength !== undefined && text !== '' && length < minLength;
  const tooLong = maxLength !== undefined && length > maxLength;
  const multiline = question.multiline ?? true;
  const common = {
    id,
    value: text,
    readOnly,
    'data-autofocus': readOnly ? undefined : true,
    'aria-label': question.title ?? question.name,
    'aria-invalid': error || tooLong ? true : undefined,
    'aria-describedby': `${id}-count`,
    onChange: (event: ChangeEvent<HTMLTextAreaElement | HTMLInputElement>) =>
      onChange(multiline ? event.target.value : event.target.value.replace(/[\r\n]+/g, ' ')),
    onKeyDown: leaveField,
    className: `w-full rounded-lg border px-3 py-2 text-[15px] leading-relaxed text-slate-900 ${
      tooLong || error ? 'border-red-400' : 'border-slate-300'
    } ${readOnly ? 'bg-slate-50' : 'bg-white'} focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100`,
  };
  return (
    <div>
      {multiline ? (
        <textarea {...common} rows={Math.min(14, Math.max(4, text.split('\n').length + 1))} />
      ) : (
        <input {...common} type="text" />
      )}
      <div className="mt-1 flex items-center justify-between gap-2 text-xs">
        <span id={`${id}-count`} className={tooShort || tooLong ? 'text-red-700' : 'text-slate-500'}>
          {length.toLocaleString()}
          {maxLength !== undefined && maxLength < 100_000 ? ` / ${maxLength.toLocaleString()}` : ''} characters
          {minLength ? ` (at least ${minLength})` : ''}
        </span>
        {!readOnly && typeof original === 'string' && text !== original && (
          <button
            type="button"
            onClick={() => onChange(original)}
            className="rounded px-1.5 py-0.5 text-brand-700 hover:bg-brand-50"
          >
            Reset to the original
          </button>
        )}
      </div>
    </div>
  );
}
