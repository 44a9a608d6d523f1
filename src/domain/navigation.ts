/**
 * Stepping through events in time (← / →) among the ones currently shown.
 * `visible` holds indices into dataset.events, already in time order.
 */
export function stepEvent(visible: ArrayLike<number>, currentIndex: number | null, direction: 1 | -1): number | null {
  const n = visible.length;
  if (n === 0) return null;
  if (currentIndex === null) return direction === 1 ? visible[0]! : visible[n - 1]!;
  // Binary search for the current event's position (or where it would be if filtered out).
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (visible[mid]! < currentIndex) lo = mid + 1;
    else hi = mid;
  }
  const found = lo < n && visible[lo] === currentIndex;
  const next = direction === 1 ? (found ? lo + 1 : lo) : lo - 1;
  if (next < 0 || next >= n) return currentIndex;
  return visible[next]!;
}
