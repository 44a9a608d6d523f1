/**
 * Which events intersect the visible window, for events that have a duration.
 *
 * Sorting by start lets a bisection drop everything that starts after the window, but
 * not what ends before it: a span can start long before the window and still cross it.
 * The usual fixes each have a bad case. "Scan from bisect(window.start − longest span)"
 * scans almost everything once a single event lasts a century; a prefix maximum of ends
 * does the same once one early event is long.
 *
 * Instead the start-sorted array is cut into blocks of 64 and each block remembers its
 * latest end. A query skips every block that ends before the window (one comparison per
 * block, and a bisection on the blocks' running maximum skips the leading run entirely)
 * and scans only blocks that may hold a visible event. A long span makes only its own block
 * a candidate. For 100k events that is at most ~1,600 block checks plus the visible events
 * themselves, the indices come out in start order, and nothing is allocated when the
 * caller passes an output buffer.
 */
import { bisectLeft, bisectRight } from 'd3';
import type { TimeWindow } from './timeWindow';

const BLOCK_SIZE = 64;
const BLOCK_SHIFT = 6;

export interface CullIndex {
  readonly size: number;
  readonly starts: Float64Array;
  /** Ends, with a missing or earlier-than-start end replaced by the start. */
  readonly ends: Float64Array;
  /** Latest end within each block of BLOCK_SIZE events. */
  readonly blockMaxEnd: Float64Array;
  /** Running maximum of blockMaxEnd: non-decreasing, so it can be bisected. */
  readonly blockPrefixMaxEnd: Float64Array;
}

/**
 * Builds the index once per dataset (O(n)). `starts` must be ascending; `ends[i]` belongs
 * to `starts[i]`. Both are copied, so later changes to the inputs do not corrupt the index.
 */
export function createCullIndex(starts: ArrayLike<number>, ends: ArrayLike<number>): CullIndex {
  const size = starts.length;
  const s = Float64Array.from(starts);
  const e = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    const start = s[i] as number;
    const end = i < ends.length ? (ends[i] as number) : start;
    e[i] = end >= start ? end : start; // also replaces NaN
  }
  const blockCount = (size + BLOCK_SIZE - 1) >> BLOCK_SHIFT;
  const blockMaxEnd = new Float64Array(blockCount);
  const blockPrefixMaxEnd = new Float64Array(blockCount);
  let running = Number.NEGATIVE_INFINITY;
  for (let b = 0; b < blockCount; b++) {
    let max = Number.NEGATIVE_INFINITY;
    const to = Math.min(size, (b + 1) << BLOCK_SHIFT);
    for (let i = b << BLOCK_SHIFT; i < to; i++) if ((e[i] as number) > max) max = e[i] as number;
    blockMaxEnd[b] = max;
    if (max > running) running = max;
    blockPrefixMaxEnd[b] = running;
  }
  return { size, starts: s, ends: e, blockMaxEnd, blockPrefixMaxEnd };
}

/**
 * Indices (ascending) of the events with start ≤ window end and end ≥ window start. The
 * test is inclusive because a point event has start = end: a strict test would drop a
 * point lying exactly on the window's edge. Pad the window by the mark radius (in ms) so
 * marks half outside the view are still drawn.
 *
 * Pass an `out` buffer of at least index.size to avoid allocating per frame; the result
 * is a view of its first `count` entries.
 */
export function cullVisible(index: CullIndex, window: TimeWindow, out?: Uint32Array): Uint32Array {
  const result = out && out.length >= index.size ? out : new Uint32Array(index.size);
  const [w0, w1] = window;
  const { starts, ends, blockMaxEnd, blockPrefixMaxEnd } = index;
  // Events from i1 on start after the window.
  const i1 = bisectRight(starts, w1);
  let count = 0;
  for (let b = bisectLeft(blockPrefixMaxEnd, w0); b << BLOCK_SHIFT < i1; b++) {
    if ((blockMaxEnd[b] as number) < w0) continue;
    const to = Math.min(i1, (b + 1) << BLOCK_SHIFT);
    for (let i = b << BLOCK_SHIFT; i < to; i++) if ((ends[i] as number) >= w0) result[count++] = i;
  }
  return result.subarray(0, count);
}
