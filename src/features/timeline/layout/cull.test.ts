import { describe, expect, it } from 'vitest';
import { createCullIndex, cullVisible } from './cull';
import { DAY, seededRandom, utc } from './utc.testHelper';

interface Span {
  start: number;
  end: number;
}

function bruteForce(spans: readonly Span[], [w0, w1]: readonly [number, number]): number[] {
  const visible: number[] = [];
  spans.forEach((s, i) => {
    if (s.start <= w1 && s.end >= w0) visible.push(i);
  });
  return visible;
}

function randomSpans(n: number, seed: number): Span[] {
  const random = seededRandom(seed);
  const from = utc(1900);
  const range = utc(2030) - from;
  return Array.from({ length: n }, () => {
    const start = from + random() * range;
    const kind = random();
    // Mostly points, some days-to-years spans, a few that last a century.
    const length = kind < 0.6 ? 0 : kind < 0.99 ? random() * 3 * 365 * DAY : random() * 100 * 365 * DAY;
    return { start, end: start + length };
  }).sort((a, b) => a.start - b.start);
}

describe('cullVisible', () => {
  it('finds exactly the events that intersect the window, in start order', () => {
    const spans = randomSpans(5000, 21);
    const index = createCullIndex(
      spans.map((s) => s.start),
      spans.map((s) => s.end),
    );
    const random = seededRandom(22);
    for (let q = 0; q < 300; q++) {
      const width = Math.exp(Math.log(DAY) + random() * Math.log((200 * 365 * DAY) / DAY));
      const w0 = utc(1880) + random() * (utc(2050) - utc(1880));
      const window = [w0, w0 + width] as const;
      expect(Array.from(cullVisible(index, window))).toEqual(bruteForce(spans, window));
    }
  });

  it('includes points on the window edges and a long early span that crosses the window', () => {
    const spans: Span[] = [
      { start: utc(1800), end: utc(2100) },
      ...Array.from({ length: 200 }, (_, i) => ({ start: utc(1900 + i), end: utc(1900 + i) })),
    ];
    const index = createCullIndex(
      spans.map((s) => s.start),
      spans.map((s) => s.end),
    );
    // Index 0 is the long span; the point for year y is at index y - 1899.
    expect(Array.from(cullVisible(index, [utc(1950), utc(1951)]))).toEqual([0, 51, 52]);
    expect(Array.from(cullVisible(index, [utc(2150), utc(2200)]))).toEqual([]);
    expect(Array.from(cullVisible(index, [utc(1700), utc(1750)]))).toEqual([]);
  });

  it('treats a missing or backwards end as a point', () => {
    const index = createCullIndex([10, 20, 30], [Number.NaN, 5, 40]);
    expect(Array.from(index.ends)).toEqual([10, 20, 40]);
    expect(Array.from(cullVisible(index, [15, 25]))).toEqual([1]);
    expect(Array.from(cullVisible(createCullIndex([], []), [0, 1]))).toEqual([]);
  });

  it('writes into a caller buffer and culls 100k events in well under a frame', () => {
    const spans = randomSpans(100_000, 23);
    const index = createCullIndex(
      spans.map((s) => s.start),
      spans.map((s) => s.end),
    );
    const out = new Uint32Array(index.size);
    const visible = cullVisible(index, [utc(2000), utc(2000, 2)], out);
    expect(visible.buffer).toBe(out.buffer);
    expect(Array.from(visible)).toEqual(bruteForce(spans, [utc(2000), utc(2000, 2)]));

    // A pan: a one-month window moving across the data, reusing one output buffer.
    // (Its speed is measured by npm run bench, not asserted here.)
    for (let f = 0; f < 60; f++) {
      const w0 = utc(1990) + f * 100 * DAY;
      const window: [number, number] = [w0, w0 + 30 * DAY];
      expect(Array.from(cullVisible(index, window, out))).toEqual(bruteForce(spans, window));
    }
  });
});
