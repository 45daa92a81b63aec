import type { Question } from '../../api/types';
import { isPlainKey, useKeydown } from './hotkeys';
import { ScaleRow, scaleValues, stepValue, valueForDigit } from './ScaleRow';
import type { WidgetProps } from './types';

type Rating = Extract<Question, { type: 'rating' }>;

/** A score on a scale: number keys pick a value, ← and → step through it. */
export function RatingWidget({ question, value, onChange, active, readOnly }: WidgetProps<Rating>) {
  const values = scaleValues(question);
  useKeydown(active && !readOnly, (event) => {
    if (!isPlainKey(event) || (event.target as HTMLElement).getAttribute?.('type') === 'range') return false;
    const picked =
      event.key === 'ArrowLeft'
        ? stepValue(values, value, -1)
        : event.key === 'ArrowRight'
          ? stepValue(values, value, 1)
          : valueForDigit(values, event.key);
    if (picked === undefined) return false;
    onChange(picked);
    return true;
  });
  return (
    <div>
      <ScaleRow
        scale={question}
        value={value}
        onChange={onChange}
        label={question.title ?? question.name}
        readOnly={readOnly}
      />
      {!readOnly && !question.labels && (
        <p className="mt-1.5 text-xs text-slate-500">
          {question.min} is the lowest, {question.max} the highest.
        </p>
      )}
    </div>
  );
}
