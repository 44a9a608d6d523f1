import { describe, expect, it } from 'vitest';
import { buildLaneBase, buildMarkData, candidateRanges, FLAG_BOUNDED, FLAG_KIND_MASK, FLAG_POINT, FLAG_PRIMARY, FLAG_UNKNOWN_BEFORE, LONG_MARK_MS } from './markData';
import { allVisible, makeIndex } from './testData.testHelper';
import { utc } from '../layout/utc.testHelper';

const index = makeIndex(
  [
    { id: 'e1', when: '1945-08-15', actors: ['a'], sources: ['s1'] },
    { id: 'e2', when: '2024-06-19', actors: ['a', 'b', 'c'], kind: 'report', sources: ['s1', 's2'] },
    { id: 'e3', when: '2025', actors: ['c'], sources: ['s2'] },
    { id: 'e4', when: '[..2025-08-12]', actors: ['d'] },
    { id: 'e5', when: '2025-08-13T10:15+03:00', kind: 'anniversary' },
  ],
  ['a', 'b', 'c', 'd'],
);
const base = buildLaneBase(index, 'actor');

describe('buildMarkData', () => {
  it('puts an event in each of its lanes and labels it once, in its topmost lane', () => {
    const data = buildMarkData(base, allVisible(index), 10);
    const e2 = index.eventIndexById.get('e2')!;
    const marks = [...data.event.keys()].filter((m) => data.event[m] === e2);
    expect(marks).toHaveLength(3);
    const primary = marks.filter((m) => data.flags[m]! & FLAG_PRIMARY);
    expect(primary).toHaveLength(1);
    expect(data.lane[primary[0]!]).toBe(Math.min(...marks.map((m) => data.lane[m]!)));
    expect(data.flags[primary[0]!]! & FLAG_KIND_MASK).toBe(1);
  });

  it('gives events without a lane key their own last lane', () => {
    const data = buildMarkData(base, allVisible(index), 10);
    expect(data.lanes.at(-1)!.label).toBe('No actor');
    expect(data.lanes.map((l) => l.label)).toContain('Actor A');
  });

  it('leaves out lanes without shown events, keeping the others in order', () => {
    const visible = Uint32Array.from(['e1', 'e4'].map((id) => index.eventIndexById.get(id)!));
    const data = buildMarkData(base, visible, 10);
    expect(data.lanes.map((l) => l.key)).toEqual(['a', 'd']);
    expect(data.eventCount).toBe(2);
  });

  it('merges the quietest lanes into one "more" lane when there is no room, once per event', () => {
    const data = buildMarkData(base, allVisible(index), 3);
    expect(data.lanes).toHaveLength(3);
    const other = data.lanes.at(-1)!;
    expect(other.label).toMatch(/^\d+ more actors$/);
    // e2 has two of its lanes merged into "more": it appears there once.
    const e2 = index.eventIndexById.get('e2')!;
    const inOther = [...data.event.keys()].filter((m) => data.event[m] === e2 && data.lane[m] === 2);
    expect(inOther.length).toBeLessThanOrEqual(1);
  });

  it('stores long marks (a year, wide bounds) apart from short ones, each sorted by time', () => {
    const data = buildMarkData(base, allVisible(index), 10);
    const [long, short] = data.groups;
    for (let m = long!.from; m < long!.to; m++) {
      expect(data.end[m]! - data.ref[m]! > LONG_MARK_MS || data.ref[m]! - data.start[m]! > LONG_MARK_MS).toBe(true);
    }
    for (const g of data.groups) for (let m = g.from + 1; m < g.to; m++) expect(data.ref[m]!).toBeGreaterThanOrEqual(data.ref[m - 1]!);
    expect(short!.to).toBe(data.count);
  });

  it('flags what the drawing needs: points, bounds, unknown sides', () => {
    const data = buildMarkData(base, allVisible(index), 10);
    const e4 = index.eventIndexById.get('e4')!;
    const m = [...data.event.keys()].find((k) => data.event[k] === e4)!;
    expect(data.flags[m]! & FLAG_BOUNDED).toBeTruthy();
    expect(data.flags[m]! & FLAG_UNKNOWN_BEFORE).toBeTruthy();
    expect(data.flags[m]! & FLAG_POINT).toBe(0);
  });

  it('lays out lanes by kind and by source too', () => {
    const byKind = buildMarkData(buildLaneBase(index, 'kind'), allVisible(index), 10);
    expect(byKind.lanes.map((l) => l.label).sort()).toEqual(['Anniversaries', 'Occurrences', 'Reports']);
    const bySource = buildMarkData(buildLaneBase(index, 'source'), allVisible(index), 10);
    expect(bySource.lanes.map((l) => l.label)).toEqual(['Source s1', 'Source s2', 'No source']);
  });
});

describe('candidateRanges', () => {
  it('covers every mark that touches the window, including a year that started before it', () => {
    const data = buildMarkData(base, allVisible(index), 10);
    const t0 = utc(2025, 6, 1);
    const t1 = utc(2025, 6, 2);
    const ranges = candidateRanges(data, t0, t1);
    const found = new Set<string>();
    for (let q = 0; q < 4; q += 2) {
      for (let m = ranges[q]!; m < ranges[q + 1]!; m++) {
        if (data.end[m]! >= t0 && data.start[m]! <= t1) found.add(index.dataset.events[data.event[m]!]!.id);
      }
    }
    expect([...found]).toEqual(['e3']);
  });
});
