/**
 * Finds long empty stretches in the data that are worth folding (see timeScale.ts), such
 * as the eighty quiet years between a 1940s cluster and a 2020s cluster.
 *
 * The rule: a gap is foldable when it is long in absolute terms (`minDuration`, default
 * one year) AND takes a large share (`minShare`, default 25%) of the time left unfolded
 * once every longer gap is folded. Applied longest first, so clusters within clusters
 * unfold in turn: 1945 | 2024 | 2025 — after the 79 quiet years are folded, the
 * 14 empty months between June 2024 and August 2025 are most of what remains.
 *
 * Why a share of the extent rather than a multiple of the median spacing: folding solves
 * "empty space eats the screen". With the whole dataset in view a gap of share s is s of
 * the screen, so the share measures the problem directly. The median-spacing rule instead
 * depends on how many events there are: for events scattered uniformly at random the gaps
 * are exponentially distributed, and the largest of n gaps is about log2(n) × the median
 * (17× for 100k events). It would fold holes in data that have no structure at all.
 * The absolute minimum keeps short datasets honest: nights in a week of events are real
 * time, not missing time.
 */
import { utcMonth } from 'd3';
import type { Fold } from './timeScale';

export interface TimeSpan {
  readonly start: number;
  /** Equal to start for a point. */
  readonly end: number;
}

export interface FoldableGapOptions {
  /** A gap shorter than this is never folded. Default: 365 days. */
  readonly minDuration?: number;
  /** A gap must cover at least this share of the extent still unfolded (first start … last end, less longer folds). Default 0.25. */
  readonly minShare?: number;
  /** At most this many folds. Default 6. */
  readonly maxFolds?: number;
  /** Margin kept on each side, as a share of the extent of the cluster on that side. Default 0.05. */
  readonly marginShare?: number;
  /** …but at least this many calendar months. Default 1. */
  readonly minMarginMonths?: number;
}

const YEAR_MS = 365 * 86_400_000;

/**
 * `items` must be sorted by start. An item whose end is missing, not finite or before its
 * start counts as a point; items with a non-finite start are skipped. O(n).
 *
 * Margins leave the edges of each cluster in linear time, so the first and last marks
 * next to a fold are not squeezed against (or into) the fold band.
 */
export function findFoldableGaps(items: readonly TimeSpan[], options: FoldableGapOptions = {}): Fold[] {
  const minDuration = options.minDuration ?? YEAR_MS;
  const minShare = options.minShare ?? 0.25;
  const marginShare = options.marginShare ?? 0.05;
  const minMarginMonths = options.minMarginMonths ?? 1;
  const maxFolds = options.maxFolds ?? 6;

  // One sweep: a gap opens wherever the next start lies beyond every end seen so far
  // (a long span covering later events leaves no gap, even if points are far apart).
  let extentStart = Number.NaN;
  let coveredUntil = Number.NaN;
  const gaps: Fold[] = [];
  for (const item of items) {
    const start = item.start;
    if (!Number.isFinite(start)) continue;
    const end = Number.isFinite(item.end) && item.end > start ? item.end : start;
    if (Number.isNaN(extentStart)) {
      extentStart = start;
      coveredUntil = end;
      continue;
    }
    if (start > coveredUntil) gaps.push({ start: coveredUntil, end: start });
    if (end > coveredUntil) coveredUntil = end;
  }
  const extent = coveredUntil - extentStart;
  if (!(extent > 0)) return [];

  const length = (g: Fold) => g.end - g.start;
  const chosen = new Set<Fold>();
  let unfolded = extent;
  for (const gap of [...gaps].sort((a, b) => length(b) - length(a))) {
    if (chosen.size >= maxFolds || length(gap) < minDuration || length(gap) < minShare * unfolded) break;
    chosen.add(gap);
    unfolded -= length(gap);
  }
  const foldable = gaps.filter((g) => chosen.has(g));

  // Clusters are what lies between foldable gaps; each fold is shrunk by a margin
  // proportional to the cluster on its side.
  const folds: Fold[] = [];
  for (let i = 0; i < foldable.length; i++) {
    const gap = foldable[i] as Fold;
    const leftClusterStart = foldable[i - 1]?.end ?? extentStart;
    const rightClusterEnd = foldable[i + 1]?.start ?? coveredUntil;
    const start = Math.max(
      gap.start + marginShare * (gap.start - leftClusterStart),
      utcMonth.offset(new Date(gap.start), minMarginMonths).getTime(),
    );
    const end = Math.min(
      gap.end - marginShare * (rightClusterEnd - gap.end),
      utcMonth.offset(new Date(gap.end), -minMarginMonths).getTime(),
    );
    if (end > start) folds.push({ start, end });
  }
  return folds;
}
