import { useRef, useState } from 'react';
import type { Question } from '../../api/types';
import { isPlainKey, useKeydown } from './hotkeys';
import { ScaleRow, scaleValues, stepValue, valueForDigit } from './ScaleRow';
import type { WidgetProps } from './types';

type Rubric = Extract<Question, { type: 'rubric' }>;

function scoresOf(value: unknown): Record<string, number> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, number>) : {};
}

/**
 * One scale per criterion. The active criterion (highlighted) takes number keys and ←/→; ↑/↓ or
 * Tab/Shift+Tab move between criteria, and Tab past the last one moves on to the next question.
 */
export function RubricWidget({ question, value, onChange, active, readOnly }: WidgetProps<Rubric>) {
  const [current, setCurrent] = useState(0);
  const root = useRef<HTMLOListElement>(null);
  const scores = scoresOf(value);
  const count = question.criteria.length;
  const setScore = (name: string, score: number) => onChange({ ...scores, [name]: score });

  /** Moves the active criterion; keyboard focus follows when it is inside the rubric. */
  const moveTo = (index: number) => {
    setCurrent(index);
    if (root.current?.contains(document.activeElement)) {
      const row = root.current.children[index];
      (row?.querySelector<HTMLElement>('input:checked') ?? row?.querySelector<HTMLElement>('input'))?.focus();
    }
  };

  useKeydown(active && !readOnly, (event) => {
    const criterion = question.criteria[current];
    if (!criterion || event.ctrlKey || event.metaKey || event.altKey) return false;
    // Inside the rubric, Tab is the browser's (one stop per criterion, so it moves the same way).
    const tabHere = event.key === 'Tab' && !root.current?.contains(document.activeElement);
    if (event.key === 'ArrowDown' || (tabHere && !event.shiftKey && current < count - 1)) {
      moveTo(Math.min(count - 1, current + 1));
      return true;
    }
    if (event.key === 'ArrowUp' || (tabHere && event.shiftKey && current > 0)) {
      moveTo(Math.max(0, current - 1));
      return true;
    }
    if (!isPlainKey(event)) return false;
    const values = scaleValues(criterion);
    const current_ = scores[criterion.name];
    const picked =
      event.key === 'ArrowLeft'
        ? stepValue(values, current_, -1)
        : event.key === 'ArrowRight'
          ? stepValue(values, current_, 1)
          : valueForDigit(values, event.key);
    if (picked === undefined) return false;
    setScore(criterion.name, picked);
    // Scoring a criterion moves on to the next, so a rubric is typed as a row of digits.
    if (/^[0-9]$/.test(event.key) && current < count - 1) moveTo(current + 1);
    return true;
  });

  return (
    <ol ref={root} className="grid gap-2">
      {question.criteria.map((criterion, index) => {
        const highlighted = active && !readOnly && index === current;
        const label = criterion.title ?? criterion.name;
        return (
          <li
            key={criterion.name}
            aria-current={highlighted ? 'step' : undefined}
            className={`rounded-lg border px-3 py-2 ${highlighted ? 'border-brand-600 bg-brand-50/60' : 'border-slate-200'}`}
          >
            <div className="mb-1.5 flex items-baseline justify-between gap-2">
              <span className="text-sm font-medium text-slate-800">{label}</span>
              <span className="text-xs text-slate-500 tabular-nums">
                {scores[criterion.name] ?? '–'} / {criterion.max}
              </span>
            </div>
            {criterion.description && <p className="mb-1.5 text-xs text-slate-600">{criterion.description}</p>}
            <ScaleRow
              scale={criterion}
              value={scores[criterion.name]}
              onChange={(score) => {
                setCurrent(index);
                setScore(criterion.name, score);
              }}
              onFocus={() => setCurrent(index)}
              label={label}
              readOnly={readOnly}
            />
          </li>
        );
      })}
    </ol>
  );
}
