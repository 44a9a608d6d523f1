/**
 * The gaps worth folding among the shown events (layout/findGaps does the deciding).
 */
import type { TimelineEvent } from '../../../domain/dataset';
import { findFoldableGaps, type TimeSpan } from '../layout/findGaps';
import type { Fold } from '../layout/timeScale';

export function foldsForEvents(events: readonly TimelineEvent[], visible: Uint32Array): Fold[] {
  const spans: TimeSpan[] = Array.from(visible, (i) => {
    const x = events[i]!.extent;
    return { start: x.start, end: x.end };
  });
  // Events are sorted by reference time; starts are nearly but not exactly in that order.
  spans.sort((a, b) => a.start - b.start);
  return findFoldableGaps(spans);
}
