/**
 * The gaps worth folding among the shown events (layout/findGaps does the deciding).
 *
 * findFoldableGaps wants items sorted by start; events are sorted by reference time, and a
 * start can lie before earlier events' starts (a bounded date reaching back). Instead of
 * sorting 100,000 objects on every filter change, the covered stretches are merged in one
 * pass with a stack (an interval that reaches back merges with the clusters it overlaps),
 * and only those few clusters are handed over.
 */
import { findFoldableGaps, type TimeSpan } from '../layout/findGaps';
import type { Fold } from '../layout/timeScale';

export function foldsForExtents(
  start: Float64Array,
  end: Float64Array,
  ref: Float64Array,
  visible: Uint32Array,
): Fold[] {
  const clusters: { start: number; end: number }[] = [];
  let previousRef = Number.NEGATIVE_INFINITY;
  let sortedByRef = true;
  for (let k = 0; k < visible.length; k++) {
    const i = visible[k]!;
    const s = start[i]!;
    const e = Math.max(s, end[i]!);
    if (!Number.isFinite(s)) continue;
    if (ref[i]! < previousRef) sortedByRef = false;
    previousRef = ref[i]!;
    const top = clusters[clusters.length - 1];
    if (top && s <= top.end) {
      if (e > top.end) top.end = e;
      if (s < top.start) top.start = s;
    } else {
      clusters.push({ start: s, end: e });
    }
    // Reaching back may join earlier clusters.
    while (clusters.length > 1) {
      const last = clusters[clusters.length - 1]!;
      const before = clusters[clusters.length - 2]!;
      if (last.start > before.end) break;
      before.start = Math.min(before.start, last.start);
      before.end = Math.max(before.end, last.end);
      clusters.pop();
    }
  }
  // The stack argument needs reference order (start ≤ reference ≤ end); if the caller broke
  // it, fall back to sorting.
  const spans: TimeSpan[] = sortedByRef ? clusters : clusters.sort((a, b) => a.start - b.start);
  return findFoldableGaps(spans);
}
