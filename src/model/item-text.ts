/**
 * The text the built-in model reads from an item: every string value of its data, in key order
 * (choice questions read no particular field, so the whole item is the evidence). Nested objects
 * and arrays contribute their strings too, depth-first.
 */
export function itemText(data: unknown): string {
  const parts: string[] = [];
  const walk = (value: unknown, depth: number) => {
    if (typeof value === 'string') parts.push(value);
    else if (depth < 4 && value !== null && typeof value === 'object') {
      for (const child of Array.isArray(value) ? value : Object.values(value)) walk(child, depth + 1);
    }
  };
  walk(data, 0);
  return parts.join('\n');
}
