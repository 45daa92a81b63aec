import type { LabelOption } from '../../../api/types';
import { nextWordEnd, previousWordStart, type WordStops } from './codePoints';
import { labelIndexForKey } from './labels';
import type { SpanEditor } from './useSpanEditor';

export interface SpanKeyContext {
  readonly editor: SpanEditor;
  readonly labels: readonly LabelOption[];
  readonly length: number;
  readonly words: WordStops;
  readonly surface: HTMLElement | null;
}

/**
 * The spans widget's keyboard map; true when the key was used. Each key does one thing:
 * ←/→ caret by code point (Ctrl/Alt: by word), Shift extends, Home/End; a label's key labels the
 * selection, or relabels the focused span (the one just made, or picked with ↑/↓); Delete or
 * Backspace removes it; Esc clears the selection, then the focus. Tab is left to the form: it
 * moves to the next question (issue 9, point 8).
 */
export function handleSpanKey(event: KeyboardEvent, { editor, labels, length, words }: SpanKeyContext) {
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
