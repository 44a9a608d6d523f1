/**
 * Places event labels to the right of their marks, one row per lane, never overlapping.
 *
 * Greedy by priority: the most important label claims its place first, then the next,
 * each placed only if its box is free in its lane. Greedy is not the maximum number of
 * labels (left-to-right greedy would be), but it is the right objective for reading: the
 * selected event and the important ones are never crowded out by whatever happens to lie
 * to their left, and a label keeps its place while the user pans as long as nothing more
 * important moves into it.
 *
 * Labels that do not fit are hidden, and counted in a badge ("+3") so the reader knows
 * there is more there. Each placed label keeps a small reserved slot after its text for
 * that badge, so badges never shove labels around and always have room.
 *
 * Text is measured by the caller (canvas measureText, cached); estimateTextWidth is a
 * cheap stand-in for tests and for a first frame before fonts load.
 */
import { bisectRight } from 'd3';

export interface LabelCandidate<Id = string> {
  readonly id: Id;
  /** The mark's x in px. */
  readonly x: number;
  readonly laneIndex: number;
  /** Text width in px. */
  readonly width: number;
  /** Higher wins. */
  readonly priority: number;
}

export interface PlacedLabel<Id = string> {
  readonly id: Id;
  /** Left edge of the label text in px (the mark's x plus the gap). */
  readonly x: number;
  readonly laneIndex: number;
}

export interface CountBadge<Id = string> {
  /** Left edge in px. */
  readonly x: number;
  readonly laneIndex: number;
  readonly count: number;
  /** The hidden candidates it stands for, in x order (e.g. to list them on click). */
  readonly ids: readonly Id[];
  readonly text: string;
  readonly width: number;
}

export interface LabelPlacement<Id = string> {
  /** In lane order, then left to right. */
  readonly placed: readonly PlacedLabel<Id>[];
  readonly badges: readonly CountBadge<Id>[];
}

export interface LabelPlacementOptions<Id = string> {
  /** Space between a mark and its label. Default 6 px. */
  readonly gap?: number;
  /** Space between a label and its badge. Default 4 px. */
  readonly badgeGap?: number;
  /** Always placed, whatever its priority, even past maxX. */
  readonly selectedId?: Id;
  /** Labels must end by this x (the viewport's right edge). Default: no limit. */
  readonly maxX?: number;
  /** Badge width for its text. Default: estimated at 11 px plus 8 px of padding. */
  readonly badgeWidth?: (text: string) => number;
  /** Room kept free after every placed label for its badge. Default: badgeGap + the width of "+999". */
  readonly badgeReserve?: number;
}

/** "+7", "+250", "+12k": at most four characters below 100,000, so it fits the reserved slot. */
export function formatBadgeCount(count: number): string {
  return count < 1000 ? `+${count}` : `+${Math.floor(count / 1000)}k`;
}

const BADGE_FONT_PX = 11;
const defaultBadgeWidth = (text: string): number => estimateTextWidth(text, BADGE_FONT_PX) + 8;

interface LaneBoxes {
  /** Sorted, disjoint boxes of placed labels (each including its badge reserve). */
  readonly starts: number[];
  readonly ends: number[];
}

/**
 * O(n log n) for one sort by priority plus, per candidate, a binary search and an
 * insertion into its lane's sorted box list: about a millisecond for 3,000 candidates.
 * Candidates are expected in x order (as culling produces them); other orders work but
 * pay for one more sort. Candidates with a non-finite x or width are ignored.
 */
