import { useEffect, useId, useMemo, useRef } from 'react';
import type { Question } from '../../api/types';
import { useKeydown } from './hotkeys';
import { findWordStops } from './spans/codePoints';
import { readSelection } from './spans/domOffsets';
import { LabelButtons } from './spans/LabelButtons';
import { LiveNotice, useNotice } from './spans/LiveNotice';
import { SpanList } from './spans/SpanList';
import { SpanText } from './spans/SpanText';
import { handleSpanKey } from './spans/spanKeys';
import { buildSegments, layerSpans, quoteSpan, readSpans } from './spans/spanModel';
import { useSpanEditor } from './spans/useSpanEditor';
import type { WidgetProps } from './types';

type SpansQuestion = Extract<Question, { type: 'spans' }>;

/**
 * Labels spans of `data[field]`. The value is `[{ start, end, label }]` in code points (as the
 * server checks in src/schemas/answer-regions.ts), sorted by position. Mouse: select text, then
 * a label button or key. Keyboard (while `active`): see spans/spanKeys.ts.
 */
export function SpansWidget({
  question,
  data,
  value,
  onChange,
  active,
  error,
  readOnly = false,
}: WidgetProps<SpansQuestion>) {
  const source = data[question.field];
  if (typeof source !== 'string') {
    return (
      <p role="alert" className="text-sm text-red-700">
        This item has no text in “{question.field}” to label.
      </p>
    );
  }
  return (
    <SpansEditor
      key={source}
      question={question}
      text={source}
      value={value}
      onChange={onChange}
      active={active}
      error={error}
      readOnly={readOnly}
    />
  );
}

interface SpansEditorProps extends Omit<WidgetProps<SpansQuestion>, 'data'> {
  readonly text: string;
  readonly readOnly: boolean;
}

function SpansEditor({ question, text, value, onChange, active, error, readOnly }: SpansEditorProps) {
  const { labels } = question;
  const ids = useId();
  const surfaceRef = useRef<HTMLDivElement>(null);
  const codePoints = useMemo(() => Array.from(text), [text]);
  const length = codePoints.length;
  const spans = useMemo(() => readSpans(value, length), [value, length]);
  const layers = useMemo(() => layerSpans(spans), [spans]);
  const words = useMemo(() => findWordStops(codePoints), [codePoints]);
  const [notice, announce] = useNotice();
  const editor = useSpanEditor({
    codePoints,
    spans,
    labels,
    allowOverlap: question.allowOverlap !== false,
    onChange,
    announce,
  });
  const keyboard = active && !readOnly;
  const caret = keyboard ? editor.caret : null;
  const { selection } = editor;
  const segments = useMemo(
    () => buildSegments(length, spans, [caret ?? 0, selection?.start ?? 0, selection?.end ?? 0]),
    [length, spans, caret, selection?.start, selection?.end],
  );

  useKeydown(keyboard, (event) =>
    handleSpanKey(event, {
      editor,
      labels,
      length,
      surface: surfaceRef.current,
      words,
    }),
  );

  // Mouse selections become the widget's own selection (one source of truth for both inputs).
  const latestEditor = useRef(editor);
  latestEditor.current = editor;
  useEffect(() => {
    if (readOnly) return;
    const onMouseUp = () => {
      const root = surfaceRef.current;
      const picked = root && readSelection(root, length);
      if (!picked) return;
      document.getSelection()?.removeAllRanges();
      if (picked.anchor === picked.focus) latestEditor.current.placeCaret(picked.anchor);
      else latestEditor.current.select(picked.anchor, picked.focus);
    };
    document.addEventListener('mouseup', onMouseUp);
    return () => document.removeEventListener('mouseup', onMouseUp);
  }, [readOnly, length]);

  // Keep the caret in view when it walks through a long text.
  useEffect(() => {
    if (caret === null) return;
    surfaceRef.current?.querySelector('[data-caret]')?.scrollIntoView({ block: 'nearest' });
  }, [caret]);

  const title = question.title ?? question.name;
  return (
    <div className="space-y-3">
      {!readOnly && (
        <div className="space-y-1.5">
          <LabelButtons labels={labels} groupLabel={`Label the selection (${title})`} onPick={editor.applyLabel} />
          <p id={`${ids}-help`} className="text-xs text-slate-500">
            Select text with the mouse, or move with <kbd className="kbd">←</kbd>
            <kbd className="kbd">→</kbd> (<kbd className="kbd">Ctrl</kbd> by word) and extend with{' '}
            <kbd className="kbd">Shift</kbd>; then press a label key (again to relabel). <kbd className="kbd">↑</kbd>
            <kbd className="kbd">↓</kbd> pick a span, <kbd className="kbd">Delete</kbd> removes it,{' '}
            <kbd className="kbd">Esc</kbd> clears.
          </p>
        </div>
      )}
      <SpanText
        codePoints={codePoints}
        segments={segments}
        spans={spans}
        layers={layers}
        labels={labels}
        caret={caret}
        selection={selection}
        focused={editor.focused}
        surfaceRef={surfaceRef}
        label={`Text for ${title}`}
        describedBy={readOnly ? undefined : `${ids}-help`}
      />
      {!readOnly && (
        <div className="flex min-h-5 flex-wrap items-baseline justify-between gap-x-4 text-sm">
          <LiveNotice notice={notice} />
          <p className="text-xs text-slate-500 tabular-nums">
            {selection
              ? `Selected ${quoteSpan(codePoints, { ...selection, label: '' })} (${selection.start}–${selection.end})`
              : caret !== null && `Caret at ${caret} of ${length}`}
          </p>
        </div>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <SpanList
        spans={spans}
        codePoints={codePoints}
        labels={labels}
        focused={editor.focused}
        readOnly={readOnly}
        onFocus={editor.focusSpan}
        onRemove={(index) => editor.removeSpan(index, false)}
      />
    </div>
  );
}
