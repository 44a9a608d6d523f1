/**
 * What the canvas draws, as flat typed arrays: one "mark" per (event, lane), in time order.
 *
 * Two stages, so that typing in the search box stays cheap at 100,000 events:
 * - `buildLaneBase` (once per dataset and lane mode) assigns every event to its lanes
 *   (layout/assignLanes) and copies what drawing needs into typed arrays;
 * - `buildMarkData` (per filter change, or when the room for lanes changes) selects the
 *   shown events' rows with typed-array passes only. Lanes keep their relative order
 *   while filtering, so rows do not jump around as the user types.
 *
 * Marks are stored in two groups, each sorted by reference time: long ones (year-precision
 * dates, long spans, wide bounds) and short ones. Culling a window is a binary search per
 * group widened by that group's own reach, so a handful of three-year spans do not make
 * every frame scan three years of day-precision points. Long marks come first, so they are
 * also drawn first, under the short ones.
 *
 * A frame then only reads numbers (no objects, no Maps, no strings).
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

/** Marks reaching further than this from their reference time go to the "long" group. */
export const LONG_MARK_MS = 32 * 86_400_000;

export interface LaneInfo {
  readonly key: string;
  readonly label: string;
  /** Marks in the lane. */
  readonly count: number;
  /** For the overflow lane: how many lanes it stands for. */
  readonly merged: number;
}

/** A run of marks [from, to) sorted by reference time, and how far its marks reach from it. */
export interface MarkGroup {
  readonly from: number;
  readonly to: number;
  readonly maxBefore: number;
  readonly maxAfter: number;
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
  /** extent.reference, ascending within each group. */
  readonly ref: Float64Array;
  readonly groups: readonly MarkGroup[];
  readonly lanes: readonly LaneInfo[];
  /** The extent of all marks, or null when there are none. */
  readonly extent: { readonly start: number; readonly end: number } | null;
  /** Number of distinct events. */
  readonly eventCount: number;
}

/** Every event's lanes and drawing fields, for one dataset and lane mode. */
export interface LaneBase {
  readonly mode: LaneMode;
  readonly words: LaneWords;
  readonly lanes: readonly { readonly key: string; readonly label: string }[];
  /** Rows of event i: rowLane[rowOffsets[i]] … rowLane[rowOffsets[i + 1] − 1], in lane order. */
  readonly rowOffsets: Uint32Array;
  readonly rowLane: Uint16Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
  readonly ref: Float64Array;
  readonly flags: Uint8Array;
}

/**
 * The lane names that are interface words rather than data (a kind, "No actor", "3 more
 * actors"), in the interface language; English unless the view passes its own.
 */
export interface LaneWords {
  readonly kind: (kind: string) => string;
  readonly unassigned: (mode: LaneMode) => string;
  readonly more: (mode: LaneMode, count: number) => string;
}

const KIND_LANE_NAMES: Readonly<Record<string, string>> = { occurrence: 'Occurrences', report: 'Reports', anniversary: 'Anniversaries' };
const UNASSIGNED_LABEL: Record<LaneMode, string> = { actor: 'No actor', kind: 'No kind', source: 'No source' };
const OTHER_LABEL: Record<LaneMode, string> = { actor: 'actors', kind: 'kinds', source: 'sources' };

export const ENGLISH_LANE_WORDS: LaneWords = {
  kind: (kind) => KIND_LANE_NAMES[kind] ?? kind,
  unassigned: (mode) => UNASSIGNED_LABEL[mode],
  more: (mode, count) => `${count} more ${OTHER_LABEL[mode]}`,
};

