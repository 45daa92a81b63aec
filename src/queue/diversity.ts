/**
 * The diversity half of `uncertainty_diversity` (issue 12 point 2): the head of an uncertainty
 * order often holds near-duplicates (the same newsletter twice, one template filled in many
 * times), and labelling several of them teaches the model one thing. `diversify` reorders the head
 * greedily: an item too similar to one already placed is deferred behind the rest of the head.
 * Pure; similarity is the Jaccard index of hashed word 3-shingles.
 */

const MAX_CHARS = 4_000;
/** At or above this Jaccard similarity two texts count as near-duplicates. */
export const NEAR_DUPLICATE = 0.5;

/** Distinct hashed word 3-shingles of a text, sorted (a set to compare with `similarity`). */
export function sketch(text: string): Uint32Array {
  const words =
    text
      .slice(0, MAX_CHARS)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const shingles = new Set<number>();
  const n = words.length < 3 ? words.length : 3;
  for (let i = 0; i + n <= words.length && n > 0; i++) {
    let h = 0x811c9dc5;
    const shingle = words.slice(i, i + n).join(' ');
    for (let j = 0; j < shingle.length; j++) {
      h ^= shingle.charCodeAt(j);
      h = Math.imul(h, 0x01000193);
    }
    shingles.add(h >>> 0);
  }
  return Uint32Array.from(shingles).sort();
}

/** Jaccard index |A ∩ B| / |A ∪ B| of two sorted sketches (1 for two empty texts). */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

/**
 * A new order of `head` (already in uncertainty order): each entry is kept in place unless it is a
 * near-duplicate of one kept before it; deferred entries follow, in their own order. O(head²).
 */
export function diversify<T extends { readonly sketch: Uint32Array }>(head: readonly T[]): T[] {
  const kept: T[] = [];
  const deferred: T[] = [];
  for (const entry of head) {
    if (kept.some((other) => similarity(other.sketch, entry.sketch) >= NEAR_DUPLICATE)) deferred.push(entry);
    else kept.push(entry);
  }
  return [...kept, ...deferred];
}
