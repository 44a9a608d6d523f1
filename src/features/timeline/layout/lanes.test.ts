import { describe, expect, it } from 'vitest';
import { UNASSIGNED_LANE_KEY, assignLanes } from './lanes';
import { seededRandom } from './utc.testHelper';

interface Item {
  readonly actors: readonly string[];
  readonly t: number;
}

const items: Item[] = [
  { actors: ['Bob'], t: 1 },
  { actors: [], t: 2 },
  { actors: ['Alice', 'Bob'], t: 3 },
  { actors: ['Carol'], t: 4 },
  { actors: ['Alice'], t: 5 },
  { actors: ['Alice'], t: 6 },
];

describe('assignLanes', () => {
  it('orders lanes by first appearance, with the fallback lane last', () => {
    const { lanes } = assignLanes(items, (item) => item.actors);
    expect(lanes).toEqual([
      { key: 'Bob', label: 'Bob', index: 0, count: 2 },
      { key: 'Alice', label: 'Alice', index: 1, count: 3 },
      { key: 'Carol', label: 'Carol', index: 2, count: 1 },
      { key: UNASSIGNED_LANE_KEY, label: '—', index: 3, count: 1 },
    ]);
  });

  it('gives an item with two keys a row in each lane, rows in item order then lane order', () => {
    const { rows, rowOffsets } = assignLanes(items, (item) => item.actors);
    expect(rows).toEqual([
      { itemIndex: 0, laneIndex: 0 },
      { itemIndex: 1, laneIndex: 3 },
      { itemIndex: 2, laneIndex: 0 }, // Bob before Alice, although keyOf returned Alice first
      { itemIndex: 2, laneIndex: 1 },
      { itemIndex: 3, laneIndex: 2 },
      { itemIndex: 4, laneIndex: 1 },
      { itemIndex: 5, laneIndex: 1 },
    ]);
    expect(Array.from(rowOffsets)).toEqual([0, 1, 2, 4, 5, 6, 7]);
  });

  it('can order by count, ties broken by first appearance', () => {
    const { lanes } = assignLanes(items, (item) => item.actors, { order: 'count' });
    expect(lanes.map((l) => l.key)).toEqual(['Alice', 'Bob', 'Carol', UNASSIGNED_LANE_KEY]);
  });

  it('uses timeOf for first appearance when items are not in time order', () => {
    const shuffled = [items[4]!, items[3]!, items[0]!];
    const { lanes, rows } = assignLanes(shuffled, (item) => item.actors, { timeOf: (item) => item.t });
    expect(lanes.map((l) => l.key)).toEqual(['Bob', 'Carol', 'Alice']);
    expect(rows.map((r) => r.laneIndex)).toEqual([2, 1, 0]);
  });

  it('treats null, undefined, empty strings and empty lists as no key, and ignores repeated keys', () => {
    const keys = [null, undefined, '', [], ['', 'x', 'x'], 'y'];
    const { lanes, rows } = assignLanes(keys, (k) => k, { labelOf: (key) => key.toUpperCase(), unassignedLabel: 'Other' });
    expect(lanes.map((l) => [l.key, l.label, l.count])).toEqual([
      ['x', 'X', 1],
      ['y', 'Y', 1],
      [UNASSIGNED_LANE_KEY, 'Other', 4],
    ]);
    expect(rows).toHaveLength(6);
  });

  it('handles no items', () => {
    const result = assignLanes([], () => 'a');
    expect(result.lanes).toEqual([]);
    expect(result.rows).toEqual([]);
    expect(Array.from(result.rowOffsets)).toEqual([0]);
  });

  it('assigns 100,000 items with up to three keys each', () => {
    const random = seededRandom(11);
    const actors = Array.from({ length: 500 }, (_, i) => `actor ${i}`);
    const many = Array.from({ length: 100_000 }, () => {
      const k = Math.floor(random() * 4); // 0–3 actors; a quarter have none
      return Array.from({ length: k }, () => actors[Math.floor(random() * actors.length)]!);
    });
    const { lanes, rows, rowOffsets } = assignLanes(many, (a) => a);
    expect(lanes.at(-1)?.key).toBe(UNASSIGNED_LANE_KEY);
    expect(lanes.reduce((sum, l) => sum + l.count, 0)).toBe(rows.length);
    // Spot-check item 12345: its rows are its distinct actors' lanes.
    const i = 12_345;
    const laneKeys = rows.slice(rowOffsets[i], rowOffsets[i + 1]).map((r) => lanes[r.laneIndex]!.key);
    const expected = many[i]!.length === 0 ? [UNASSIGNED_LANE_KEY] : [...new Set(many[i])];
    expect(laneKeys.sort()).toEqual(expected.sort());
  });
});
