/** Summary statistics for benchmark samples. Pure, so they are tested without a browser. */

/** The q-quantile (0…1) by linear interpolation between closest ranks; NaN for no samples. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Median of the values that are numbers; null when there are none. */
export function medianOf(values: readonly (number | null | undefined)[]): number | null {
  const numbers = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return numbers.length ? median(numbers) : null;
}

export function round(value: number | null, digits = 1): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export interface FrameStats {
  readonly frames: number;
  readonly medianMs: number | null;
  readonly p95Ms: number | null;
  readonly maxMs: number | null;
  /** Share of intervals longer than 1.5 frames at the floor: frames the page missed. */
  readonly droppedShare: number | null;
}

export function frameStats(intervals: readonly number[], floorMs: number): FrameStats {
  if (intervals.length === 0) return { frames: 0, medianMs: null, p95Ms: null, maxMs: null, droppedShare: null };
  const slow = intervals.filter((v) => v > floorMs * 1.5).length;
  return {
    frames: intervals.length,
    medianMs: round(median(intervals), 2),
    p95Ms: round(quantile(intervals, 0.95), 2),
    maxMs: round(Math.max(...intervals), 2),
    droppedShare: round(slow / intervals.length, 3),
  };
}
