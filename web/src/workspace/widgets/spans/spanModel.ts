/** A labelled span: code-point offsets into the text, `start < end` (see answer-regions.ts). */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

/** A run of text whose covering spans (indices into the sorted spans) do not change. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly covering: readonly number[];
}

function byPosition(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end || a.label.localeCompare(b.label);
}

/** The spans in a stored value that fit the text, sorted by position; anything else is dropped. */
export function readSpans(value: unknown, length: number): Span[] {
  if (!Array.isArray(value)) return [];
  const spans: Span[] = [];
  for (const entry of value) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { start, end, label } = entry as Record<string, unknown>;
    if (!Number.isInteger(start) || !Number.isInteger(end) || typeof label !== 'string') continue;
    if ((start as number) < 0 || (end as number) > length || (start as number) >= (end as number)) continue;
    spans.push({ start: start as number, end: end as number, label });
  }
  return spans.sort(byPosition);
}

export type AddSpanResult =
  | { readonly ok: true; readonly spans: Span[]; readonly index: number }
  | { readonly ok: false; readonly reason: 'duplicate' | 'overlap'; readonly other: Span };

/** Adds a span, refusing an exact duplicate, and an overlap unless the question allows it. */
export function addSpan(spans: readonly Span[], span: Span, allowOverlap: boolean): AddSpanResult {
  const duplicate = spans.find((s) => s.start === span.start && s.end === span.end && s.label === span.label);
  if (duplicate) return { ok: false, reason: 'duplicate', other: duplicate };
  const overlapping = allowOverlap ? undefined : spans.find((s) => s.start < span.end && span.start < s.end);
  if (overlapping) return { ok: false, reason: 'overlap', other: overlapping };
  const next = [...spans, span].sort(byPosition);
  return { ok: true, spans: next, index: next.indexOf(span) };
}

export function relabelSpan(spans: readonly Span[], index: number, label: string): Span[] {
  return spans.map((span, i) => (i === index ? { ...span, label } : span)).sort(byPosition);
}

/**
 * Stacking level of each span: overlapping spans get different levels, so their underlines sit
 * one above the other and stay readable.
 */
export function layerSpans(spans: readonly Span[]): number[] {
  const layerEnds: number[] = [];
  return spans.map((span) => {
    let layer = layerEnds.findIndex((end) => end <= span.start);
    if (layer < 0) layer = layerEnds.length;
    layerEnds[layer] = span.end;
    return layer;
  });
}

/** Cuts the text at every span edge and at `cuts` (caret, selection) into uniform segments. */
export function buildSegments(length: number, spans: readonly Span[], cuts: readonly number[]): Segment[] {
  const edges = new Set<number>([0, length]);
  for (const span of spans) edges.add(span.start).add(span.end);
  for (const cut of cuts) if (cut > 0 && cut < length) edges.add(cut);
  const sorted = [...edges].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 1) {
    const start = sorted[i] as number;
    const end = sorted[i + 1] as number;
    const covering: number[] = [];
    spans.forEach((span, index) => {
      if (span.start <= start && span.end >= end) covering.push(index);
    });
    segments.push({ start, end, covering });
  }
  return segments;
}

const MAX_QUOTE = 80;

/** The covered text of a span in quotes, shortened for lists and announcements. */
export function quoteSpan(codePoints: readonly string[], span: Span): string {
  const covered = codePoints.slice(span.start, span.end);
  const text = covered.length > MAX_QUOTE ? `${covered.slice(0, MAX_QUOTE - 1).join('')}…` : covered.join('');
  return `“${text}”`;
}
