/**
 * From the marks in view to the labels and count badges to show, using the layout's
 * priority-greedy placer. Two things are added here:
 *
 * - a cap on candidates: with thousands of marks in view only the best mark of each
 *   (lane, 40 px) bucket competes, so placement and text measuring stay cheap;
 * - badge counts over *all* marks in view (not just the capped candidates), from per-lane
 *   column counts: each label's badge counts the unlabelled marks from its own mark up to
 *   the next label's mark in that lane.
 */
import { placeLabels, type LabelCandidate } from '../layout/labels';
import { BUCKET_PX, clampColumn, KIND_PRIORITY, type MarkFrame } from './drawMarks';
import { FLAG_KIND_MASK, type MarkData } from './markData';
import { laneCentre, type PlotLayout } from './plotLayout';
import { LABEL_MAX_WIDTH_PX, LABEL_PADDING_PX, type BadgeItem, type LabelItem } from './labelLayer';

export const LABEL_CANDIDATE_CAP = 400;
/** Between the mark's edge and the label's box. */
const MARK_GAP_PX = 3;
const BADGE_GAP_PX = 4;


export interface LabelPlan {
  readonly labels: LabelItem[];
  readonly badges: BadgeItem[];
}

export interface LabelPlanInput {
  readonly data: MarkData;
  readonly frame: MarkFrame;
  readonly layout: PlotLayout;
  /** Mark indices of the selected and hovered events' label marks, or −1. */
  readonly selectedMark: number;
  readonly hoveredMark: number;
  /** Width of the label text of a dataset event, px (cached by the caller). */
  readonly textWidth: (eventIndex: number) => number;
  /** Width of a badge showing `text`. */
  readonly badgeWidth: (text: string) => number;
  /**
   * Stretches labels must not run across (fold bands, px). A label that would is cut short
   * before it; one placed on the left of its mark avoids them altogether.
   */
  readonly obstacles?: readonly (readonly [number, number])[];
}

/** A label cut short by an obstacle keeps at least this much text. */
const MIN_CUT_LABEL_PX = 56;

interface PlacedEntry {
  readonly mark: number;
  readonly lane: number;
  /** The mark's right-side label anchor: the order of labels in a lane. */
  readonly anchor: number;
  /** Where the text starts. */
  readonly textX: number;
  /** Text plus right padding. */
  readonly width: number;
  /** Placed to the left of its mark. */
  readonly left: boolean;
  /** Its row's offset from the lane's centre line, px. */
  readonly offset: number;
}

/** Height of one line of labels. */
export const LABEL_ROW_PX = 22;

/**
 * The rows a lane offers labels, as offsets from its centre line, nearest first: a lane
 * tall enough for several lines of labels (few lanes on a tall timeline) uses them all
 * instead of folding its crowd into a badge.
 */
export function labelRowOffsets(laneHeight: number): number[] {
  const n = Math.max(1, Math.floor((laneHeight - 2) / LABEL_ROW_PX));
  const rows = Array.from({ length: n }, (_, i) => (i - (n - 1) / 2) * LABEL_ROW_PX);
  return rows.sort((a, b) => Math.abs(a) - Math.abs(b) || a - b);
}

export class LabelPlanner {
  private bucketBest = new Int32Array(0);
  private columns = new Uint32Array(0);

