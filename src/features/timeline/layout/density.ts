/**
 * Counting and range-finding over sorted times, by binary search.
 *
 * The overview strip shows how many events fall in each pixel column of the whole
 * dataset's extent; it is recomputed on resize and when the data change, and the
 * brushed window moves over it every frame. With times sorted, a bin's count is the
 * difference of two bisections, so the cost is O(bins · log n) instead of a pass over
 * all n events: 600 bins over 100k events is about 10k comparisons.
 */
import { bisectLeft, bisectRight } from 'd3';
import type { TimeWindow } from './timeWindow';

/**
 * Left edges of `binCount` equal bins over the domain, plus the domain's end: binCount + 1
 * values. Bin j is [edges[j], edges[j + 1]); the last bin also includes the domain's end,
 * as in d3.bin.
 */
export function densityBinEdges(domain: TimeWindow, binCount: number): Float64Array {
  const [t0, t1] = domain;
  const count = Math.max(0, Math.floor(binCount));
  const edges = new Float64Array(count + 1);
  // Computed from t0 each time, not accumulated, so the last edge is exactly t1.
  for (let j = 0; j <= count; j++) edges[j] = j === count ? t1 : t0 + ((t1 - t0) * j) / count;
  return edges;
}

/**
 * Number of times in each bin (see densityBinEdges). Times outside the domain are not
 * counted. `sortedTimes` must be ascending. Pass `out` (of length binCount) to reuse a
 * buffer across frames; otherwise a new one is allocated.
 */
export function densityBins(
  sortedTimes: ArrayLike<number>,
  domain: TimeWindow,
  binCount: number,
  out?: Uint32Array,
): Uint32Array {
  const count = Math.max(0, Math.floor(binCount));
  const counts = out && out.length === count ? out : new Uint32Array(count);
  counts.fill(0);
  const [t0, t1] = domain;
  if (count === 0 || !(t1 >= t0)) return counts;
  const n = sortedTimes.length;
  let previous = bisectLeft(sortedTimes, t0);
  for (let j = 0; j < count; j++) {
    const last = j === count - 1;
    const edge = last ? t1 : t0 + ((t1 - t0) * (j + 1)) / count;
    // Searching only to the right of the previous edge keeps each bisection short.
    const next = last ? bisectRight(sortedTimes, t1, previous, n) : bisectLeft(sortedTimes, edge, previous, n);
    counts[j] = next - previous;
    previous = next;
  }
  return counts;
}

/**
 * Index range [i0, i1) of the sorted times that lie in the window, both ends included.
 * For point events this is the whole culling step; events with a duration need cull.ts.
 */
export function visibleRange(sortedStarts: ArrayLike<number>, window: TimeWindow): readonly [number, number] {
  const i0 = bisectLeft(sortedStarts, window[0]);
  return [i0, Math.max(i0, bisectRight(sortedStarts, window[1], i0))];
}
