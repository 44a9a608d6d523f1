import { describe, expect, it } from 'vitest';
import { frameStats, median, medianOf, quantile } from './stats.ts';

describe('quantile', () => {
  it('interpolates between ranks', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(quantile([0, 10], 0.95)).toBeCloseTo(9.5);
    expect(quantile(Array.from({ length: 101 }, (_, i) => i), 0.95)).toBe(95);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('medianOf', () => {
  it('ignores missing values', () => {
    expect(medianOf([null, 4, undefined, 2])).toBe(3);
    expect(medianOf([null])).toBeNull();
  });
});

describe('frameStats', () => {
  it('counts frames slower than one and a half frames as dropped', () => {
    const s = frameStats([16.7, 16.6, 16.7, 33.4], 16.7);
    expect(s.frames).toBe(4);
    expect(s.droppedShare).toBe(0.25);
    expect(s.maxMs).toBe(33.4);
    expect(frameStats([], 16.7).medianMs).toBeNull();
  });
});
