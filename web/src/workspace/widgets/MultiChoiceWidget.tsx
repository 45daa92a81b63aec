import { useId } from 'react';
import type { Question } from '../../api/types';
import { isPlainKey, useKeydown } from './hotkeys';
import { Choice } from './parts';
import { optionForKey, optionHotkey } from './SingleChoiceWidget';
import type { WidgetProps } from './types';

type MultiChoice = Extract<Question, { type: 'multi_choice' }>;

/** Several options: keys 1–9 (or an option's hotkey) toggle one; the answer lists values in option order. */
export function MultiChoiceWidget({ question, value, onChange, active, readOnly }: WidgetProps<MultiChoice>) {
  const name = useId();
  const chosen = new Set(Array.isArray(value) ? (value as unknown[]) : []);
  const { minSelected, maxSelected } = question;
  const full = maxSelected !== undefined && chosen.size >= maxSelected;

  const toggle = (optionValue: string) => {
    if (!chosen.has(optionValue) && full) return;
    const next = new Set(chosen);
    if (next.has(optionValue)) next.delete(optionValue);
    else next.add(optionValue);
    onChange(question.options.map((option) => option.value).filter((v) => next.has(v)));
  };

  useKeydown(active && !readOnly, (event) => {
    if (!isPlainKey(event)) return false;
    const option = question.options[optionForKey(question.options, event)];
    if (!option) return false;
    toggle(option.value);
    return true;
  });

  const hint = [
    minSelected ? `at least ${minSelected}` : undefined,
    maxSelected !== undefined ? `at most ${maxSelected}` : undefined,
  ].filter(Boolean);
  return (
    <div>
      <fieldset className="grid min-w-0 gap-1.5">
        <legend className="sr-only">{question.title ?? question.name}</legend>
        {question.options.map((option, index) => (
          <Choice
            key={option.value}
            type="checkbox"
            name={name}
            checked={chosen.has(option.value)}
            label={option.label ?? option.value}
            hotkey={optionHotkey(option, index)}
            readOnly={readOnly}
            onSelect={() => toggle(option.value)}
          />
        ))}
      </fieldset>
      {hint.length > 0 && !readOnly && (
        <p className={`mt-1.5 text-xs ${full ? 'text-amber-700' : 'text-slate-500'}`}>
          Choose {hint.join(' and ')}
          {full ? ' (limit reached)' : ''}.
        </p>
      )}
    </div>
  );
}
