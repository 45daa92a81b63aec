import type { LabelOption } from '../../../api/types';

/**
 * Label colours and hotkeys shared by the region widgets (spans and boxes). Literal colours, not
 * Tailwind classes: they are mixed into inline styles (stripes, box borders) per label index.
 */
export interface LabelColor {
  /** Borders and stripes: at least 3:1 against white (non-text contrast). */
  readonly strong: string;
  /** Highlight behind dark text. */
  readonly tint: string;
  /** Text on white or on the tint; white text on it passes AA. */
  readonly ink: string;
}

const PALETTE: readonly LabelColor[] = [
  { strong: '#2563eb', tint: '#dbeafe', ink: '#1e3a8a' },
  { strong: '#d97706', tint: '#fef3c7', ink: '#78350f' },
  { strong: '#059669', tint: '#d1fae5', ink: '#064e3b' },
  { strong: '#e11d48', tint: '#ffe4e6', ink: '#881337' },
  { strong: '#7c3aed', tint: '#ede9fe', ink: '#4c1d95' },
  { strong: '#0891b2', tint: '#cffafe', ink: '#164e63' },
  { strong: '#65a30d', tint: '#ecfccb', ink: '#365314' },
  { strong: '#c026d3', tint: '#fae8ff', ink: '#701a75' },
  { strong: '#57534e', tint: '#e7e5e4', ink: '#292524' },
];

export function labelColor(labels: readonly LabelOption[], value: string): LabelColor {
  const index = Math.max(
    0,
    labels.findIndex((label) => label.value === value),
  );
  return PALETTE[index % PALETTE.length] as LabelColor;
}

export function labelName(labels: readonly LabelOption[], value: string): string {
  return labels.find((label) => label.value === value)?.label ?? value;
}

/**
 * Each label has one key (issue 9, point 8): its own hotkey when the schema gives one, else its
 * position 1–9. A digit never picks a label that has a key of its own, and never one whose digit
 * another label claims as its hotkey.
 */
function digitFor(labels: readonly LabelOption[], index: number): string | undefined {
  const digit = String(index + 1);
  const taken = labels.some((label) => label.hotkey?.toLowerCase() === digit);
  return index < 9 && !labels[index]?.hotkey && !taken ? digit : undefined;
}

/** The key shown for a label: its own hotkey, else its position 1–9. */
export function labelKey(labels: readonly LabelOption[], index: number): string | undefined {
  return labels[index]?.hotkey || digitFor(labels, index);
}

/** The label a key press picks (see digitFor). Never with Ctrl, Alt or Meta held. */
export function labelIndexForKey(labels: readonly LabelOption[], event: KeyboardEvent): number | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey) return undefined;
  const key = event.key.toLowerCase();
  const own = labels.findIndex((label) => label.hotkey?.toLowerCase() === key);
  if (own >= 0) return own;
  if (!/^[1-9]$/.test(key)) return undefined;
  const index = Number(key) - 1;
  return index < labels.length && digitFor(labels, index) === key ? index : undefined;
}