export function placeLabels<Id>(
  candidates: readonly LabelCandidate<Id>[],
  options: LabelPlacementOptions<Id> = {},
): LabelPlacement<Id> {
  const gap = options.gap ?? 6;
  const badgeGap = options.badgeGap ?? 4;
  const maxX = options.maxX ?? Number.POSITIVE_INFINITY;
  const badgeWidth = options.badgeWidth ?? defaultBadgeWidth;
  const reserve = options.badgeReserve ?? badgeGap + badgeWidth('+999');
  const hasSelected = options.selectedId !== undefined;

  // Flat copies keep the sort comparator to two typed-array reads.
  const n = candidates.length;
  const xs = new Float64Array(n);
  const priorities = new Float64Array(n);
  const byX: number[] = [];
  let selectedIndex = -1;
  let inXOrder = true;
  for (let i = 0; i < n; i++) {
    const c = candidates[i] as LabelCandidate<Id>;
    if (!Number.isFinite(c.x) || !Number.isFinite(c.width)) continue;
    if (byX.length > 0 && c.x < (xs[byX[byX.length - 1] as number] as number)) inXOrder = false;
    xs[i] = c.x;
    // Clamped so that the comparator never sees Infinity − Infinity.
    priorities[i] = Number.isNaN(c.priority) ? -Number.MAX_VALUE : Math.max(-Number.MAX_VALUE, Math.min(Number.MAX_VALUE, c.priority));
    if (hasSelected && selectedIndex < 0 && c.id === options.selectedId) selectedIndex = i;
    byX.push(i);
  }
  if (!inXOrder) byX.sort((a, b) => (xs[a] as number) - (xs[b] as number) || a - b);
  // Array sort is stable, so equal priorities stay in x order: leftmost wins a tie.
  const order = byX.slice().sort((a, b) => (priorities[b] as number) - (priorities[a] as number));

  const lanes = new Map<number, LaneBoxes>();
  const placedFlag = new Uint8Array(n);
  const tryPlace = (i: number, force: boolean): void => {
    const c = candidates[i] as LabelCandidate<Id>;
    const start = c.x + gap;
    const textEnd = start + c.width;
    if (textEnd > maxX && !force) return;
    let lane = lanes.get(c.laneIndex);
    if (!lane) {
      lane = { starts: [], ends: [] };
      lanes.set(c.laneIndex, lane);
    }
    const end = textEnd + reserve;
    const p = bisectRight(lane.starts, start);
    if (p > 0 && (lane.ends[p - 1] as number) > start) return;
    if (p < lane.starts.length && end > (lane.starts[p] as number)) return;
    lane.starts.splice(p, 0, start);
    lane.ends.splice(p, 0, end);
    placedFlag[i] = 1;
  };
  // The selected label goes first, into an empty lane, so it always gets its place.
  if (selectedIndex >= 0) tryPlace(selectedIndex, true);
  for (const i of order) if (i !== selectedIndex) tryPlace(i, false);

  // Walk each lane left to right: every hidden candidate joins the group of the nearest
  // placed label to its left, whose reserved slot shows the badge.
  const laneMembers = new Map<number, number[]>();
  for (const i of byX) {
    const laneIndex = (candidates[i] as LabelCandidate<Id>).laneIndex;
    const members = laneMembers.get(laneIndex);
    if (members) members.push(i);
    else laneMembers.set(laneIndex, [i]);
  }

  const placed: PlacedLabel<Id>[] = [];
  const badges: CountBadge<Id>[] = [];
  for (const laneIndex of [...laneMembers.keys()].sort((a, b) => a - b)) {
    let leading: Id[] = [];
    let leadingX = 0;
    let anchorEnd = Number.NaN; // text end of the current placed label, NaN before the first
    let group: Id[] = [];
    const flush = (): void => {
      if (group.length > 0) pushBadge(anchorEnd + badgeGap, laneIndex, group);
      group = [];
    };
    for (const i of laneMembers.get(laneIndex) as number[]) {
      const c = candidates[i] as LabelCandidate<Id>;
      if (placedFlag[i]) {
        flush();
        const textStart = c.x + gap;
        if (leading.length > 0) {
          // Hidden marks before the lane's first label: badge them where they are if there
          // is room before that label, otherwise count them with the first label.
          const x = leadingX + gap;
          if (x + badgeWidth(formatBadgeCount(leading.length)) + badgeGap <= textStart) pushBadge(x, laneIndex, leading);
          else group = leading;
          leading = [];
        }
        placed.push({ id: c.id, x: textStart, laneIndex });
        anchorEnd = textStart + c.width;
      } else if (Number.isNaN(anchorEnd)) {
        if (leading.length === 0) leadingX = c.x;
        leading.push(c.id);
      } else {
        group.push(c.id);
      }
    }
    if (Number.isNaN(anchorEnd) && leading.length > 0) pushBadge(leadingX + gap, laneIndex, leading);
    flush();
  }

  function pushBadge(x: number, laneIndex: number, ids: Id[]): void {
    const text = formatBadgeCount(ids.length);
    badges.push({ x, laneIndex, count: ids.length, ids, text, width: badgeWidth(text) });
  }

  return { placed, badges };
}

/**
 * A rough width for text in a proportional sans-serif at `fontPx`, from per-character
 * classes (em fractions typical of Helvetica/Arial). Good to ±15% for Latin and Cyrillic,
 * which is what a fallback needs; real layout should pass measured widths.
 */
export function estimateTextWidth(text: string, fontPx: number): number {
  let ems = 0;
  for (const ch of text) {
    if (NARROW.includes(ch)) ems += 0.28;
    else if (isWide(ch.codePointAt(0) as number)) ems += 1;
    else if (EXTRA_WIDE.includes(ch)) ems += 0.83;
    else if (ch !== ch.toLowerCase()) ems += 0.68; // an uppercase letter
    else ems += 0.55;
  }
  return ems * fontPx;
}

const NARROW = " .,:;'|!iIlj()[]{}ft-/\"";
const EXTRA_WIDE = 'mwMWмшщжыюМШЩЖЫЮ';

/** East Asian wide and fullwidth characters, and emoji: about one em each. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}
