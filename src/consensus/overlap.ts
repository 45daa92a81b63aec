/** A half-open range `[start, end)`, e.g. a span's code-point offsets. */
export type Interval = { readonly start: number; readonly end: number };

/** A rectangle with its top-left corner at (x, y). */
export type Rect = { readonly x: number; readonly y: number; readonly width: number; readonly height: number };

/**
 * Intersection over union of two ranges: 1 for identical ranges, 0 when they do not overlap
 * (touching ranges such as 0..3 and 3..5 do not overlap). Empty ranges give 0.
 *
 * @example
 * intervalIoU({ start: 0, end: 10 }, { start: 5, end: 15 }); // 5 / 15 = 0.333…
 */
export function intervalIoU(a: Interval, b: Interval): number {
  const intersection = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = a.end - a.start + (b.end - b.start) - intersection;
  return union > 0 ? intersection / union : 0;
}

/**
 * Intersection over union of two rectangles (area-based). Zero-area boxes give 0.
 *
 * @example
 * boxIoU({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 0, width: 10, height: 10 }); // 50 / 150
 */
export function boxIoU(a: Rect, b: Rect): number {
  const overlapWidth = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
  const overlapHeight = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  const intersection = overlapWidth * overlapHeight;
  const union = a.width * a.height + b.width * b.height - intersection;
  return union > 0 ? intersection / union : 0;
}

/**
 * F1 of two annotation lists under a one-to-one matching: each item of `a`, in order, takes the
 * first still-unmatched item of `b` that `matches` accepts (greedy, so deterministic but not
 * always the maximum matching). F1 = 2·matched / (|a| + |b|); two empty lists agree fully (1).
 *
 * @example
 * matchF1([1, 2, 3], [2, 3, 4], (x, y) => x === y); // 2·2 / (3 + 3) = 0.666…
 */
export function matchF1<A, B>(a: readonly A[], b: readonly B[], matches: (x: A, y: B) => boolean): number {
  if (a.length === 0 && b.length === 0) return 1;
  const taken = new Array<boolean>(b.length).fill(false);
  let matched = 0;
  for (const x of a) {
    const index = b.findIndex((y, j) => !taken[j] && matches(x, y));
    if (index === -1) continue;
    taken[index] = true;
    matched += 1;
  }
  return (2 * matched) / (a.length + b.length);
}
