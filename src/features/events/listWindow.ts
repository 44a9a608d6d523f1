import { stepEvent } from '../../domain/navigation';

/**
 * The arithmetic of the event list: which rows of a fixed-height list are on screen,
 * how far to scroll to bring one into view, and where a key moves the selection.
 * Only the rows on screen exist in the DOM, so the list stays light at 100,000 events.
 */

export interface RowRange {
  /** First row to render (inclusive). */
  readonly start: number;
  /** Last row to render (exclusive). */
  readonly end: number;
}

export function rowsInView(scrollTop: number, viewportHeight: number, rowHeight: number, count: number, overscan = 4): RowRange {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewportHeight)) / rowHeight);
  return { start: Math.max(0, Math.min(count, first - overscan)), end: Math.min(count, Math.max(last + overscan, first + 1)) };
}

/** The scrollTop that shows row `row` whole while moving as little as possible. */
export function scrollTopToReveal(row: number, rowHeight: number, scrollTop: number, viewportHeight: number): number {
  const top = row * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return scrollTop;
}

/** Where `value` is in an ascending array, or where it would go: the first position holding a value ≥ it. */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The row of an event in the list, or -1 when it is not shown. */
export function rowOf(visible: ArrayLike<number>, eventIndex: number | null): number {
  if (eventIndex === null) return -1;
  const i = lowerBound(visible, eventIndex);
  return i < visible.length && visible[i] === eventIndex ? i : -1;
}

export type ListKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'PageDown' | 'PageUp';

export function isListKey(key: string): key is ListKey {
  return key === 'ArrowDown' || key === 'ArrowUp' || key === 'Home' || key === 'End' || key === 'PageDown' || key === 'PageUp';
}

/**
 * The event (index into dataset.events) a key moves the selection to, or null for none.
 * `visible` is ascending; the current event may be filtered out of it, in which case
 * the moves start from where it would sit.
 */
export function eventForKey(key: ListKey, visible: ArrayLike<number>, current: number | null, pageRows: number): number | null {
  const n = visible.length;
  if (n === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return stepEvent(visible, current, 1);
    case 'ArrowUp':
      return stepEvent(visible, current, -1);
    case 'Home':
      return visible[0]!;
    case 'End':
      return visible[n - 1]!;
    case 'PageDown':
    case 'PageUp': {
      const page = Math.max(1, pageRows - 1);
      if (current === null) return key === 'PageDown' ? visible[Math.min(n - 1, page)]! : visible[0]!;
      const at = lowerBound(visible, current);
      const found = at < n && visible[at] === current;
      const row = key === 'PageDown' ? (found ? at : at - 1) + page : at - page;
      return visible[Math.min(n - 1, Math.max(0, row))]!;
    }
  }
}
