import { median } from 'd3';
import { describe, expect, it } from 'vitest';
import { findFoldableGaps, type TimeSpan } from './findGaps';
import { DAY, HOUR, seededRandom, utc } from './utc.testHelper';

const point = (t: number): TimeSpan => ({ start: t, end: t });
const monthly = (fromYear: number, toYear: number): TimeSpan[] => {
  const items: TimeSpan[] = [];
  for (let y = fromYear; y < toYear; y++) for (let m = 1; m <= 12; m++) items.push(point(utc(y, m, 1)));
  items.push(point(utc(toYear)));
  return items;
};

describe('findFoldableGaps', () => {
  it('folds the empty decades between two clusters, keeping 5% of each cluster as margin', () => {
    const items = [...monthly(1940, 1950), ...monthly(2020, 2024)];
    const folds = findFoldableGaps(items);
    expect(folds).toHaveLength(1);
    // Left cluster 1940–1950 (3653 days): margin 182.65 days. Right cluster 2020–2024 (1461 days): 73.05 days.
    expect(Math.abs(folds[0]!.start - utc(1950, 7, 2, 15, 36))).toBeLessThan(1);
    expect(Math.abs(folds[0]!.end - utc(2019, 10, 19, 22, 48))).toBeLessThan(1);
  });

  it('folds nested gaps in turn: 1945 | June 2024 | August 2025 (the built-in article)', () => {
    const items = [
      point(utc(1945, 8, 15)),
      point(utc(2024, 6, 19)),
      ...[12, 12, 13, 15].map((d) => point(utc(2025, 8, d))),
    ];
    const folds = findFoldableGaps(items);
    // The 79 quiet years are folded first; the 14 empty months are then most of what is left.
    expect(folds).toHaveLength(2);
    expect(folds[0]!.start).toBe(utc(1945, 9, 15));
    expect(folds[0]!.end).toBe(utc(2024, 5, 19));
    expect(folds[1]!.start).toBe(utc(2024, 7, 19));
    expect(folds[1]!.end).toBe(utc(2025, 7, 12));
  });

  it('keeps at least a calendar month of margin next to a lone event', () => {
    const items = [point(utc(1800, 5, 10)), ...monthly(1900, 1910)];
    const [fold] = findFoldableGaps(items);
    expect(fold!.start).toBe(utc(1800, 6, 10));
    expect(Math.abs(fold!.end - (utc(1900) - 182.6 * DAY))).toBeLessThan(1);
  });

  it('finds several gaps between several clusters, in time order', () => {
    const items = [...monthly(1500, 1505), ...monthly(1800, 1805), ...monthly(2020, 2025)];
    const folds = findFoldableGaps(items);
    expect(folds.map((f) => new Date(f.start).getUTCFullYear())).toEqual([1505, 1805]);
    expect(folds.map((f) => new Date(f.end).getUTCFullYear())).toEqual([1799, 2019]);
  });

  it('does not fold a gap that a long span covers', () => {
    const items = [point(utc(1940)), { start: utc(1941), end: utc(2015) }, point(utc(2020)), point(utc(2021))];
    expect(findFoldableGaps(items)).toEqual([]);
  });

  it('ignores a gap that is a small share of the extent', () => {
    // 1900–2000 monthly, with 1950–1960 missing: a 10-year hole in a century is 10%.
    const items = monthly(1900, 2000).filter((s) => s.start < utc(1950) || s.start >= utc(1960));
    expect(findFoldableGaps(items)).toEqual([]);
    expect(findFoldableGaps(items, { minShare: 0.08 })).toHaveLength(1);
  });

  it('does not fold short gaps unless asked to', () => {
    // A three-day incident with a quiet day and a half in the middle.
    const items = [0, 1, 2, 3, 40, 41, 42, 48].map((h) => point(utc(2025, 8, 11) + h * HOUR));
    expect(findFoldableGaps(items)).toEqual([]);
    const folds = findFoldableGaps(items, { minDuration: 12 * HOUR, minMarginMonths: 0 });
    expect(folds).toHaveLength(1);
    // Margins: 5% of the 3 h left cluster (9 min) and of the 8 h right cluster (24 min).
    expect(folds[0]).toEqual({ start: utc(2025, 8, 11, 3, 9), end: utc(2025, 8, 12, 15, 36) });
  });

  it('finds nothing in structureless data, although its largest gap is >10× the median spacing', () => {
    const random = seededRandom(7);
    const times = Float64Array.from({ length: 10_000 }, () => utc(1900) + random() * (utc(2000) - utc(1900))).sort();
    const spacing = times.slice(1).map((t, i) => t - times[i]!);
    expect(Math.max(...spacing) / median(spacing)!).toBeGreaterThan(10);
    expect(findFoldableGaps(Array.from(times, point))).toEqual([]);
  });

  it('returns nothing for empty, single or non-finite input', () => {
    expect(findFoldableGaps([])).toEqual([]);
    expect(findFoldableGaps([point(utc(2000))])).toEqual([]);
    expect(findFoldableGaps([point(Number.NaN), point(utc(2000)), { start: utc(2000, 6), end: Number.NaN }])).toEqual([]);
  });
});