export function laneKeyFunction(mode: LaneMode): (e: TimelineEvent) => LaneKeys {
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

export function laneLabelFunction(index: DatasetIndex, mode: LaneMode, words: LaneWords = ENGLISH_LANE_WORDS): (key: string) => string {
  switch (mode) {
    case 'actor':
      return (key) => index.actorById.get(key)?.name ?? key;
    case 'kind':
      return (key) => words.kind(key);
    case 'source':
      return (key) => index.sourceById.get(key)?.title ?? key;
  }
}

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

export function buildLaneBase(index: DatasetIndex, mode: LaneMode, words: LaneWords = ENGLISH_LANE_WORDS): LaneBase {
  const events = index.dataset.events;
  const n = events.length;
  const keyOf = laneKeyFunction(mode);
  const assignment = assignLanes(events, (e) => keyOf(e), {
    labelOf: laneLabelFunction(index, mode, words),
    unassignedLabel: words.unassigned(mode),
  });
  const rows = assignment.rows;
  const rowLane = new Uint16Array(rows.length);
  for (let r = 0; r < rows.length; r++) rowLane[r] = Math.min(0xffff, rows[r]!.laneIndex);
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const ref = new Float64Array(n);
  const flags = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    start[i] = e.extent.start;
    end[i] = e.extent.end;
    ref[i] = e.extent.reference;
    flags[i] = flagsOf(e);
  }
  return {
    mode,
    words,
    lanes: assignment.lanes.map((l) => ({ key: l.key, label: l.label })),
    rowOffsets: assignment.rowOffsets,
    rowLane,
    start,
    end,
    ref,
    flags,
  };
}

/**
 * The marks of the shown events. Lanes without shown events are left out. When more lanes
 * remain than `maxLanes`, the busiest `maxLanes − 1` keep their rows (in their usual order)
 * and the rest share a last "N more" lane, so every event is still drawn and no row
 * becomes too thin to read.
 */
