import { scaleUtc } from 'd3';
import { describe, expect, it } from 'vitest';
import { createFoldedScale, mergeFolds } from './timeScale';
import { DAY, seededRandom, utc } from './utc.testHelper';

describe('createFoldedScale without folds', () => {
  it('agrees with d3.scaleUtc value for value, inside and outside the domain', () => {
    const domain = [utc(1900), utc(2030, 6, 15, 12)] as const;
    const range = [13.5, 1187.25] as const;
    const folded = createFoldedScale({ domain, range, folds: [] });
    const d3Scale = scaleUtc().domain(domain).range(range);
    const random = seededRandom(1);
    for (let i = 0; i < 2000; i++) {
      const t = domain[0] + (random() * 1.4 - 0.2) * (domain[1] - domain[0]);
      expect(folded.x(t)).toBe(d3Scale(t));
      const px = random() * 1400 - 100;
      expect(folded.invert(px)).toBe(d3Scale.invert(px).getTime());
    }
    expect(folded.segments).toEqual([{ kind: 'linear', domain, range }]);
  });

  it('handles a descending range (right-to-left) like d3', () => {
    const domain = [utc(2025, 1, 1), utc(2025, 2, 1)] as const;
    const folded = createFoldedScale({ domain, range: [800, 0] });
    const d3Scale = scaleUtc().domain(domain).range([800, 0]);
    expect(folded.x(utc(2025, 1, 16))).toBe(d3Scale(utc(2025, 1, 16)));
    expect(folded.x(domain[0])).toBe(800);
  });

  it('maps a one-instant domain to the middle of the range, as d3 does', () => {
    const t = utc(2025, 1, 1);
    const folded = createFoldedScale({ domain: [t, t], range: [0, 100] });
    expect(folded.x(t + DAY)).toBe(50);
    expect(scaleUtc().domain([t, t]).range([0, 100])(t + DAY)).toBe(50);
  });
});

describe('createFoldedScale with a fold', () => {
  // 1940–2030 on 1000 px, folding 1946–2023: the fold is 24 px and the 13 unfolded years share 976 px.
  const domain = [utc(1940), utc(2030)] as const;
  const fold = { start: utc(1946), end: utc(2023) };
  const scale = createFoldedScale({ domain, range: [0, 1000], folds: [fold], foldWidth: 24 });
  const unfoldedMs = utc(1946) - utc(1940) + (utc(2030) - utc(2023));

  it('gives the fold exactly its band width and shares the rest linearly', () => {
    expect(scale.folds).toEqual([fold]);
    expect(scale.segments.map((s) => s.kind)).toEqual(['linear', 'fold', 'linear']);
    const [left, band, right] = scale.segments;
    expect(left?.range[0]).toBe(0);
    expect(band!.range[1] - band!.range[0]).toBeCloseTo(24, 9);
    expect(right?.range[1]).toBe(1000);
    expect(scale.pxPerMs).toBeCloseTo(976 / unfoldedMs, 15);
    // Six years before the fold, seven after: the pixel widths are in that ratio.
    expect(left?.range[1]).toBeCloseTo((976 * (utc(1946) - utc(1940))) / unfoldedMs, 9);
    expect(scale.x(utc(1943))).toBeCloseTo((976 * (utc(1943) - utc(1940))) / unfoldedMs, 9);
  });

  it('compresses time inside the fold into the band, monotonically', () => {
    const [, band] = scale.segments;
    const mid = scale.x(utc(1984, 7, 2));
    expect(mid).toBeGreaterThan(band!.range[0]);
    expect(mid).toBeLessThan(band!.range[1]);
    expect(scale.x(utc(1960))).toBeLessThan(scale.x(utc(2000)));
  });

  it('agrees with a d3 polylinear scaleUtc over the same breaks', () => {
    const breaks = scale.segments.map((s) => s.domain[0]).concat(domain[1]);
    const pixels = scale.segments.map((s) => s.range[0]).concat(1000);
    const d3Scale = scaleUtc().domain(breaks).range(pixels);
    for (const t of [utc(1939), utc(1940), utc(1945, 12, 31), utc(1946), utc(1990), utc(2023), utc(2029, 5), utc(2031)]) {
      expect(scale.x(t)).toBe(d3Scale(t));
    }
  });

  it('inverts pixels back to times, in and out of the band', () => {
    for (const t of [utc(1941, 3, 4), utc(2025, 8, 13), utc(1990)]) {
      expect(scale.invert(scale.x(t))).toBeCloseTo(t, -3); // within a second
    }
  });

  it('reports which times are folded, treating the fold edges as visible', () => {
    expect(scale.isFolded(utc(1970))).toBe(true);
    expect(scale.isFolded(fold.start)).toBe(false);
    expect(scale.isFolded(fold.end)).toBe(false);
    expect(scale.isFolded(utc(1945))).toBe(false);
    expect(scale.isFolded(utc(2024))).toBe(false);
  });
});

