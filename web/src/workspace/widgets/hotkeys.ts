import { useLayoutEffect, useRef } from 'react';

/**
 * Keyboard plumbing shared by the widgets, the form and the workspace. Widgets listen on
 * `document` and the workspace on `window`, so a widget sees a key first; whoever handles a key
 * calls `preventDefault()` and everyone after checks `defaultPrevented` (an option whose own
 * hotkey is "s" wins over Skip).
 */

/** True while the person is typing: keys belong to the field, not to hotkeys. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  }
  return false;
}

/** A plain key press: no Ctrl/Meta/Alt (Shift is allowed, it makes "?" and capitals). */
export function isPlainKey(event: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  return !event.ctrlKey && !event.metaKey && !event.altKey;
}

/** The 0-based index for keys 1–9, or -1. */
export function digitIndex(event: Pick<KeyboardEvent, 'key'>): number {
  return /^[1-9]$/.test(event.key) ? Number(event.key) - 1 : -1;
}

/**
 * Calls `handle` for keydown on `document` while `enabled`; `handle` returns true when it used the
 * key (the event is then `preventDefault`ed). Typing in a text field and keys already handled are
 * skipped unless `whileTyping` is set. The latest `handle` is used without re-subscribing.
 */
export function useKeydown(
  enabled: boolean,
  handle: (event: KeyboardEvent) => boolean | undefined,
  options: { whileTyping?: boolean; target?: 'document' | 'window' } = {},
): void {
  const latest = useRef(handle);
  latest.current = handle;
  const { whileTyping = false, target = 'document' } = options;
  // A layout effect: the listener is live before the item is painted, so a key pressed the moment
  // the next item appears is never lost.
  useLayoutEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (!whileTyping && isTypingTarget(event.target)) return;
      if (latest.current(event) === true) event.preventDefault();
    };
    const on = target === 'window' ? window : document;
    on.addEventListener('keydown', listener as EventListener);
    return () => on.removeEventListener('keydown', listener as EventListener);
  }, [enabled, whileTyping, target]);
}

/** `key` is the event's key, case-insensitively (hotkeys are letters or digits). */
export function isKey(event: Pick<KeyboardEvent, 'key'>, key: string | undefined): boolean {
  return key !== undefined && event.key.toLowerCase() === key.toLowerCase();
}
