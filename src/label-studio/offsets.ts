/**
 * Label Studio's Text offsets are JavaScript string indexes (UTF-16 code units); Tandem's span
 * offsets count code points (src/schemas/CONTEXT.md). These convert between the two.
 */
export function codePointToUtf16(text: string, offset: number): number {
  let units = 0;
  let points = 0;
  for (const char of text) {
    if (points === offset) return units;
    units += char.length;
    points++;
  }
  return units;
}

export function utf16ToCodePoint(text: string, offset: number): number {
  let units = 0;
  let points = 0;
  for (const char of text) {
    if (units >= offset) return points;
    units += char.length;
    points++;
  }
  return points;
}
