/**
 * Boxes in percent of the image, as the server checks them (src/schemas/answer-regions.ts):
 * 0 ≤ x, y; width, height > 0; x + width ≤ 100; y + height ≤ 100; two decimals.
 */
export interface Box {
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Which edges a resize moves. */
export interface Edges {
  readonly left?: boolean;
  readonly right?: boolean;
  readonly top?: boolean;
  readonly bottom?: boolean;
}

/** Smallest side, so a box never collapses to nothing while dragged or shrunk. */
export const MIN_SIZE = 1;

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/** One axis: size at least MIN_SIZE, inside 0–100 after rounding. */
function fitAxis(position: number, size: number): [number, number] {
  const fittedSize = round2(clamp(size, MIN_SIZE, 100));
  const fittedPosition = round2(clamp(position, 0, 100 - fittedSize));
  return [fittedPosition, round2(Math.min(fittedSize, 100 - fittedPosition))];
}

export function fitBox(box: Box): Box {
  const [x, width] = fitAxis(box.x, box.width);
  const [y, height] = fitAxis(box.y, box.height);
  return { label: box.label, x, y, width, height };
}

/** The boxes of a stored value that are well formed; anything else is dropped. */
export function readBoxes(value: unknown): Box[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { label, x, y, width, height } = entry as Record<string, unknown>;
    const numbers = [x, y, width, height];
    if (typeof label !== 'string' || !numbers.every((n) => typeof n === 'number' && Number.isFinite(n))) return [];
    return [{ label, x, y, width, height } as Box];
  });
}

export function centredBox(label: string): Box {
  return { label, x: 40, y: 40, width: 20, height: 20 };
}

/** A box spanned by two corners (percent), clamped to the image. */
export function boxFromCorners(label: string, ax: number, ay: number, bx: number, by: number): Box {
  const [left, right] = [clamp(Math.min(ax, bx), 0, 100), clamp(Math.max(ax, bx), 0, 100)];
  const [top, bottom] = [clamp(Math.min(ay, by), 0, 100), clamp(Math.max(ay, by), 0, 100)];
  return { label, x: left, y: top, width: right - left, height: bottom - top };
}

export function moveBox(box: Box, dx: number, dy: number): Box {
  return fitBox({ ...box, x: clamp(box.x + dx, 0, 100 - box.width), y: clamp(box.y + dy, 0, 100 - box.height) });
}

/** Moves the chosen edges; an edge stops at the image border and at MIN_SIZE from its opposite. */
export function resizeBox(box: Box, edges: Edges, dx: number, dy: number): Box {
  let left = box.x;
  let right = box.x + box.width;
  let top = box.y;
  let bottom = box.y + box.height;
  if (edges.left) left = clamp(left + dx, 0, right - MIN_SIZE);
  if (edges.right) right = clamp(right + dx, left + MIN_SIZE, 100);
  if (edges.top) top = clamp(top + dy, 0, bottom - MIN_SIZE);
  if (edges.bottom) bottom = clamp(bottom + dy, top + MIN_SIZE, 100);
  return fitBox({ label: box.label, x: left, y: top, width: right - left, height: bottom - top });
}

/** "x 10, y 5, 30 × 20 %" for lists and announcements. */
export function describeGeometry(box: Box): string {
  const n = (v: number) => String(round2(v));
  return `x ${n(box.x)}, y ${n(box.y)}, ${n(box.width)} × ${n(box.height)} %`;
}
