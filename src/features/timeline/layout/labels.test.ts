import { describe, expect, it } from 'vitest';
import { estimateTextWidth, formatBadgeCount, placeLabels, type LabelCandidate } from './labels';
import { seededRandom } from './utc.testHelper';

const c = (id: string, x: number, priority = 1, laneIndex = 0, width = 100): LabelCandidate => ({
  id,
  x,
  laneIndex,
  width,
  priority,
});

// With the defaults: gap 6, badge gap 4, badge "+N" 20.1 px wide, reserve 4 + 32.2 ("+999") = 36.2 px.

describe('placeLabels', () => {
  it('places labels right of their marks and folds the hidden ones into a badge after the label', () => {
    const { placed, badges } = placeLabels([c('a', 0), c('b', 10), c('c', 20), c('d', 30), c('e', 200)]);
    expect(placed).toEqual([
      { id: 'a', x: 6, laneIndex: 0 },
      { id: 'e', x: 206, laneIndex: 0 },
    ]);
    expect(badges).toHaveLength(1);
    expect(badges[0]).toMatchObject({ x: 110, laneIndex: 0, count: 3, ids: ['b', 'c', 'd'], text: '+3' });
    expect(badges[0]!.width).toBeCloseTo(20.1, 9);
  });

  it('keeps the badge slot free: a label may not start inside the previous label’s reserve', () => {
    // a's text ends at 106, its reserve at 142.2: a label starting at 136 is refused, at 143 accepted.
    expect(placeLabels([c('a', 0), c('b', 130)]).placed.map((p) => p.id)).toEqual(['a']);
    expect(placeLabels([c('a', 0), c('b', 137)]).placed.map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('lets higher priority win over position', () => {
    const { placed, badges } = placeLabels([c('x', 0, 0), c('y', 50, 5)]);
    expect(placed.map((p) => p.id)).toEqual(['y']);
    // x is hidden before the first label; there is room for its badge at its own mark.
    expect(badges).toEqual([{ x: 6, laneIndex: 0, count: 1, ids: ['x'], text: '+1', width: expect.closeTo(20.1, 9) }]);
  });

  it('counts hidden marks before the first label with that label when there is no room for their own badge', () => {
    const { badges } = placeLabels([c('x', 0, 0), c('y', 10, 5)]);
    expect(badges).toMatchObject([{ x: 120, count: 1, ids: ['x'] }]);
  });

  it('always places the selected label, whatever the priorities and the right edge', () => {
    const { placed } = placeLabels([c('x', 0, 0), c('y', 10, 99)], { selectedId: 'x' });
    expect(placed.map((p) => p.id)).toEqual(['x']);
    const edge = placeLabels([c('x', 950), c('y', 960, 0, 1)], { maxX: 1000, selectedId: 'x' });
    expect(edge.placed.map((p) => p.id)).toEqual(['x']);
    expect(edge.badges).toMatchObject([{ x: 966, laneIndex: 1, ids: ['y'] }]);
  });

  it('keeps lanes independent', () => {
    const { placed, badges } = placeLabels([c('a', 0, 1, 0), c('b', 0, 1, 1), c('c', 5, 1, 1)]);
    expect(placed).toEqual([
      { id: 'a', x: 6, laneIndex: 0 },
      { id: 'b', x: 6, laneIndex: 1 },
    ]);
    expect(badges).toMatchObject([{ laneIndex: 1, ids: ['c'] }]);
  });

  it('gives the same result for candidates out of x order, and ignores unplaceable ones', () => {
    const sorted = [c('a', 0), c('b', 10), c('c', 20, 3), c('d', 300), c('e', 310, 0, 1)];
    const shuffled = [sorted[3]!, sorted[1]!, c('nan', Number.NaN), sorted[4]!, sorted[0]!, sorted[2]!];
    expect(placeLabels(shuffled)).toEqual(placeLabels(sorted));
    expect(placeLabels(sorted).placed.map((p) => p.id)).toEqual(['c', 'd', 'e']);
  });

  it('lets labels touch when no badge room is reserved', () => {
    const { placed } = placeLabels([c('a', 0, 1, 0, 50), c('b', 50, 1, 0, 50)], { badgeReserve: 0 });
    expect(placed.map((p) => p.x)).toEqual([6, 56]);
  });

  it('places a few thousand candidates, never overlapping, hiding only what a more important label blocks', () => {
    const random = seededRandom(5);
    const candidates = Array.from({ length: 3000 }, (_, i) =>
      c(`e${i}`, random() * 2000, Math.floor(random() * 10), Math.floor(random() * 30), 30 + random() * 120),
    ).sort((a, b) => a.x - b.x);
    const maxX = 1900;
    const { placed, badges } = placeLabels(candidates, { maxX });

    const byId = new Map(candidates.map((cand) => [cand.id, cand]));
    const reserve = 36.2;
    const box = (cand: LabelCandidate): [number, number] => [cand.x + 6, cand.x + 6 + cand.width + reserve];
    const placedCands = placed.map((p) => byId.get(p.id)!);
    for (const a of placedCands) {
      for (const b of placedCands) {
        if (a === b || a.laneIndex !== b.laneIndex) continue;
        const [s1, e1] = box(a);
        const [s2, e2] = box(b);
        expect(e1 <= s2 + 1e-9 || e2 <= s1 + 1e-9).toBe(true);
      }
    }
    const placedIds = new Set(placed.map((p) => p.id));
    for (const cand of candidates) {
      if (placedIds.has(cand.id)) continue;
      const [s, e] = box(cand);
      const blocked =
        cand.x + 6 + cand.width > maxX ||
        placedCands.some((p) => p.laneIndex === cand.laneIndex && p.priority >= cand.priority && box(p)[0] < e && s < box(p)[1]);
      expect(blocked).toBe(true);
    }
    // Every hidden candidate is in exactly one badge of its own lane.
    const badged = badges.flatMap((b) => b.ids.map((id) => [id, b.laneIndex] as const));
    expect(badged.length).toBe(candidates.length - placed.length);
    expect(new Set(badged.map(([id]) => id)).size).toBe(badged.length);
    for (const [id, lane] of badged) expect(byId.get(id)!.laneIndex).toBe(lane);
    // Badges do not cover label text.
    for (const badge of badges) {
      for (const p of placedCands) {
        if (p.laneIndex !== badge.laneIndex) continue;
        expect(badge.x + badge.width <= p.x + 6 + 1e-9 || p.x + 6 + p.width <= badge.x + 1e-9).toBe(true);
      }
    }
  });
});

describe('formatBadgeCount', () => {
  it('abbreviates thousands', () => {
    expect([7, 999, 1000, 12_345].map(formatBadgeCount)).toEqual(['+7', '+999', '+1k', '+12k']);
  });
});

describe('estimateTextWidth', () => {
  it('weighs characters by class', () => {
    expect(estimateTextWidth('+3', 10)).toBeCloseTo(11, 9);
    expect(estimateTextWidth('Ill', 10)).toBeCloseTo(8.4, 9);
    expect(estimateTextWidth('Москва', 10)).toBeCloseTo(35.8, 9);
    expect(estimateTextWidth('会议', 12)).toBe(24);
    expect(estimateTextWidth('', 12)).toBe(0);
  });
});