  plan(input: LabelPlanInput): LabelPlan {
    const { data, frame, layout, selectedMark, hoveredMark } = input;
    const width = Math.max(1, Math.ceil(layout.width));
    const laneCount = layout.laneCount;
    const n = frame.candidateCount;
    if (n === 0) return { labels: [], badges: [] };

    const priorityOf = (mark: number) =>
      (KIND_PRIORITY[data.flags[mark]! & FLAG_KIND_MASK] ?? 1) + (mark === hoveredMark ? 10 : 0);

    // Prefix sums of the frame's per-lane column counts: prefix[lane][c] = marks in columns < c.
    const columns = frame.columns;
    const stride = columns + 1;
    const prefixSize = laneCount * stride;
    if (this.columns.length < prefixSize) this.columns = new Uint32Array(prefixSize);
    const prefix = this.columns;
    const firstX = new Float64Array(laneCount).fill(Number.POSITIVE_INFINITY);
    for (let lane = 0; lane < laneCount; lane++) {
      let sum = 0;
      const from = lane * columns;
      const to = lane * stride;
      for (let c = 0; c < columns; c++) {
        prefix[to + c] = sum;
        const v = frame.laneColumns[from + c]!;
        if (v > 0 && sum === 0) firstX[lane] = c;
        sum += v;
      }
      prefix[to + columns] = sum;
    }
    const countBetween = (lane: number, x0: number, x1: number, inclusiveEnd: boolean) => {
      const base = lane * stride;
      const a = clampColumn(x0, columns);
      const b = inclusiveEnd ? columns : clampColumn(x1, columns);
      return prefix[base + b]! - prefix[base + a]!;
    };

    // The candidates that compete for placement (a dense frame has thinned them already).
    const chosen: number[] = [];
    if (n <= LABEL_CANDIDATE_CAP || frame.dense) {
      for (let c = 0; c < n; c++) chosen.push(c);
    } else {
      const buckets = Math.ceil(width / BUCKET_PX) + 1;
      const size = laneCount * buckets;
      if (this.bucketBest.length < size) this.bucketBest = new Int32Array(size);
      const best = this.bucketBest;
      best.fill(-1, 0, size);
      for (let c = 0; c < n; c++) {
        const mark = frame.candidateMark[c]!;
        const lane = data.lane[mark]!;
        if (lane >= laneCount) continue;
        const x = frame.candidateX[c]!;
        const b = lane * buckets + Math.max(0, Math.min(buckets - 1, Math.floor(x / BUCKET_PX)));
        const current = best[b]!;
        if (current < 0 || priorityOf(mark) > priorityOf(frame.candidateMark[current]!)) best[b] = c;
      }
      for (let b = 0; b < size; b++) if (best[b]! >= 0) chosen.push(best[b]!);
      for (let c = 0; c < n; c++) {
        const mark = frame.candidateMark[c]!;
        if ((mark === selectedMark || mark === hoveredMark) && !chosen.includes(c)) chosen.push(c);
      }
    }

    const candidates: LabelCandidate<number>[] = [];
    const chosenLeft = new Map<number, number>();
    for (const c of chosen) {
      const mark = frame.candidateMark[c]!;
      const lane = data.lane[mark]!;
      if (lane >= laneCount) continue;
      const textWidth = Math.min(input.textWidth(data.event[mark]!), LABEL_MAX_WIDTH_PX - 2 * LABEL_PADDING_PX);
      candidates.push({
        id: mark,
        x: frame.candidateX[c]!,
        laneIndex: lane,
        width: textWidth + LABEL_PADDING_PX,
        priority: priorityOf(mark),
      });
      chosenLeft.set(mark, frame.candidateLeft[c]!);
    }

    // The selected label is always shown: on the right of its mark if it fits there (the
    // placer puts it first), else on the left (it goes first in the left pass), else on the
    // right anyway, cut by the edge.
    const overflows = (c: LabelCandidate<number>) => c.x + MARK_GAP_PX + LABEL_PADDING_PX + c.width > layout.width;
    const selectedCandidate = candidates.find((c) => c.id === selectedMark);
    const selectedGoesLeft = selectedCandidate !== undefined && overflows(selectedCandidate);
    if (selectedCandidate && selectedGoesLeft) {
      candidates[candidates.indexOf(selectedCandidate)] = { ...selectedCandidate, priority: 1000 };
    }
    // Row by row (the lane's centre first, then outward when the lane is tall enough for
    // more than one line of labels): the priority-greedy placer on the right of each mark,
    // then, for labels that would run off the right edge, a place on the left of the mark
    // where the row is free (otherwise the latest events, at the right of a "fit all",
    // would never be labelled).
    const entries: PlacedEntry[] = [];
    const badgeReserve = BADGE_GAP_PX + input.badgeWidth('+999');
    const placedMarks = new Set<number>();
    const rows = labelRowOffsets(layout.laneHeight);
    let remaining = candidates;
    for (let r = 0; r < rows.length && remaining.length > 0; r++) {
      const offset = rows[r]!;
      const placement = placeLabels(remaining, {
        gap: MARK_GAP_PX + LABEL_PADDING_PX,
        badgeGap: BADGE_GAP_PX,
        maxX: layout.width,
        badgeWidth: input.badgeWidth,
        ...(r === 0 && selectedCandidate && !selectedGoesLeft ? { selectedId: selectedMark } : {}),
      });
      const byId = new Map<number, LabelCandidate<number>>();
      for (const c of remaining) byId.set(c.id, c);
      const occupied = new Map<number, [number, number][]>();
      const obstacles = input.obstacles ?? [];
      for (const p of placement.placed) {
        const c = byId.get(p.id)!;
        entries.push({ mark: p.id, lane: p.laneIndex, anchor: c.x, textX: p.x, width: c.width, left: false, offset });
        placedMarks.add(p.id);
        let boxes = occupied.get(p.laneIndex);
        if (!boxes) occupied.set(p.laneIndex, (boxes = []));
        boxes.push([p.x - LABEL_PADDING_PX, p.x + c.width + badgeReserve]);
      }
      const leftCandidates = remaining
        .filter((c) => !placedMarks.has(c.id) && overflows(c))
        .sort((a, b) => b.priority - a.priority || b.x - a.x);
      for (const c of leftCandidates) {
        const end = chosenLeft.get(c.id)! - MARK_GAP_PX;
        let start = end - c.width - LABEL_PADDING_PX;
        // Stop short of a fold band (with room for the badge), if enough text remains.
        for (const [x0, x1] of obstacles) if (x0 < end && x1 > start - badgeReserve) start = Math.max(start, x1 + 4 + badgeReserve);
        const width = end - start - LABEL_PADDING_PX;
        if (start - badgeReserve < 0 || width < Math.min(c.width, MIN_CUT_LABEL_PX)) continue;
        let boxes = occupied.get(c.laneIndex);
        if (!boxes) occupied.set(c.laneIndex, (boxes = []));
        if (boxes.some(([x0, x1]) => x0 < end && x1 > start - badgeReserve)) continue;
        boxes.push([start - badgeReserve, end]);
        entries.push({ mark: c.id, lane: c.laneIndex, anchor: c.x, textX: start + LABEL_PADDING_PX, width, left: true, offset });
        placedMarks.add(c.id);
      }
      remaining = remaining.filter((c) => !placedMarks.has(c.id));
    }
    if (selectedCandidate && selectedGoesLeft && !placedMarks.has(selectedMark)) {
      const c = selectedCandidate;
      entries.push({ mark: c.id, lane: c.laneIndex, anchor: c.x, textX: c.x + MARK_GAP_PX + LABEL_PADDING_PX, width: c.width, left: false, offset: 0 });
    }
    entries.sort((a, b) => a.lane - b.lane || a.anchor - b.anchor);
    const byIdAll = new Map<number, LabelCandidate<number>>();
    for (const c of candidates) byIdAll.set(c.id, c);

    const labels: LabelItem[] = [];
    const badges: BadgeItem[] = [];
    const lanesWithLabels = new Set<number>();
    for (let j = 0; j < entries.length; j++) {
      const p = entries[j]!;
      const y = laneCentre(layout, p.lane) + p.offset;
      // A label running into a fold band stops short of it.
      let width = p.width;
      const full = byIdAll.get(p.mark)?.width ?? p.width;
      if (!p.left) {
        for (const [x0] of input.obstacles ?? []) {
          if (x0 > p.textX && x0 < p.textX + width) width = Math.max(MIN_CUT_LABEL_PX, x0 - 4 - p.textX);
        }
      }
      labels.push({
        eventIndex: data.event[p.mark]!,
        x: p.textX,
        y,
        selected: p.mark === selectedMark,
        hovered: p.mark === hoveredMark,
        ...(width < full ? { maxWidth: width + LABEL_PADDING_PX } : {}),
      });
      // This label's group: the columns from its mark (or the lane's start, for the first
      // label) to the next label's mark; what is hidden there is every mark in those columns
      // but the labelled ones (two labels, in two rows, can share a column).
      const next = entries[j + 1];
      const first = !lanesWithLabels.has(p.lane);
      lanesWithLabels.add(p.lane);
      const last = !next || next.lane !== p.lane;
      const from = first ? 0 : p.anchor;
      const to = last ? layout.width : next.anchor;
      const fromColumn = first ? 0 : clampColumn(from, columns);
      const toColumn = last ? columns : clampColumn(to, columns);
      let labelled = 0;
      for (let k = j; k >= 0 && entries[k]!.lane === p.lane; k--) {
        const c = clampColumn(entries[k]!.anchor, columns);
        if (c >= fromColumn && c < toColumn) labelled++;
      }
      for (let k = j + 1; k < entries.length && entries[k]!.lane === p.lane; k++) {
        const c = clampColumn(entries[k]!.anchor, columns);
        if (c >= fromColumn && c < toColumn) labelled++;
      }
      const hidden = countBetween(p.lane, from, to, last) - labelled;
      if (hidden > 0) {
        const text = hidden < 1000 ? `+${hidden}` : `+${Math.floor(hidden / 1000)}k`;
        badges.push({
          x: p.left ? p.textX - LABEL_PADDING_PX - BADGE_GAP_PX - input.badgeWidth(text) : p.textX + width + BADGE_GAP_PX,
          y,
          count: hidden,
          lane: p.lane,
          fromX: from,
          toX: to,
        });
      }
    }
    // Lanes with marks in view but no room for any label: a badge at the first mark.
    for (let lane = 0; lane < laneCount; lane++) {
      if (lanesWithLabels.has(lane) || !Number.isFinite(firstX[lane]!)) continue;
      const count = countBetween(lane, 0, layout.width, true);
      const x = Math.min(firstX[lane]! + MARK_GAP_PX, layout.width - input.badgeWidth(`+${count}`) - 2);
      badges.push({ x, y: laneCentre(layout, lane), count, lane, fromX: 0, toX: layout.width });
    }
    return { labels, badges };
  }
}
