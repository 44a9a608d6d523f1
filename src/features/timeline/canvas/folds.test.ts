import { describe, expect, it } from 'vitest';
import { findFoldableGaps } from '../layout/findGaps';
import { utc, DAY, seededRandom } from '../layout/utc.testHelper';
import { foldsForExtents } from './folds';

function build(items: { start: number; end: number; ref: number }[]) {
  items.sort((a, b) => a.ref - b.ref);
  return {
    start: Float64Array.from(items, (i) => i.start),
    end: Float64Array.from(items, (i) => i.end),
    ref: Float64Array.from(items, (i) => i.ref),
    visible: Uint32Array.from(items.keys()),
  };
}

describe('foldsForExtents', () => {
  it('folds the eighty empty years between 1945 and 2024', () => {
    const d = build([utc(1945, 8, 15), utc(2024, 6, 19), utc(2025, 8, 12)].map((t) => ({ start: t, end: t + DAY, ref: t })));
    const folds = foldsForExtents(d.start, d.end, d.ref, d.visible);
    expect(folds.length).toBeGreaterThanOrEqual(1);
    expect(folds[0]!.start).toBeGreaterThan(utc(1945, 8, 15));
    expect(folds[0]!.end).toBeLessThan(utc(2024, 6, 19));
  });

  it('agrees with findFoldableGaps on start-sorted spans, even when starts reach back before earlier events', () => {
    const random = seededRandom(7);
    const items: { start: number; end: number; ref: number }[] = [];
    for (let i = 0; i < 400; i++) {
      const cluster = random() < 0.5 ? utc(1970) : utc(2010);
      const ref = cluster + random() * 5 * 365 * DAY;
      // Some bounded dates reach back a long way from their reference.
      const start = random() < 0.1 ? ref - random() * 3 * 365 * DAY : ref;
      items.push({ start, end: ref + DAY, ref });
    }
    const d = build(items);
    const expected = findFoldableGaps([...items].sort((a, b) => a.start - b.start));
    expect(foldsForExtents(d.start, d.end, d.ref, d.visible)).toEqual(expected);
  });

  it('returns no folds for nothing', () => {
    const d = build([]);
    expect(foldsForExtents(d.start, d.end, d.ref, d.visible)).toEqual([]);
  });
});
