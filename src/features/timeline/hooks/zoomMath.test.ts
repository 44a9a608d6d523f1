import { describe, expect, it } from 'vitest';
import { utc, DAY } from '../layout/utc.testHelper';
import { createFoldedScale, DEFAULT_FOLD_WIDTH } from '../layout/timeScale';
import { MIN_SPAN_MS } from '../layout/timeWindow';
import {
  anchorWindow,
  BASE_SPAN_MS,
  fitWindow,
  foldedScaleFactory,
  scaleExtentFor,
  transformToWindow,
  windowAtRate,
  windowToTransform,
} from './zoomMath';

const WIDTH = 1000;
const FOLD = { start: utc(1946), end: utc(2024) };

describe('transform ⇄ window', () => {
  it('round-trips a window through the x-only transform', () => {
    const window = [utc(2025, 8, 12), utc(2025, 8, 13)] as const;
    const t = windowToTransform(window, WIDTH);
    expect(t.y).toBe(0);
    const back = transformToWindow(t, WIDTH);
    expect(back[0]).toBeCloseTo(window[0], -1);
    expect(back[1]).toBeCloseTo(window[1], -1);
  });

  it('keeps the window when the width changes only if the transform is rebuilt', () => {
    const window = [utc(1945), utc(2025)] as const;
    const t = windowToTransform(window, 800);
    // Same transform, other width: a different window (so the hook re-expresses it on resize).
    expect(transformToWindow(t, 1200)[1]).not.toBeCloseTo(window[1], -3);
    const back = transformToWindow(windowToTransform(window, 1200), 1200);
    expect(back[1]).toBeCloseTo(window[1], -3);
  });

  it('maps the span limits to d3-zoom scale limits', () => {
    const [kMin, kMax] = scaleExtentFor({ minSpan: MIN_SPAN_MS, maxSpan: 3000 * 365.2425 * DAY });
    expect(kMax).toBeCloseTo(BASE_SPAN_MS / MIN_SPAN_MS);
    expect(kMin).toBeCloseTo(1 / 3000);
  });
});

describe('anchorWindow', () => {
  it('puts the anchor time at the pixel, with or without a fold in the way', () => {
    const make = foldedScaleFactory(WIDTH, [FOLD]);
    const span = utc(2026) - utc(1944);
    const anchor = utc(2025, 8, 12);
    const window = anchorWindow(span, anchor, 900, make, utc(1944));
    expect(window[1] - window[0]).toBeCloseTo(span, -3);
    expect(make(window).x(anchor)).toBeCloseTo(900, 1);
  });
});

describe('windowAtRate', () => {
  const make = foldedScaleFactory(WIDTH, [FOLD]);
  const start = fitWindow({ start: utc(1945, 8, 15), end: utc(2025, 8, 16) }, WIDTH, [FOLD], { paddingPx: 50 });
  const scale = make(start);
  const rate = Math.abs(scale.pxPerMs);

  it('zooms the visible (unfolded) time by the factor, about the pointer', () => {
    const px = 950;
    const anchor = scale.invert(px);
    const zoomed = make(windowAtRate(rate * 2, anchor, px, WIDTH, [FOLD], make));
    expect(Math.abs(zoomed.pxPerMs) / rate).toBeCloseTo(2, 6);
    expect(zoomed.x(anchor)).toBeCloseTo(px, 1);
  });

  it('zooms out the same way, folds staying folded', () => {
    const px = 100;
    const anchor = scale.invert(px);
    const zoomed = make(windowAtRate(rate / 2, anchor, px, WIDTH, [FOLD], make));
    expect(Math.abs(zoomed.pxPerMs) / rate).toBeCloseTo(0.5, 6);
    expect(zoomed.x(anchor)).toBeCloseTo(px, 1);
    expect(zoomed.folds).toHaveLength(1);
  });

  it('pans at constant zoom when the factor is 1', () => {
    const anchor = scale.invert(500);
    const moved = make(windowAtRate(rate, anchor, 300, WIDTH, [FOLD], make));
    expect(Math.abs(moved.pxPerMs) / rate).toBeCloseTo(1, 6);
    expect(moved.x(anchor)).toBeCloseTo(300, 1);
  });

  it('unfolds a gap once zoomed in far enough that it no longer fits its band', () => {
    const anchor = utc(1945, 8, 15);
    const px = 500;
    const w = windowAtRate(100 / DAY, anchor, px, WIDTH, [FOLD], make);
    const s = make(w);
    expect(s.folds).toHaveLength(0);
    expect(s.x(anchor)).toBeCloseTo(px, 1);
    expect(Math.abs(s.pxPerMs) * DAY).toBeCloseTo(100, 6);
  });

  it('behaves like a plain linear zoom without folds', () => {
    const linear = foldedScaleFactory(WIDTH, []);
    const w0 = [utc(2020), utc(2021)] as const;
    const r0 = Math.abs(linear(w0).pxPerMs);
    const anchor = utc(2020, 7, 1);
    const w = windowAtRate(r0 * 4, anchor, 250, WIDTH, [], linear);
    expect(w[1] - w[0]).toBeCloseTo((w0[1] - w0[0]) / 4, -3);
    expect(linear(w).x(anchor)).toBeCloseTo(250, 3);
  });
});

describe('fitWindow', () => {
  it('leaves the padding in pixels on both sides, folds included', () => {
    const extent = { start: utc(1945, 8, 15), end: utc(2025, 8, 16) };
    const window = fitWindow(extent, WIDTH, [FOLD], { paddingPx: 50 });
    const s = createFoldedScale({ domain: window, range: [0, WIDTH], folds: [FOLD] });
    expect(s.folds).toHaveLength(1);
    expect(s.x(extent.start)).toBeCloseTo(50, 0);
    expect(s.x(extent.end)).toBeCloseTo(WIDTH - 50, 0);
    // The fold band has its fixed width; the rest is ordinary time at one rate.
    const band = s.segments.find((g) => g.kind === 'fold')!;
    expect(band.range[1] - band.range[0]).toBeCloseTo(DEFAULT_FOLD_WIDTH, 6);
  });

  it('gives a single instant a minimal window around it', () => {
    const t = utc(2025, 8, 13, 10, 15);
    const window = fitWindow({ start: t, end: t }, WIDTH, [], { paddingPx: 50 });
    expect(window[0]).toBeLessThan(t);
    expect(window[1]).toBeGreaterThan(t);
    expect(window[1] - window[0]).toBeGreaterThanOrEqual(MIN_SPAN_MS);
  });
});
