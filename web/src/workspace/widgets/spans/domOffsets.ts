import { codePointLength } from './codePoints';

/**
 * Maps DOM selection boundaries to code-point offsets. The text is rendered as segments, each an
 * element `[data-kind="text"][data-cp=<first code point>]` holding one text node; label tags are
 * `[data-kind="tag"][data-cp=<span end>]`. Nothing else inside the text holds text.
 */
export function boundaryToCodePoint(root: HTMLElement, node: Node, offset: number, length: number): number {
  if (!root.contains(node)) {
    // A drag that ended outside the text takes everything up to that side.
    return node.compareDocumentPosition(root) & Node.DOCUMENT_POSITION_FOLLOWING ? 0 : length;
  }
  if (node.nodeType === Node.TEXT_NODE) {
    const host = node.parentElement?.closest<HTMLElement>('[data-cp]');
    if (host && root.contains(host)) {
      const base = Number(host.dataset.cp);
      if (host.dataset.kind !== 'text') return base;
      // A boundary inside a surrogate pair counts the pair (the lone high surrogate is one).
      return base + codePointLength((node as Text).data.slice(0, offset));
    }
  }
  // An element boundary: the first text segment at or after it.
  const point = document.createRange();
  point.setStart(node, offset);
  for (const segment of root.querySelectorAll<HTMLElement>('[data-kind="text"]')) {
    if (point.comparePoint(segment, 0) >= 0) return Number(segment.dataset.cp);
  }
  return length;
}

/** The current DOM selection as code points (anchor may be after focus), if it touches `root`. */
export function readSelection(root: HTMLElement, length: number): { anchor: number; focus: number } | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.anchorNode || !selection.focusNode) return null;
  if (!root.contains(selection.anchorNode) && !root.contains(selection.focusNode)) return null;
  return {
    anchor: boundaryToCodePoint(root, selection.anchorNode, selection.anchorOffset, length),
    focus: boundaryToCodePoint(root, selection.focusNode, selection.focusOffset, length),
  };
}
