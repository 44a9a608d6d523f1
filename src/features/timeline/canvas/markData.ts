/**
 * What the canvas draws, as flat typed arrays: one "mark" per (event, lane), in time order.
 *
 * Built once when the data, the filters, the lane mode or the room for lanes change, never
 * during a gesture: a frame then only reads numbers (no objects, no Maps, no strings).
 */
import type { DatasetIndex, TimelineEvent } from '../../../domain/dataset';
import type { LaneMode } from '../../../stores/urlState';
import { assignLanes, type LaneKeys } from '../layout/lanes';
import { KIND_INDEX } from './colors';

/** Bits of MarkData.flags. */
export const FLAG_KIND_MASK = 0b11;
export const FLAG_POINT = 1 << 2;
export const FLAG_APPROXIMATE = 1 << 3;
export const FLAG_UNKNOWN_BEFORE = 1 << 4;
export const FLAG_UNKNOWN_AFTER = 1 << 5;
/** A single moment somewhere within bounds (EDTF [A..B]), as opposed to a stretch of time. */
export const FLAG_BOUNDED = 1 << 6;
/** This mark carries the event's label (an event in several lanes is labelled once). */
export const FLAG_PRIMARY = 1 << 7;

export interface LaneInfo {
  readonly key: string;
  readonly label: string;
  /** Marks in the lane. */
  readonly count: number;
  /** For the overflow lane: how many lanes it stands for. */
  readonly merged: number;
}

export interface MarkData {
  readonly count: number;
  /** Index into dataset.events. */
  readonly event: Uint32Array;
  readonly lane: Uint16Array;
  readonly flags: Uint8Array;
  readonly start: Float64Array;
  /** Exclusive end of what is known (a day point ends at the next midnight). */
  readonly end: Float64Array;
  /** extent.reference: ascending. */
  readonly ref: Float64Array;
  /** max(ref − start) and max(end − ref): how far from its reference a mark can reach, for culling by binary search. */
  readonly maxBefore: number;
  readonly maxAfter: number;
  readonly lanes: readonly LaneInfo[];
  /** The extent of all marks, or null when there are none. */
  readonly extent: { readonly start: number; readonly end: number } | null;
  /** Number of distinct events. */
  readonly eventCount: number;
}

export const KIND_LABELS = { occurrence: 'Occurrences', report: 'Reports', anniversary: 'Anniversaries' } as const;

export function laneKeyFunction(index: DatasetIndex, mode: LaneMode): (e: TimelineEvent) => LaneKeys {
  switch (mode) {
    case 'actor':
      return (e) => e.actors;
    case 'kind':
      return (e) => e.kind;
    case 'source':
      return (e) => {
        if (e.evidence.length === 1) return e.evidence[0]!.sourceId;
        return [...new Set(e.evidence.map((x) => x.sourceId))];
      };
  }
}

export function laneLabelFunction(index: DatasetIndex, mode: LaneMode): (key: string) => string {
  switch (mode) {
    case 'actor':
      return (key) => index.actorById.get(key)?.name ?? key;
    case 'kind':
      return (key) => KIND_LABELS[key as keyof typeof KIND_LABELS] ?? key;
    case 'source':
      return (key) => index.sourceById.get(key)?.title ?? key;
  }
}

const UNASSIGNED_LABEL: Record<LaneMode, string> = { actor: 'No actor', kind: 'No kind', source: 'No source' };
const OTHER_LABEL: Record<LaneMode, string> = { actor: 'actors', kind: 'kinds', source: 'sources' };

export function flagsOf(e: TimelineEvent): number {
  const x = e.extent;
  let flags = KIND_INDEX[e.kind] ?? 0;
  if (x.isPoint) flags |= FLAG_POINT;
  if (x.approximate) flags |= FLAG_APPROXIMATE;
  if (x.unknownBefore) flags |= FLAG_UNKNOWN_BEFORE;
  if (x.unknownAfter) flags |= FLAG_UNKNOWN_AFTER;
  if (e.when.type === 'bounded') flags |= FLAG_BOUNDED;
  return flags;
}

/**
 * Lays the visible events out in lanes. When there are more lanes than `maxLanes`, the
 * busiest `maxLanes − 1` keep their rows (in their usual order) and the rest share a last
 * "N more" lane, so that every event is still drawn and nothing becomes too thin to read.
 */
