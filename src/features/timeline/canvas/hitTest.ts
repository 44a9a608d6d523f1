/**
 * Which mark is under the pointer. Uses the same scale and the same geometry as the
 * drawing (markGeometry), so a fold, a fade or a soft month bar is hit where it is seen.
 */
import { candidateRange, FLAG_PRIMARY, type MarkData } from './markData';
import { createGeometry, FADE_PX, hitDistance, markGeometry, MARKER_RADIUS } from './markGeometry';

export interface HitScale {
  x(t: number): number;
  invert(px: number): number;
}

export interface LaneGeometry {
  readonly laneTop: number;
  readonly laneHeight: number;
  readonly laneCount: number;
}

export function laneAt(lanes: LaneGeometry, py: number): number {
  const lane = Math.floor((py - lanes.laneTop) / lanes.laneHeight);
  return lane >= 0 && lane < lanes.laneCount ? lane : -1;
}

const scratch = createGeometry();

/** The index of the mark under (px, py), or −1. Ties go to the mark drawn last (on top). */
export function hitTest(
  data: MarkData,
  scale: HitScale,
  lanes: LaneGeometry,
  px: number,
  py: number,
  tolerancePx = 4,
): number {
  const lane = laneAt(lanes, py);
  if (lane < 0 || data.count === 0) return -1;
  const reach = FADE_PX + MARKER_RADIUS + tolerancePx;
  const t0 = scale.invert(px - reach);
  const t1 = scale.invert(px + reach);
  const [lo, hi] = candidateRange(data, t0, t1);
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let i = lo; i < hi; i++) {
    if (data.lane[i] !== lane) continue;
    if (data.end[i]! < t0 || data.start[i]! > t1) continue;
    const g = markGeometry(data.flags[i]!, scale.x(data.start[i]!), scale.x(data.end[i]!), scratch);
    const d = hitDistance(g, px, tolerancePx);
    if (d <= bestDistance && d !== Number.POSITIVE_INFINITY) {
      best = i;
      bestDistance = d;
    }
  }
  return best;
}

/** The marks of one event (it has one per lane), found by its reference time. */
export function marksOfEvent(data: MarkData, eventIndex: number, reference: number, out: number[]): number[] {
  out.length = 0;
  let lo = 0;
  let hi = data.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (data.ref[mid]! < reference) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < data.count && data.ref[i] === reference; i++) if (data.event[i] === eventIndex) out.push(i);
  return out;
}

/** The mark that carries the event's label. */
export function primaryMark(data: MarkData, marks: readonly number[]): number {
  for (const m of marks) if (data.flags[m]! & FLAG_PRIMARY) return m;
  return marks[0] ?? -1;
}
