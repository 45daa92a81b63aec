import { useState } from 'react';
import type { LabelOption } from '../../../api/types';
import type { Notice } from './LiveNotice';
import { labelName } from './labels';
import { addSpan, quoteSpan, relabelSpan, type Span } from './spanModel';

export interface SpanEditorOptions {
  readonly codePoints: readonly string[];
  readonly spans: readonly Span[];
  readonly labels: readonly LabelOption[];
  readonly allowOverlap: boolean;
  readonly onChange: (spans: Span[]) => void;
  readonly announce: (text: string, tone?: Notice['tone']) => void;
}

export type SpanEditor = ReturnType<typeof useSpanEditor>;

/** Caret, selection and focused span of the spans widget, and the edits they lead to. */
export function useSpanEditor({ codePoints, spans, labels, allowOverlap, onChange, announce }: SpanEditorOptions) {
  const length = codePoints.length;
  const [caret, setCaret] = useState(0);
  const [anchor, setAnchor] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const selection =
    anchor !== null && anchor !== caret ? { start: Math.min(anchor, caret), end: Math.max(anchor, caret) } : null;
  const focusedSpan = focused !== null && focused < spans.length ? focused : null;
  const describe = (span: Span) =>
    `${labelName(labels, span.label)} ${quoteSpan(codePoints, span)} (${span.start}–${span.end})`;
  const clamp = (position: number) => Math.min(Math.max(position, 0), length);

  /** Moves the caret; with `extend` the selection grows from where it was anchored. */
  function moveCaret(to: number, extend: boolean) {
    setAnchor(extend ? (anchor ?? caret) : null);
    setCaret(clamp(to));
    setFocused(null);
  }

  function select(from: number, to: number) {
    setAnchor(clamp(from));
    setCaret(clamp(to));
    setFocused(null);
  }

  /** A click: the caret goes there and the innermost span under it is focused. */
  function placeCaret(position: number) {
    moveCaret(position, false);
    const under = spans
      .map((span, index) => ({ span, index }))
      .filter(({ span }) => span.start <= position && position < span.end)
      .sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start))[0];
    if (under) setFocused(under.index);
  }

  function applyLabel(labelIndex: number) {
    const label = labels[labelIndex];
    if (!label) return;
    if (selection) {
      const span = { start: selection.start, end: selection.end, label: label.value };
      const result = addSpan(spans, span, allowOverlap);
      if (!result.ok) {
        const why = result.reason === 'overlap' ? 'it overlaps' : 'it repeats';
        announce(`Not added: ${why} ${describe(result.other)}.`, 'warning');
        return;
      }
      onChange(result.spans);
      setAnchor(null);
      setCaret(span.end);
      // The new span keeps the focus, so a second label key relabels it and Delete removes it.
      setFocused(result.spans.findIndex((s) => s.start === span.start && s.end === span.end && s.label === span.label));
      announce(`Added ${describe(span)}. Another label key relabels it.`);
    } else if (focusedSpan !== null) {
      const next = relabelSpan(spans, focusedSpan, label.value);
      const old = spans[focusedSpan] as Span;
      onChange(next);
      setFocused(next.findIndex((s) => s.start === old.start && s.end === old.end && s.label === label.value));
      announce(`Relabelled as ${describe({ ...old, label: label.value })}.`);
    } else {
      announce('Select some text first, then pick a label.', 'warning');
    }
  }

  /** Removes a span; from the keyboard the next span takes the focus, so Delete can repeat. */
  function removeSpan(index: number, keepFocus: boolean) {
    const span = spans[index];
    if (!span) return;
    const next = spans.filter((_, i) => i !== index);
    onChange(next);
    setFocused(keepFocus && next.length > 0 ? Math.min(index, next.length - 1) : null);
    announce(`Removed ${describe(span)}. ${next.length} left.`);
  }

  function focusSpan(index: number) {
    const span = spans[index];
    if (!span) return;
    setFocused(index);
    setAnchor(null);
    setCaret(span.start);
    announce(`Span ${index + 1} of ${spans.length}: ${describe(span)}. Delete removes it.`);
  }

  /** Next/previous span; past either end it wraps, or (for Tab) lets go so focus can move on. */
  function cycle(step: 1 | -1, wrap: boolean): boolean {
    if (spans.length === 0) return false;
    const from = focusedSpan ?? (step > 0 ? -1 : spans.length);
    let next = from + step;
    if (next < 0 || next >= spans.length) {
      if (!wrap) {
        setFocused(null);
        return false;
      }
      next = (next + spans.length) % spans.length;
    }
    focusSpan(next);
    return true;
  }

  /** Esc: drop the selection, else the focused span; false when there was nothing to drop. */
  function clear(): boolean {
    if (selection) setAnchor(null);
    else if (focusedSpan !== null) setFocused(null);
    else return false;
    return true;
  }

  return {
    caret: clamp(caret),
    selection,
    focused: focusedSpan,
    moveCaret,
    select,
    placeCaret,
    applyLabel,
    removeSpan,
    focusSpan,
    cycle,
    clear,
  };
}