export function buildMarkData(index: DatasetIndex, visible: Uint32Array, mode: LaneMode, maxLanes: number): MarkData {
  const events = index.dataset.events;
  const items = Array.from(visible, (i) => events[i]!);
  const keyOf = laneKeyFunction(index, mode);
  const assignment = assignLanes(items, (e) => keyOf(e), {
    labelOf: laneLabelFunction(index, mode),
    unassignedLabel: UNASSIGNED_LABEL[mode],
  });

  // Which lanes survive, and where the others go.
  const limit = Math.max(1, Math.floor(maxLanes));
  const laneMap = new Uint16Array(assignment.lanes.length);
  let lanes: LaneInfo[];
  if (assignment.lanes.length <= limit) {
    assignment.lanes.forEach((l, i) => (laneMap[i] = i));
    lanes = assignment.lanes.map((l) => ({ key: l.key, label: l.label, count: l.count, merged: 1 }));
  } else {
    const keep = new Set(
      [...assignment.lanes]
        .sort((a, b) => b.count - a.count || a.index - b.index)
        .slice(0, limit - 1)
        .map((l) => l.index),
    );
    lanes = [];
    let otherCount = 0;
    let merged = 0;
    for (const l of assignment.lanes) {
      if (keep.has(l.index)) {
        laneMap[l.index] = lanes.length;
        lanes.push({ key: l.key, label: l.label, count: l.count, merged: 1 });
      } else {
        otherCount += l.count;
        merged += 1;
      }
    }
    const other = lanes.length;
    for (const l of assignment.lanes) if (!keep.has(l.index)) laneMap[l.index] = other;
    lanes.push({ key: '\u0000other', label: `${merged} more ${OTHER_LABEL[mode]}`, count: otherCount, merged });
  }

  const rows = assignment.rows;
  const capacity = rows.length;
  const event = new Uint32Array(capacity);
  const lane = new Uint16Array(capacity);
  const flags = new Uint8Array(capacity);
  const start = new Float64Array(capacity);
  const end = new Float64Array(capacity);
  const ref = new Float64Array(capacity);
  let n = 0;
  let maxBefore = 0;
  let maxAfter = 0;
  let extentStart = Number.POSITIVE_INFINITY;
  let extentEnd = Number.NEGATIVE_INFINITY;
  for (let item = 0; item < items.length; item++) {
    const e = items[item]!;
    const x = e.extent;
    const base = flagsOf(e);
    const from = assignment.rowOffsets[item]!;
    const to = assignment.rowOffsets[item + 1]!;
    let previousLane = -1;
    for (let r = from; r < to; r++) {
      const l = laneMap[rows[r]!.laneIndex]!;
      // Two of the event's lanes may have been merged into the overflow lane: one mark there.
      if (l === previousLane) continue;
      event[n] = visible[item]!;
      lane[n] = l;
      // Rows of an item come in lane order, so its first row is its topmost lane.
      flags[n] = base | (r === from ? FLAG_PRIMARY : 0);
      start[n] = x.start;
      end[n] = x.end;
      ref[n] = x.reference;
      if (x.reference - x.start > maxBefore) maxBefore = x.reference - x.start;
      if (x.end - x.reference > maxAfter) maxAfter = x.end - x.reference;
      previousLane = l;
      n++;
    }
    if (x.start < extentStart) extentStart = x.start;
    if (x.end > extentEnd) extentEnd = x.end;
  }

  return {
    count: n,
    event: event.subarray(0, n),
    lane: lane.subarray(0, n),
    flags: flags.subarray(0, n),
    start: start.subarray(0, n),
    end: end.subarray(0, n),
    ref: ref.subarray(0, n),
    maxBefore,
    maxAfter,
    lanes,
    extent: items.length > 0 ? { start: extentStart, end: extentEnd } : null,
    eventCount: items.length,
  };
}

/**
 * Index range [lo, hi) of marks that may touch the window: those whose reference lies in
 * [t0 − maxAfter, t1 + maxBefore]. Callers still test each mark's own extent.
 */
export function candidateRange(data: MarkData, t0: number, t1: number): [number, number] {
  return [lowerBound(data.ref, t0 - data.maxAfter), upperBound(data.ref, t1 + data.maxBefore)];
}

export function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function upperBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
