/**
 * Span offsets count Unicode code points (server: src/schemas/code-points.ts); the DOM counts
 * UTF-16 units. Everything that turns a DOM position into an offset goes through here.
 */

/** Number of code points in `text`; a lone surrogate counts as one, as on the server. */
export function codePointLength(text: string): number {
  let count = 0;
  for (const _codePoint of text) count += 1;
  return count;
}

/** Where words start and end, in code points (Intl.Segmenter knows CJK, emoji and marks). */
export interface WordStops {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

export function findWordStops(codePoints: readonly string[]): WordStops {
  // UTF-16 index → code-point index, for the segmenter's UTF-16 positions.
  const toCodePoint = new Map<number, number>();
  let unit = 0;
  codePoints.forEach((codePoint, index) => {
    toCodePoint.set(unit, index);
    unit += codePoint.length;
  });
  toCodePoint.set(unit, codePoints.length);
  const starts: number[] = [];
  const ends: number[] = [];
  const text = codePoints.join('');
  for (const { index, segment, isWordLike } of new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text)) {
    if (!isWordLike && !/\p{Extended_Pictographic}/u.test(segment)) continue;
    const start = toCodePoint.get(index);
    const end = toCodePoint.get(index + segment.length);
    if (start !== undefined && end !== undefined) {
      starts.push(start);
      ends.push(end);
    }
  }
  return { starts, ends };
}

/** Ctrl/Alt+→: the end of the word at or after `caret`. */
export function nextWordEnd(stops: WordStops, caret: number, length: number): number {
  return stops.ends.find((end) => end > caret) ?? length;
}

/** Ctrl/Alt+←: the start of the word before `caret`. */
export function previousWordStart(stops: WordStops, caret: number): number {
  return stops.starts.findLast((start) => start < caret) ?? 0;
}
