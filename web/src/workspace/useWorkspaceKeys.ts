import { isTypingTarget, useKeydown } from './widgets/hotkeys';

export interface WorkspaceKeys {
  readonly submit: () => void;
  readonly skip: () => void;
  readonly undo: () => void;
  readonly toggleHelp: () => void;
  readonly toggleGuidelines: () => void;
}

/** A button or link that Enter should press (option buttons are pressed with their own keys). */
function pressesOnEnter(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const control = target.closest('button, a[href], summary');
  if (!control) return false;
  const role = control.getAttribute('role');
  return role !== 'radio' && role !== 'checkbox' && role !== 'option';
}

/**
 * The workspace's own keys, on `window` so widgets (on `document`) see keys first:
 * Enter submits (not while typing, not on a button), Ctrl/⌘+Enter submits anywhere, S skips,
 * Ctrl/⌘+Z undoes outside text fields, ? shows the keys, G the guidelines.
 */
export function useWorkspaceKeys(enabled: boolean, keys: WorkspaceKeys): void {
  useKeydown(
    enabled,
    (event) => {
      const typing = isTypingTarget(event.target);
      const mod = event.ctrlKey || event.metaKey;
      if (event.key === 'Enter' && !event.altKey && !event.shiftKey) {
        const singleLine = event.target instanceof HTMLInputElement;
        if (mod || ((!typing || singleLine) && !pressesOnEnter(event.target))) {
          keys.submit();
          return true;
        }
        return false;
      }
      if (typing) return false;
      if (mod && !event.altKey && event.key.toLowerCase() === 'z' && !event.shiftKey) {
        keys.undo();
        return true;
      }
      if (mod || event.altKey) return false;
      const key = event.key.toLowerCase();
      if (key === 's') keys.skip();
      else if (key === '?') keys.toggleHelp();
      else if (key === 'g') keys.toggleGuidelines();
      else return false;
      return true;
    },
    { whileTyping: true, target: 'window' },
  );
}