export function buildMarkData(base: LaneBase, visible: Uint32Array, maxLanes: number): MarkData {
  const laneTotal = base.lanes.length;
  const { rowOffsets, rowLane } = base;

  // Shown rows per base lane.
  const counts = new Uint32Array(laneTotal);
  for (let k = 0; k < visible.length; k++) {
    const i = visible[k]!;
    for (let r = rowOffsets[i]!; r < rowOffsets[i + 1]!; r++) counts[rowLane[r]!]! += 1;
  }
  const present: number[] = [];
  for (let l = 0; l < laneTotal; l++) if (counts[l]! > 0) present.push(l);

  const limit = Math.max(1, Math.floor(maxLanes));
  const laneMap = new Uint16Array(laneTotal);
  const lanes: LaneInfo[] = [];
  if (present.length <= limit) {
    for (const l of present) {
      laneMap[l] = lanes.length;
      lanes.push({ key: base.lanes[l]!.key, label: base.lanes[l]!.label, count: counts[l]!, merged: 1 });
    }
  } else {
    const keep = new Set([...present].sort((a, b) => counts[b]! - counts[a]! || a - b).slice(0, limit - 1));
    let otherCount = 0;
    let merged = 0;
    for (const l of present) {
      if (keep.has(l)) {
        laneMap[l] = lanes.length;
        lanes.push({ key: base.lanes[l]!.key, label: base.lanes[l]!.label, count: counts[l]!, merged: 1 });
      } else {
        otherCount += counts[l]!;
        merged += 1;
      }
    }
    const other = lanes.length;
    for (const l of present) if (!keep.has(l)) laneMap[l] = other;
    lanes.push({ key: '\u0000other', label: base.words.more(base.mode, merged), count: otherCount, merged });
  }

  // Marks per group: count, then fill (long group first).
  const isLong = (i: number) => base.ref[i]! - base.start[i]! > LONG_MARK_MS || base.end[i]! - base.ref[i]! > LONG_MARK_MS;
  let longCount = 0;
  let total = 0;
  for (let k = 0; k < visible.length; k++) {
    const i = visible[k]!;
    const rows = rowOffsets[i + 1]! - rowOffsets[i]!;
    total += rows;
    if (isLong(i)) longCount += rows;
  }
  const event = new Uint32Array(total);
  const lane = new Uint16Array(total);
  const flags = new Uint8Array(total);
  const start = new Float64Array(total);
  const end = new Float64Array(total);
  const ref = new Float64Array(total);
  const cursor = [0, longCount];
  const reach = [
    [0, 0],
    [0, 0],
  ];
  let extentStart = Number.POSITIVE_INFINITY;
  let extentEnd = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < visible.length; k++) {
    const i = visible[k]!;
    const group = isLong(i) ? 0 : 1;
    const s = base.start[i]!;
    const e = base.end[i]!;
    const t = base.ref[i]!;
    const from = cursor[group]!;
    let n = from;
    let primary = from;
    for (let r = rowOffsets[i]!; r < rowOffsets[i + 1]!; r++) {
      const l = laneMap[rowLane[r]!]!;
      // Two of the event's lanes may have been merged into the overflow lane: one mark there.
      let duplicate = false;
      for (let m = from; m < n && !duplicate; m++) duplicate = lane[m] === l;
      if (duplicate) continue;
      event[n] = i;
      lane[n] = l;
      flags[n] = base.flags[i]!;
      start[n] = s;
      end[n] = e;
      ref[n] = t;
      if (l < lane[primary]!) primary = n;
      n++;
    }
    if (n > from) flags[primary] = flags[primary]! | FLAG_PRIMARY;
    cursor[group] = n;
    const groupReach = reach[group]!;
    if (t - s > groupReach[0]!) groupReach[0] = t - s;
    if (e - t > groupReach[1]!) groupReach[1] = e - t;
    if (s < extentStart) extentStart = s;
    if (e > extentEnd) extentEnd = e;
  }

  // Merged duplicates leave gaps at the end of each group: compact the short group down.
  const longEnd = cursor[0]!;
  const shortEnd = cursor[1]!;
  if (longEnd < longCount) {
    const shift = longCount - longEnd;
    event.copyWithin(longEnd, longCount, shortEnd);
    lane.copyWithin(longEnd, longCount, shortEnd);
    flags.copyWithin(longEnd, longCount, shortEnd);
    start.copyWithin(longEnd, longCount, shortEnd);
    end.copyWithin(longEnd, longCount, shortEnd);
    ref.copyWithin(longEnd, longCount, shortEnd);
    cursor[1] = shortEnd - shift;
  }
  const count = cursor[1]!;
  return {
    count,
    event: event.subarray(0, count),
    lane: lane.subarray(0, count),
    flags: flags.subarray(0, count),
    start: start.subarray(0, count),
    end: end.subarray(0, count),
    ref: ref.subarray(0, count),
    groups: [
      { from: 0, to: longEnd, maxBefore: reach[0]![0]!, maxAfter: reach[0]![1]! },
      { from: longEnd, to: count, maxBefore: reach[1]![0]!, maxAfter: reach[1]![1]! },
    ],
    lanes,
    extent: visible.length > 0 ? { start: extentStart, end: extentEnd } : null,
    eventCount: visible.length,
  };
}

/**
 * Index ranges of marks that may touch the window, written to `out` as
 * [lo0, hi0, lo1, hi1]: per group, those whose reference lies in
 * [t0 − maxAfter, t1 + maxBefore]. Callers still test each mark's own extent.
 */
export function candidateRanges(data: MarkData, t0: number, t1: number, out: Int32Array = new Int32Array(4)): Int32Array {
  for (let g = 0; g < 2; g++) {
    const group = data.groups[g];
    if (!group || group.to <= group.from) {
      out[2 * g] = 0;
      out[2 * g + 1] = 0;
      continue;
    }
    out[2 * g] = lowerBound(data.ref, t0 - group.maxAfter, group.from, group.to);
    out[2 * g + 1] = upperBound(data.ref, t1 + group.maxBefore, group.from, group.to);
  }
  return out;
}

export function lowerBound(sorted: Float64Array, value: number, from = 0, to = sorted.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function upperBound(sorted: Float64Array, value: number, from = 0, to = sorted.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
