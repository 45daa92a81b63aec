/**
 * Span offsets in Tandem count Unicode code points, not UTF-16 code units. JavaScript's
 * `string.length` and `slice` count UTF-16 units, so "🍕" is 2 there but 1 in Python's `len()`
 * and in our exports. Every offset that crosses an API boundary goes through these helpers.
 */

/**
 * Number of Unicode code points in `text`.
 *
 * @example
 * codePointLength('🍕'); // 1 (while '🍕'.length is 2)
 * codePointLength('I ❤️ 🍕 pizza'); // 12 (❤️ is U+2764 plus the U+FE0F variation selector)
 */
export function codePointLength(text: string): number {
  let count = 0;
  // String iteration walks code points; a lone surrogate counts as one, as in Python.
  for (const _codePoint of text) count += 1;
  return count;
}

/**
 * The code points of `text` from `start` up to (not including) `end`, with the same
 * clamping and negative-index rules as `Array.prototype.slice`.
 *
 * @example
 * sliceCodePoints('I ❤️ 🍕 pizza', 5, 6); // '🍕'
 * sliceCodePoints('I ❤️ 🍕 pizza', 7); // 'pizza'
 */
export function sliceCodePoints(text: string, start: number, end?: number): string {
  return Array.from(text).slice(start, end).join('');
}
