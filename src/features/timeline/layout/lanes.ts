/**
 * Groups timeline items into lanes (rows), one per key: an actor, a place, a source.
 *
 * An item can belong to several lanes (an event with two actors shows in both), so the
 * result is one row entry per (item, lane). Each lane is a single row of marks on the
 * canvas: overlap within a lane is the label placer's problem (labels.ts), not a reason
 * for sub-rows, so lane heights stay fixed and lane positions stay stable while zooming.
 *
 * Lane order defaults to first appearance in time: the timeline then reads top to bottom
 * like the story, and appending later events never reorders the lanes above them, which
 * keeps a reader's place when the data grow. 'count' order (busiest lane on top, ties by
 * first appearance) is there for overview-style views. Items without a key go to one
 * fallback lane, always last, because "everything else" is not a peer of the named lanes.
 */

/** Key (and default label) of the fallback lane. A real key equal to it joins that lane. */
export const UNASSIGNED_LANE_KEY = '—';

/** What a key function may return: one key, several, or none (null, undefined, '' or []). */
export type LaneKeys = string | readonly string[] | null | undefined;

export interface Lane {
  readonly key: string;
  readonly label: string;
  /** Position from the top, 0-based; equals the lane's index in `lanes`. */
  readonly index: number;
  /** Number of rows (items) in the lane. */
  readonly count: number;
}

export interface LaneRow {
  readonly itemIndex: number;
  readonly laneIndex: number;
}

export interface LaneAssignment {
  readonly lanes: readonly Lane[];
  /** Ordered by itemIndex, then laneIndex: rows follow the items' (time) order. */
  readonly rows: readonly LaneRow[];
  /**
   * Rows of item i are rows[rowOffsets[i]] … rows[rowOffsets[i + 1] - 1]. Lets the renderer
   * go from a culled item index straight to its lanes without searching.
   */
  readonly rowOffsets: Uint32Array;
}

export interface LaneOptions<T> {
  readonly order?: 'first-appearance' | 'count';
  /**
   * Time of an item, for first-appearance order. Omit it when the items are already sorted
   * by time (the timeline keeps them sorted by start): the item order is then used.
   */
  readonly timeOf?: (item: T, index: number) => number;
  readonly labelOf?: (key: string) => string;
  readonly unassignedLabel?: string;
}

/**
 * O(n·k + L log L) for n items with at most k keys each and L lanes; one Map lookup per key.
 * keyOf is called exactly once per item.
 */
export function assignLanes<T>(
  items: readonly T[],
  keyOf: (item: T, index: number) => LaneKeys,
  options: LaneOptions<T> = {},
): LaneAssignment {
  const n = items.length;
  // Lanes are first numbered in order of discovery ("provisional"), then renumbered once
  // the final order is known; rows are kept in flat typed arrays until then.
  const provisionalOf = new Map<string, number>();
  const keys: string[] = [];
  const firstTime: number[] = [];
  const counts: number[] = [];
  let rowItem = new Uint32Array(Math.max(16, n));
  let rowLane = new Uint32Array(rowItem.length);
  let rowCount = 0;
  const rowOffsets = new Uint32Array(n + 1);
  const timeOf = options.timeOf;

  const addRow = (itemIndex: number, key: string, time: number): void => {
    let lane = provisionalOf.get(key);
    if (lane === undefined) {
      lane = keys.length;
      provisionalOf.set(key, lane);
      keys.push(key);
      firstTime.push(time);
      counts.push(0);
    } else if (time < (firstTime[lane] as number)) {
      firstTime[lane] = time;
    }
    // The same key twice on one item is one row, not two.
    for (let r = rowOffsets[itemIndex] as number; r < rowCount; r++) if (rowLane[r] === lane) return;
    if (rowCount === rowItem.length) {
      const grownItem = new Uint32Array(rowItem.length * 2);
      grownItem.set(rowItem);
      rowItem = grownItem;
      const grownLane = new Uint32Array(rowLane.length * 2);
      grownLane.set(rowLane);
      rowLane = grownLane;
    }
    rowItem[rowCount] = itemIndex;
    rowLane[rowCount] = lane;
    rowCount++;
    counts[lane] = (counts[lane] as number) + 1;
  };

  for (let i = 0; i < n; i++) {
    rowOffsets[i] = rowCount;
    const item = items[i] as T;
    const time = timeOf ? timeOf(item, i) : i;
    const found = keyOf(item, i);
    const before = rowCount;
    if (typeof found === 'string') {
      if (found !== '') addRow(i, found, time);
    } else if (found) {
      for (const key of found) if (key !== '') addRow(i, key, time);
    }
    if (rowCount === before) addRow(i, UNASSIGNED_LANE_KEY, time);
  }
  rowOffsets[n] = rowCount;

  const unassigned = provisionalOf.get(UNASSIGNED_LANE_KEY);
  const order = keys.map((_, lane) => lane);
  const byCount = options.order === 'count';
  order.sort((a, b) => {
    if (a === unassigned) return 1;
    if (b === unassigned) return -1;
    if (byCount && counts[a] !== counts[b]) return (counts[b] as number) - (counts[a] as number);
    return (firstTime[a] as number) - (firstTime[b] as number) || a - b;
  });
  const finalOf = new Uint32Array(keys.length);
  order.forEach((lane, index) => {
    finalOf[lane] = index;
  });

  const labelOf = options.labelOf;
  const unassignedLabel = options.unassignedLabel ?? UNASSIGNED_LANE_KEY;
  const lanes: Lane[] = order.map((lane, index) => {
    const key = keys[lane] as string;
    return {
      key,
      label: lane === unassigned ? unassignedLabel : labelOf ? labelOf(key) : key,
      index,
      count: counts[lane] as number,
    };
  });

  const rows: LaneRow[] = new Array<LaneRow>(rowCount);
  for (let i = 0; i < n; i++) {
    const from = rowOffsets[i] as number;
    const to = rowOffsets[i + 1] as number;
    for (let r = from; r < to; r++) rowLane[r] = finalOf[rowLane[r] as number] as number;
    // An item's rows are few (its keys): an insertion sort puts them in lane order in place.
    for (let r = from + 1; r < to; r++) {
      const lane = rowLane[r] as number;
      let s = r - 1;
      while (s >= from && (rowLane[s] as number) > lane) {
        rowLane[s + 1] = rowLane[s] as number;
        s--;
      }
      rowLane[s + 1] = lane;
    }
    for (let r = from; r < to; r++) rows[r] = { itemIndex: i, laneIndex: rowLane[r] as number };
  }

  return { lanes, rows, rowOffsets };
}
