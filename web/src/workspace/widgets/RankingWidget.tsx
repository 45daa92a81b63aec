import { type KeyboardEvent as ReactKeyboardEvent, useRef, useState } from 'react';
import type { Question } from '../../api/types';
import { DataValue } from '../DataValue';
import { digitIndex, isKey, useKeydown } from './hotkeys';
import { Kbd } from './parts';
import type { WidgetProps } from './types';

type Ranking = Extract<Question, { type: 'ranking' }>;

/** The answer as a full order of candidate indexes, or undefined when it is not one. */
function orderOf(value: unknown, count: number): number[] | undefined {
  if (!Array.isArray(value) || value.length !== count) return undefined;
  const seen = new Set(value);
  return seen.size === count && value.every((i) => Number.isInteger(i) && i >= 0 && i < count)
    ? (value as number[])
    : undefined;
}

function moved(order: readonly number[], from: number, to: number): number[] {
  const next = [...order];
  const [picked] = next.splice(from, 1);
  if (picked !== undefined) next.splice(to, 0, picked);
  return next;
}

/**
 * Candidates from `data[field]`, best first. ↑/↓ choose a candidate, Alt+↑/↓ move it, a number key
 * puts it at that place, K keeps the order shown; pointer users drag. Until the person ranks,
 * the candidates appear in their original order, marked as not ranked yet.
 */
export function RankingWidget({ question, data, value, onChange, active, readOnly }: WidgetProps<Ranking>) {
  const raw = data[question.field];
  const candidates = Array.isArray(raw) ? raw : [];
  const ranked = orderOf(value, candidates.length);
  const order = ranked ?? candidates.map((_c, i) => i);
  const [cursor, setCursor] = useState(0);
  const [dragging, setDragging] = useState<number | null>(null);
  const list = useRef<HTMLOListElement>(null);

  const focusPlace = (place: number) => {
    setCursor(place);
    if (list.current?.contains(document.activeElement)) {
      list.current.querySelectorAll<HTMLElement>('li button')[place]?.focus();
    }
  };
  const place = (from: number, to: number) => {
    const target = Math.max(0, Math.min(order.length - 1, to));
    onChange(moved(order, from, target));
    focusPlace(target);
  };
  const handleKey = (event: KeyboardEvent | ReactKeyboardEvent): boolean => {
    if (event.ctrlKey || event.metaKey) return false;
    const up = event.key === 'ArrowUp';
    if (up || event.key === 'ArrowDown') {
      if (event.altKey) place(cursor, cursor + (up ? -1 : 1));
      else focusPlace(Math.max(0, Math.min(order.length - 1, cursor + (up ? -1 : 1))));
      return true;
    }
    if (event.altKey) return false;
    const n = digitIndex(event);
    if (n >= 0 && n < order.length) {
      place(cursor, n);
      return true;
    }
    if (isKey(event, 'k') && !ranked) {
      onChange([...order]);
      return true;
    }
    return false;
  };
  // The list's own onKeyDown takes keys while a candidate has focus; otherwise these hotkeys do.
  useKeydown(active && !readOnly, (event) => !list.current?.contains(document.activeElement) && handleKey(event));

  if (candidates.length === 0) {
    return <p className="text-sm text-amber-700">This item has no candidates in “{question.field}”.</p>;
  }
  return (
    <div>
      <ol ref={list} aria-label={`${question.title ?? question.name}, best first`} className="grid gap-1.5">
        {order.map((candidate, position) => {
          const highlighted = active && !readOnly && position === cursor;
          return (
            <li
              key={candidate}
              draggable={!readOnly}
              onDragStart={(event) => {
                setDragging(position);
                event.dataTransfer.effectAllowed = 'move';
              }}
              onDragOver={(event) => event.preventDefault()}
              onDrop={(event) => {
                event.preventDefault();
                if (dragging !== null) place(dragging, position);
                setDragging(null);
              }}
              onDragEnd={() => setDragging(null)}
              className={`flex min-w-0 items-start gap-3 rounded-lg border bg-white px-3 py-2 ${
                highlighted ? 'border-brand-600 ring-1 ring-brand-600' : 'border-slate-200'
              } ${dragging === position ? 'opacity-50' : ''} ${readOnly ? '' : 'cursor-grab'}`}
            >
              <span
                className={`mt-0.5 flex h-6 w-6 shrink-0 items-center justify-center rounded-full text-xs font-semibold ${
                  ranked ? 'bg-brand-600 text-white' : 'bg-slate-100 text-slate-600'
                }`}
              >
                {position + 1}
              </span>
              <span className="min-w-0 flex-1">
                <DataValue value={candidates[candidate]} />
              </span>
              {!readOnly && (
                <button
                  type="button"
                  aria-label={`Candidate ${candidate + 1}, place ${position + 1} of ${order.length}. Alt+arrows move it, a number puts it at that place.`}
                  tabIndex={position === cursor ? 0 : -1}
                  onFocus={() => setCursor(position)}
                  onKeyDown={(event) => {
                    if (handleKey(event)) event.preventDefault();
                  }}
                  className="rounded px-1 text-slate-400 select-none hover:bg-slate-100 hover:text-slate-600"
                >
                  ⋮⋮
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {!readOnly && (
        <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600">
          <span className={ranked ? 'font-medium text-brand-700' : 'font-medium text-amber-700'}>
            {ranked ? 'Ranked' : 'Not ranked yet'}
          </span>
          <span>
            <Kbd>↑</Kbd> <Kbd>↓</Kbd> choose
          </span>
          <span>
            <Kbd>Alt</Kbd>+<Kbd>↑</Kbd>/<Kbd>↓</Kbd> move
          </span>
          <span>
            <Kbd>1</Kbd>–<Kbd>{Math.min(9, order.length)}</Kbd> put at that place
          </span>
          {!ranked && (
            <span>
              <Kbd>K</Kbd> keep this order
            </span>
          )}
          <span>or drag</span>
        </p>
      )}
    </div>
  );
}
