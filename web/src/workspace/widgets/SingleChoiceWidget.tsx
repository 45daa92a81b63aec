import { useId } from 'react';
import type { LabelOption, Question } from '../../api/types';
import { digitIndex, isKey, isPlainKey, useKeydown } from './hotkeys';
import { Choice } from './parts';
import type { WidgetProps } from './types';

type SingleChoice = Extract<Question, { type: 'single_choice' }>;

/** The key that picks an option: its own hotkey, else its position (1–9). */
export function optionHotkey(option: LabelOption, index: number): string | undefined {
  return option.hotkey ?? (index < 9 ? String(index + 1) : undefined);
}

/** The option a key picks: an option's own hotkey first, then keys 1–9 by position. */
export function optionForKey(options: readonly LabelOption[], event: Pick<KeyboardEvent, 'key'>): number {
  const own = options.findIndex((option) => isKey(event, option.hotkey));
  if (own >= 0) return own;
  const index = digitIndex(event);
  return index < options.length ? index : -1;
}

/** One option of several: keys 1–9 (or an option's hotkey) pick it; arrows move within the group. */
export function SingleChoiceWidget({ question, value, onChange, active, readOnly }: WidgetProps<SingleChoice>) {
  const name = useId();
  useKeydown(active && !readOnly, (event) => {
    if (!isPlainKey(event)) return false;
    const option = question.options[optionForKey(question.options, event)];
    if (!option) return false;
    onChange(option.value);
    return true;
  });
  return (
    <fieldset className="grid min-w-0 gap-1.5">
      <legend className="sr-only">{question.title ?? question.name}</legend>
      {question.options.map((option, index) => (
        <Choice
          key={option.value}
          type="radio"
          name={name}
          checked={option.value === value}
          label={option.label ?? option.value}
          hotkey={optionHotkey(option, index)}
          readOnly={readOnly}
          onSelect={() => onChange(option.value)}
        />
      ))}
    </fieldset>
  );
}
