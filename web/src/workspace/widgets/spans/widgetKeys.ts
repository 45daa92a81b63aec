/**
 * Tab may cycle a widget's regions only while focus is in its drawing surface or on something
 * around it (the page, the question's section). From a button or any other control Tab keeps its
 * usual meaning, and past the last region it lets go (no keyboard trap; the form moves on).
 */
export function mayCycleWithTab(event: KeyboardEvent, surface: HTMLElement | null): boolean {
  if (event.ctrlKey || event.altKey || event.metaKey || !surface) return false;
  const target = event.target;
  return target instanceof Node && (surface.contains(target) || target.contains(surface));
}
