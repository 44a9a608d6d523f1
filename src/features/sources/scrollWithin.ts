/**
 * Scrolling one pane to show an element, without scrolling the page or any other
 * ancestor (Element.scrollIntoView would move every scrollable ancestor).
 */

/**
 * The scrollTop that centres an element in its container, clamped to what the container
 * can scroll; null when the element is already wholly in view and need not move.
 * Positions are as getBoundingClientRect gives them.
 */
export function centredScrollTop(
  container: { top: number; height: number; scrollTop: number; scrollHeight: number },
  element: { top: number; height: number },
  margin = 8,
): number | null {
  const relativeTop = element.top - container.top;
  const fits = element.height <= container.height - 2 * margin;
  if (relativeTop >= margin && relativeTop + element.height <= container.height - margin) return null;
  const target = fits
    ? container.scrollTop + relativeTop - (container.height - element.height) / 2
    : container.scrollTop + relativeTop - margin; // taller than the pane: show its beginning
  const max = Math.max(0, container.scrollHeight - container.height);
  return Math.round(Math.min(max, Math.max(0, target)));
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Centres `element` in `container` (block: 'center'), smoothly unless motion is reduced or `instant` is asked. */
export function scrollIntoViewWithin(container: HTMLElement, element: HTMLElement, instant = false): void {
  const c = container.getBoundingClientRect();
  const e = element.getBoundingClientRect();
  const top = centredScrollTop(
    { top: c.top + container.clientTop, height: container.clientHeight, scrollTop: container.scrollTop, scrollHeight: container.scrollHeight },
    { top: e.top, height: e.height },
  );
  if (top === null) return;
  container.scrollTo({ top, behavior: instant || prefersReducedMotion() ? 'auto' : 'smooth' });
}
