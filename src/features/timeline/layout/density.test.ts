import { bin } from 'd3';
import { describe, expect, it } from 'vitest';
import { densityBinEdges, densityBins, visibleRange } from './density';
import { seededRandom, utc } from './utc.testHelper';

describe('densityBins', () => {
  it('counts times per equal bin, the last bin including the domain end', () => {
    const times = [-1, 0, 1, 2, 3, 9, 10, 11];
    expect(Array.from(densityBins(times, [0, 10], 5))).toEqual([2, 2, 0, 0, 2]);
  });

  it('agrees with d3.bin over the same edges on random data', () => {
    const random = seededRandom(9);
    const domain = [utc(1900), utc(2030)] as const;
    const times = Float64Array.from({ length: 20_000 }, () => utc(1880) + random() * (utc(2050) - utc(1880))).sort();
    const edges = densityBinEdges(domain, 600);
    expect(edges[0]).toBe(domain[0]);
    expect(edges[600]).toBe(domain[1]);
    const expected = bin()
      .domain([domain[0], domain[1]])
      .thresholds(Array.from(edges.subarray(1, 600)))(Array.from(times))
      .map((b) => b.length);
    expect(Array.from(densityBins(times, domain, 600))).toEqual(expected);
  });

  it('reuses the output buffer when it has the right length', () => {
    const out = new Uint32Array(4).fill(99);
    const result = densityBins([1, 2, 3], [0, 4], 4, out);
    expect(result).toBe(out);
    expect(Array.from(out)).toEqual([0, 1, 1, 1]);
  });

  it('returns zeros for an empty or inverted domain and nothing for no bins', () => {
    expect(Array.from(densityBins([1, 2], [5, 0], 3))).toEqual([0, 0, 0]);
    expect(densityBins([1, 2], [0, 5], 0)).toHaveLength(0);
  });
});

describe('visibleRange', () => {
  it('finds the indices inside the window, ends included, by bisection', () => {
    const starts = Float64Array.from([1, 2, 2, 3, 5, 8, 8, 13]);
    expect(visibleRange(starts, [2, 8])).toEqual([1, 7]);
    expect(visibleRange(starts, [3.5, 4.5])).toEqual([4, 4]);
    expect(visibleRange(starts, [0, 100])).toEqual([0, 8]);
    expect(visibleRange(starts, [20, 30])).toEqual([8, 8]);
  });
});
