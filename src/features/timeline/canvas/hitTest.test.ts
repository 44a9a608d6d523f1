import { describe, expect, it } from 'vitest';
import { utc } from '../layout/utc.testHelper';
import { createFoldedScale } from '../layout/timeScale';
import { hitTest, laneAt, marksOfEvent, primaryMark } from './hitTest';
import { buildLaneBase, buildMarkData, FLAG_PRIMARY } from './markData';
import { allVisible, makeIndex } from './testData.testHelper';

const index = makeIndex(
  [
    { id: 'liberation', when: '1945-08-15', actors: ['a'] },
    { id: 'treaty', when: '2024-06-19', actors: ['a', 'b'] },
    { id: 'call', when: '2025-08-12', actors: ['b'] },
    { id: 'kursk', when: '[..2025-08-12]', actors: ['b'] },
  ],
  ['a', 'b'],
);
const data = buildMarkData(buildLaneBase(index, 'actor'), allVisible(index), 10);
const lanes = { laneTop: 0, laneHeight: 30, laneCount: data.lanes.length };
const idOf = (mark: number) => index.dataset.events[data.event[mark]!]!.id;

describe('hitTest', () => {
  it('finds the mark under the pointer in its lane, on a folded scale', () => {
    const scale = createFoldedScale({
      domain: [utc(1945), utc(2026)],
      range: [0, 1000],
      folds: [{ start: utc(1946), end: utc(2024) }],
    });
    const x = scale.x(utc(1945, 8, 15, 12));
    const laneA = data.lanes.findIndex((l) => l.key === 'a');
    const mark = hitTest(data, scale, lanes, x + 2, laneA * 30 + 15);
    expect(idOf(mark)).toBe('liberation');
    // Same x, other lane: nothing there.
    const laneB = data.lanes.findIndex((l) => l.key === 'b');
    expect(hitTest(data, scale, lanes, x, laneB * 30 + 15)).toBe(-1);
  });

  it('hits the fade of "before 12 Aug 2025" left of the bound', () => {
    const scale = createFoldedScale({ domain: [utc(2025, 7, 1), utc(2025, 9, 1)], range: [0, 1000], folds: [] });
    const laneB = data.lanes.findIndex((l) => l.key === 'b');
    const x = scale.x(utc(2025, 8, 12)) - 40;
    expect(idOf(hitTest(data, scale, lanes, x, laneB * 30 + 15))).toBe('kursk');
  });

  it('returns −1 outside the lanes', () => {
    const scale = createFoldedScale({ domain: [utc(1945), utc(2026)], range: [0, 1000], folds: [] });
    expect(hitTest(data, scale, lanes, 10, -5)).toBe(-1);
    expect(laneAt(lanes, 30 * lanes.laneCount + 1)).toBe(-1);
  });
});

describe('marksOfEvent', () => {
  it('finds every lane of an event, and the one that carries its label', () => {
    const i = index.eventIndexById.get('treaty')!;
    const marks = marksOfEvent(data, i, index.dataset.events[i]!.extent.reference, []);
    expect(marks).toHaveLength(2);
    const primary = primaryMark(data, marks);
    expect(data.flags[primary]! & FLAG_PRIMARY).toBeTruthy();
    expect(marks.filter((m) => data.flags[m]! & FLAG_PRIMARY)).toHaveLength(1);
  });
});
