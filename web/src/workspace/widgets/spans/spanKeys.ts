import type { LabelOption } from '../../../api/types';
import { nextWordEnd, previousWordStart, type WordStops } from './codePoints';
import { labelIndexForKey } from './labels';
import type { SpanEditor } from './useSpanEditor';
import { mayCycleWithTab } from './widgetKeys';

export interface SpanKeyContext {
  readonly editor: SpanEditor;
  readonly labels: readonly LabelOption[];
  readonly length: number;
  readonly words: WordStops;
  readonly surface: HTMLElement | null;
}

/**
 * The spans widget's keyboard map; true when the key was used.
 * ←/→ caret by code point (Ctrl/Alt: by word), Shift extends, Home/End; a label key or digit
 * labels the selection (or relabels the focused span); ↑/↓ and Tab/Shift+Tab pick a span;
 * Delete/Backspace removes it; Esc clears the selection, then the focused span.
 */
export function handleSpanKey(event: KeyboardEvent, { editor, labels, length, words, surface }: SpanKeyContext) {
  const labelIndex = labelIndexForKey(labels, event);
  if (labelIndex !== undefined) {
    editor.applyLabel(labelIndex);
    return true;
  }
  if (event.metaKey) return false;
  const byWord = event.ctrlKey || event.altKey;
  const { caret, selection } = editor;
  switch (event.key) {
    case 'ArrowLeft':
    case 'ArrowRight': {
      const forward = event.key === 'ArrowRight';
      let to: number;
      if (byWord) to = forward ? nextWordEnd(words, caret, length) : previousWordStart(words, caret);
      else if (selection && !event.shiftKey) to = forward ? selection.end : selection.start;
      else to = caret + (forward ? 1 : -1);
      editor.moveCaret(to, event.shiftKey);
      return true;
    }
    case 'Home':
    case 'End':
      editor.moveCaret(event.key === 'Home' ? 0 : length, event.shiftKey);
      return true;
    case 'ArrowUp':
    case 'ArrowDown':
      return !byWord && editor.cycle(event.key === 'ArrowDown' ? 1 : -1, true);
    case 'Tab':
      return mayCycleWithTab(event, surface) && editor.cycle(event.shiftKey ? -1 : 1, false);
    case 'Delete':
    case 'Backspace':
      if (editor.focused === null || byWord) return false;
      editor.removeSpan(editor.focused, true);
      return true;
    case 'Escape':
      return editor.clear();
    default:
      return false;
  }
}
