/**
 * Which mark is under the pointer. Uses the same scale and the same geometry as the
 * drawing (markGeometry), so a fold, a fade or a soft month bar is hit where it is seen.
 */
import { candidateRanges, FLAG_PRIMARY, lowerBound, type MarkData } from './markData';
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
const scratchRanges = new Int32Array(4);

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
  const ranges = candidateRanges(data, t0, t1, scratchRanges);
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let q = 0; q < 4; q += 2) for (let i = ranges[q]!; i < ranges[q + 1]!; i++) {
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

/** The marks of one event (it has one per lane), found by its reference time in each group. */
export function marksOfEvent(data: MarkData, eventIndex: number, reference: number, out: number[]): number[] {
  out.length = 0;
  for (const group of data.groups) {
    for (let i = lowerBound(data.ref, reference, group.from, group.to); i < group.to && data.ref[i] === reference; i++) {
      if (data.event[i] === eventIndex) out.push(i);
    }
  }
  return out;
}

/** The mark that carries the event's label. */
export function primaryMark(data: MarkData, marks: readonly number[]): number {
  for (const m of marks) if (data.flags[m]! & FLAG_PRIMARY) return m;
  return marks[0] ?? -1;
}