describe('which folds are applied', () => {
  const fold = { start: utc(2000), end: utc(2001) };

  it('keeps the fold band the same width whatever the zoom', () => {
    for (const [start, end] of [
      [utc(1990), utc(2010)],
      [utc(1999, 6), utc(2001, 6)],
    ] as const) {
      const scale = createFoldedScale({ domain: [start, end], range: [0, 1000], folds: [fold], foldWidth: 24 });
      const band = scale.segments.find((s) => s.kind === 'fold');
      expect(band!.range[1] - band!.range[0]).toBeCloseTo(24, 9);
    }
  });

  it('drops a fold that would be narrower than its band, so folding never stretches time', () => {
    // One year in a 100-year window on 1000 px is about 10 px: less than the 24 px band.
    const scale = createFoldedScale({ domain: [utc(1950), utc(2050)], range: [0, 1000], folds: [fold] });
    expect(scale.folds).toEqual([]);
    expect(scale.x(utc(2000))).toBe(scaleUtc().domain([utc(1950), utc(2050)]).range([0, 1000])(utc(2000)));
  });

  it('shows the gap linearly when the window lies entirely inside it', () => {
    const scale = createFoldedScale({ domain: [utc(2000, 3), utc(2000, 4)], range: [0, 1000], folds: [fold] });
    expect(scale.folds).toEqual([]);
  });

  it('clips a fold that crosses the window edge and still folds the visible part', () => {
    const scale = createFoldedScale({ domain: [utc(2000, 7), utc(2001, 3)], range: [0, 800], folds: [fold] });
    expect(scale.folds).toEqual([{ start: utc(2000, 7), end: utc(2001) }]);
    expect(scale.segments.map((s) => s.kind)).toEqual(['fold', 'linear']);
    expect(scale.segments[0]!.range).toEqual([0, 24]);
  });

  it('merges overlapping folds and caps fold bands at half the width', () => {
    const overlapping = [
      { start: utc(2000), end: utc(2002) },
      { start: utc(2001), end: utc(2003) },
    ];
    const scale = createFoldedScale({ domain: [utc(1990), utc(2010)], range: [0, 1000], folds: overlapping });
    expect(scale.folds).toEqual([{ start: utc(2000), end: utc(2003) }]);

    // Ten 9-year gaps in a century on 200 px are 18 px each, worth a 12 px band, but only
    // eight bands fit in half of 200 px.
    const many = Array.from({ length: 10 }, (_, i) => ({ start: utc(1900 + 10 * i), end: utc(1909 + 10 * i) }));
    const narrow = createFoldedScale({ domain: [utc(1900), utc(2000)], range: [0, 200], folds: many, foldWidth: 12 });
    expect(narrow.folds).toHaveLength(8);
    const wide = createFoldedScale({ domain: [utc(1900), utc(2000)], range: [0, 2000], folds: many, foldWidth: 12 });
    expect(wide.folds).toHaveLength(10);
  });

  it('applies folds longest first', () => {
    const folds = [
      { start: utc(1910), end: utc(1920) },
      { start: utc(1950), end: utc(1990) },
    ];
    // On 200 px with a 0.15 cap there is room for one 24 px band: the 40-year gap wins.
    const scale = createFoldedScale({ domain: [utc(1900), utc(2000)], range: [0, 200], folds, maxFoldShare: 0.15 });
    expect(scale.folds).toEqual([folds[1]]);
  });
});

describe('mergeFolds', () => {
  it('sorts, merges touching folds and drops empty ones', () => {
    expect(
      mergeFolds([
        { start: 30, end: 40 },
        { start: 5, end: 5 },
        { start: 0, end: 10 },
        { start: 10, end: 20 },
      ]),
    ).toEqual([
      { start: 0, end: 20 },
      { start: 30, end: 40 },
    ]);
  });
});
