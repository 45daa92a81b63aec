import type { LabelOption } from '../../../api/types';
import { labelIndexForKey } from '../spans/labels';
import { mayCycleWithTab } from '../spans/widgetKeys';

export interface BoxActions {
  readonly selected: number | null;
  readonly add: () => void;
  readonly pickLabel: (index: number) => void;
  /** Next/previous box; false when Tab should move on (past either end). */
  readonly cycle: (step: 1 | -1, wrap: boolean) => boolean;
  readonly nudge: (dx: number, dy: number, resize: boolean) => void;
  readonly remove: () => void;
  readonly deselect: () => void;
}

const ARROWS: Record<string, readonly [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * The box widget's keyboard map; true when the key was used. N adds a box; a label key or digit
 * sets the label (of the selected box, and of boxes to come); Tab/Shift+Tab pick a box; arrows
 * move it 1 % (Shift 5 %); Alt+arrows resize its right/bottom edge; Delete removes; Esc deselects.
 */
export function handleBoxKey(
  event: KeyboardEvent,
  actions: BoxActions,
  labels: readonly LabelOption[],
  surface: HTMLElement | null,
): boolean {
  const plain = !event.ctrlKey && !event.altKey && !event.metaKey;
  if (plain && event.key.toLowerCase() === 'n') {
    actions.add();
    return true;
  }
  const labelIndex = labelIndexForKey(labels, event);
  if (labelIndex !== undefined) {
    actions.pickLabel(labelIndex);
    return true;
  }
  const arrow = ARROWS[event.key];
  if (arrow) {
    if (actions.selected === null || event.ctrlKey || event.metaKey) return false;
    const step = event.shiftKey ? 5 : 1;
    actions.nudge(arrow[0] * step, arrow[1] * step, event.altKey);
    return true;
  }
  switch (event.key) {
    case 'Tab':
      return mayCycleWithTab(event, surface) && actions.cycle(event.shiftKey ? -1 : 1, false);
    case 'Delete':
    case 'Backspace':
      if (actions.selected === null || !plain) return false;
      actions.remove();
      return true;
    case 'Escape':
      if (actions.selected === null) return false;
      actions.deselect();
      return true;
    default:
      return false;
  }
}
