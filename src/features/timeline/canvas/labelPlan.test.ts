import { describe, expect, it } from 'vitest';
import { seededRandom } from '../layout/utc.testHelper';
import { clampColumn, type MarkFrame } from './drawMarks';
import { LABEL_MAX_WIDTH_PX, LABEL_PADDING_PX } from './labelLayer';
import { LabelPlanner, labelRowOffsets, LABEL_ROW_PX } from './labelPlan';
import { FLAG_PRIMARY, type MarkData } from './markData';
import { plotLayout } from './plotLayout';

const WIDTH = 1000;

/** A frame with one primary mark per candidate: mark i sits in `lanes[i]` at `xs[i]`. */
function scene(xs: readonly number[], lanes: readonly number[], kinds: readonly number[] = [], height = 300) {
  const n = xs.length;
  const laneCount = Math.max(1, ...lanes.map((l) => l + 1));
  const data = {
    count: n,
    event: Uint32Array.from(xs.keys()),
    lane: Uint16Array.from(lanes),
    flags: Uint8Array.from(xs.keys(), (i) => FLAG_PRIMARY | (kinds[i] ?? 0)),
  } as unknown as MarkData;
  const columns = WIDTH;
  const laneColumns = new Uint32Array(laneCount * columns);
  xs.forEach((x, i) => (laneColumns[lanes[i]! * columns + clampColumn(x, columns)]! += 1));
  const frame: MarkFrame = {
    marksInView: n,
    eventsInView: n,
    dense: false,
    candidateCount: n,
    candidateMark: Int32Array.from(xs.keys()),
    candidateX: Float32Array.from(xs),
    candidateLeft: Float32Array.from(xs, (x) => x - 10),
    laneColumns,
    columns,
  };
  return { data, frame, layout: plotLayout(WIDTH, height, laneCount) };
}

const plan = (s: ReturnType<typeof scene>, selectedMark = -1, textWidth = 100) =>
  new LabelPlanner().plan({
    ...s,
    selectedMark,
    hoveredMark: -1,
    textWidth: () => textWidth,
    badgeWidth: (text) => 8 * text.length + 10,
  });

function overlaps(labels: { x: number; y: number }[], width: number): boolean {
  const sorted = [...labels].sort((a, b) => a.y - b.y || a.x - b.x);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    if (a.y === b.y && b.x < a.x + width) return true;
  }
  return false;
}

describe('LabelPlanner', () => {
  it('never lets labels in a row overlap, and accounts for every hidden mark in a badge', () => {
    const random = seededRandom(11);
    const xs = Array.from({ length: 300 }, () => random() * (WIDTH - 50));
    const lanes = xs.map(() => Math.floor(random() * 4));
    const s = scene(xs, lanes);
    const { labels, badges } = plan(s);
    expect(labels.length).toBeGreaterThan(4);
    expect(overlaps(labels, 100 + LABEL_PADDING_PX)).toBe(false);
    const hidden = badges.reduce((sum, b) => sum + b.count, 0);
    expect(labels.length + hidden).toBe(xs.length);
    // The lanes are tall enough for two rows of labels, and both are used.
    expect(new Set(labels.map((l) => l.y)).size).toBeGreaterThan(4);
  });

  it('always labels the selected event, however crowded its lane', () => {
    const xs = Array.from({ length: 50 }, (_, i) => 100 + i * 2);
    const s = scene(xs, xs.map(() => 0));
    const { labels } = plan(s, 37);
    expect(labels.some((l) => l.eventIndex === 37 && l.selected)).toBe(true);
  });

  it('puts a label left of its mark when the right edge leaves no room', () => {
    const s = scene([WIDTH - 20], [0]);
    const { labels } = plan(s);
    expect(labels).toHaveLength(1);
    expect(labels[0]!.x + 100).toBeLessThanOrEqual(WIDTH - 20);
  });

  it('thins thousands of candidates to a few per bucket but still counts them all', () => {
    const random = seededRandom(5);
    const xs = Array.from({ length: 5000 }, () => random() * (WIDTH - 1));
    // One short lane: one row of labels.
    const s = scene(xs, xs.map(() => 0), [], 80);
    const { labels, badges } = plan(s);
    expect(labels.length).toBeLessThan(20);
    const hidden = badges.reduce((sum, b) => sum + b.count, 0);
    expect(labels.length + hidden).toBe(xs.length);
  });

  it('caps label width, so a long title does not hide its neighbours', () => {
    const s = scene([10, 10 + LABEL_MAX_WIDTH_PX + 60], [0, 0]);
    const { labels } = plan(s, -1, 5000);
    expect(labels).toHaveLength(2);
  });

  it('stops a label short of a fold band, and keeps a left-hand label clear of it', () => {
    const s = scene([100, WIDTH - 20], [0, 1]);
    const band = [200, 224] as const;
    const { labels } = new LabelPlanner().plan({
      ...s,
      selectedMark: -1,
      hoveredMark: -1,
      textWidth: () => 150,
      badgeWidth: (text) => 8 * text.length + 10,
      obstacles: [band, [800, 824]],
    });
    const right = labels.find((l) => l.eventIndex === 0)!;
    expect(right.x - LABEL_PADDING_PX + right.maxWidth!).toBeLessThanOrEqual(band[0]);
    const left = labels.find((l) => l.eventIndex === 1)!;
    expect(left.x).toBeGreaterThan(824);
  });
});

describe('labelRowOffsets', () => {
  it('offers one row in a normal lane and more, nearest the marks first, in a tall one', () => {
    expect(labelRowOffsets(24)).toEqual([0]);
    expect(labelRowOffsets(3 * LABEL_ROW_PX + 4)).toEqual([0, -LABEL_ROW_PX, LABEL_ROW_PX]);
    expect(labelRowOffsets(2 * LABEL_ROW_PX + 4)).toEqual([-LABEL_ROW_PX / 2, LABEL_ROW_PX / 2]);
  });
});
