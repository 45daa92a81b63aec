import { type CSSProperties, Fragment, type Ref } from 'react';
import type { LabelOption } from '../../../api/types';
import { labelColor, labelName } from './labels';
import type { Segment, Span } from './spanModel';

export interface SpanTextProps {
  readonly codePoints: readonly string[];
  readonly segments: readonly Segment[];
  readonly spans: readonly Span[];
  readonly layers: readonly number[];
  readonly labels: readonly LabelOption[];
  /** Caret position (code points), or null when the widget does not have the keyboard. */
  readonly caret: number | null;
  readonly selection: { readonly start: number; readonly end: number } | null;
  readonly focused: number | null;
  readonly surfaceRef: Ref<HTMLDivElement>;
  readonly label: string;
  readonly describedBy: string | undefined;
}

// Dark with white text, like a native selection: never mistaken for a label's light tint.
const SELECTION = '#3730a3';
const CARET = '#312e81';
const STRIPE = 3;
const STRIPE_STEP = 4;

/**
 * The text with its spans: a tint behind the innermost span, one underline per span at its own
 * level (so overlaps stay readable), the label's name after each span, the caret and selection.
 */
export function SpanText(props: SpanTextProps) {
  const { codePoints, segments, spans, layers, labels, caret, selection, focused } = props;
  const length = codePoints.length;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a read-only text with a caret has no native element
    <div
      ref={props.surfaceRef}
      role="textbox"
      aria-readonly="true"
      aria-multiline="true"
      aria-label={props.label}
      aria-describedby={props.describedBy}
      tabIndex={0}
      data-autofocus
      className="max-h-96 overflow-y-auto rounded-lg border border-slate-200 bg-white px-4 py-2 text-base leading-10 break-words whitespace-pre-wrap text-slate-900"
    >
      {length === 0 && <span className="text-slate-500">(empty text)</span>}
      {segments.map((segment, index) => {
        const selected = selection !== null && segment.start >= selection.start && segment.end <= selection.end;
        const caretAt =
          caret === segment.start ? 'left' : caret === length && index === segments.length - 1 ? 'right' : undefined;
        const style = segmentStyle(segment, spans, layers, labels, selected, focused, caretAt);
        const ending = segment.covering.filter((i) => spans[i]?.end === segment.end);
        return (
          <Fragment key={segment.start}>
            <span data-kind="text" data-cp={segment.start} data-caret={caretAt} style={style}>
              {codePoints.slice(segment.start, segment.end).join('')}
            </span>
            {ending.map((i) => (
              <SpanTag key={i} span={spans[i] as Span} labels={labels} focused={i === focused} />
            ))}
          </Fragment>
        );
      })}
    </div>
  );
}

function SpanTag({ span, labels, focused }: { span: Span; labels: readonly LabelOption[]; focused: boolean }) {
  const color = labelColor(labels, span.label);
  return (
    <span
      data-kind="tag"
      data-cp={span.end}
      aria-hidden
      className={`relative -top-0.5 mx-0.5 inline-block rounded px-1 py-px align-middle text-[11px] leading-tight font-semibold text-white select-none ${
        focused ? 'ring-2 ring-slate-900 ring-offset-1' : ''
      }`}
      style={{ backgroundColor: color.ink }}
    >
      {labelName(labels, span.label)}
    </span>
  );
}

function segmentStyle(
  segment: Segment,
  spans: readonly Span[],
  layers: readonly number[],
  labels: readonly LabelOption[],
  selected: boolean,
  focused: number | null,
  caretAt: 'left' | 'right' | undefined,
): CSSProperties {
  const style: CSSProperties = {};
  const covering = [...segment.covering].sort((a, b) => (layers[a] ?? 0) - (layers[b] ?? 0));
  const span = (i: number) => spans[i] as Span;
  // The tint is the shortest covering span's: the most specific label reads first.
  const shortest = [...covering].sort((a, b) => span(a).end - span(a).start - (span(b).end - span(b).start))[0];
  if (shortest !== undefined) {
    const stripes = covering.map((i) => labelColor(labels, span(i).label).strong);
    const levels = covering.map((i) => (layers[i] ?? 0) * STRIPE_STEP);
    style.backgroundColor = labelColor(labels, span(shortest).label).tint;
    style.backgroundImage = stripes.map((c) => `linear-gradient(${c}, ${c})`).join(', ');
    style.backgroundPosition = levels.map((level) => `0 calc(100% - ${level}px)`).join(', ');
    style.backgroundSize = `100% ${STRIPE}px`;
    style.backgroundRepeat = 'no-repeat';
    style.paddingBottom = Math.min(Math.max(...levels) + STRIPE_STEP, 16);
    style.boxDecorationBreak = 'clone';
    style.WebkitBoxDecorationBreak = 'clone';
  }
  if (selected) {
    style.backgroundColor = SELECTION;
    style.color = '#fff';
  }
  const shadows: string[] = [];
  const caretColor = selected ? '#fff' : CARET;
  if (caretAt === 'left') shadows.push(`inset 2px 0 0 ${caretColor}`);
  if (caretAt === 'right') shadows.push(`inset -2px 0 0 ${caretColor}`);
  // The focused span: one band above and below, continuous across its segments.
  if (focused !== null && segment.covering.includes(focused)) {
    const ink = labelColor(labels, span(focused).label).ink;
    shadows.push(`0 -2px 0 ${ink}`, `0 2px 0 ${ink}`);
  }
  if (shadows.length > 0) style.boxShadow = shadows.join(', ');
  return style;
}
