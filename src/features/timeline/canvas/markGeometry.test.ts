import { describe, expect, it } from 'vitest';
import { FLAG_APPROXIMATE, FLAG_BOUNDED, FLAG_POINT, FLAG_UNKNOWN_AFTER, FLAG_UNKNOWN_BEFORE } from './markData';
import {
  createGeometry,
  FADE_PX,
  FADE_STEPS,
  fadeAlpha,
  hitDistance,
  MARKER_RADIUS,
  markGeometry,
  MIN_BAR_PX,
  SHAPE_BAR,
  SHAPE_DOT,
  SHAPE_RANGE,
  SHAPE_SOFT,
} from './markGeometry';

const g = () => createGeometry();

describe('markGeometry', () => {
  it('draws a day (or finer) point as a dot at its centre', () => {
    const m = markGeometry(FLAG_POINT, 100, 104, g());
    expect(m.shape).toBe(SHAPE_DOT);
    expect(m.cx).toBe(102);
    expect(m.dashed).toBe(false);
    expect(m.labelX).toBe(102 + MARKER_RADIUS);
  });

  it('draws a point whose precision is wider than the marker as a soft bar with the dot at its centre', () => {
    // e.g. "2025-08" zoomed to days: the month covers 300 px.
    const m = markGeometry(FLAG_POINT, 100, 400, g());
    expect(m.shape).toBe(SHAPE_SOFT);
    expect([m.x0, m.x1, m.cx]).toEqual([100, 400, 250]);
  });

  it('marks approximate dates dashed (hollow marker)', () => {
    expect(markGeometry(FLAG_POINT | FLAG_APPROXIMATE, 100, 101, g()).dashed).toBe(true);
  });

  it('draws a span as a bar at least a few pixels wide', () => {
    const m = markGeometry(0, 100, 100.5, g());
    expect(m.shape).toBe(SHAPE_BAR);
    expect(m.x1 - m.x0).toBe(MIN_BAR_PX);
    expect(Number.isNaN(m.cx)).toBe(true);
  });

  it('fades a span toward an open or unknown end, a fixed distance whatever the zoom', () => {
    const m = markGeometry(FLAG_UNKNOWN_AFTER, 100, 200, g());
    expect([m.fadeLeft, m.fadeRight]).toEqual([0, FADE_PX]);
  });

  it('draws "[..B]" as a cap at the known bound fading toward the unknown earlier side', () => {
    const m = markGeometry(FLAG_BOUNDED | FLAG_APPROXIMATE | FLAG_UNKNOWN_BEFORE, 500, 520, g());
    expect(m.shape).toBe(SHAPE_RANGE);
    expect(m.fadeLeft).toBe(FADE_PX);
    expect(m.fadeRight).toBe(0);
    expect(m.capRight).toBe(true);
    expect(m.capLeft).toBe(false);
    // A label on the left must clear the fade.
    expect(m.labelLeftX).toBe(500 - FADE_PX);
  });

  it('draws "[A..B]" too narrow to show as a hollow dot (no single day is claimed)', () => {
    const m = markGeometry(FLAG_BOUNDED | FLAG_APPROXIMATE, 500, 503, g());
    expect(m.shape).toBe(SHAPE_DOT);
    expect(m.dashed).toBe(true);
  });
});

describe('fadeAlpha', () => {
  it('falls steadily from the known end and never reaches full opacity or zero inside the fade', () => {
    const alphas = Array.from({ length: FADE_STEPS }, (_, k) => fadeAlpha(k, 0.8));
    for (let k = 1; k < alphas.length; k++) expect(alphas[k]!).toBeLessThan(alphas[k - 1]!);
    expect(alphas[0]!).toBeLessThan(0.8);
    expect(alphas[alphas.length - 1]!).toBeGreaterThan(0);
  });
});

describe('hitDistance', () => {
  it('hits a dot within its radius plus tolerance, and misses beyond', () => {
    const dot = markGeometry(FLAG_POINT, 100, 100, g());
    expect(hitDistance(dot, 100)).toBe(0);
    expect(hitDistance(dot, 100 + MARKER_RADIUS + 3)).toBeLessThanOrEqual(4);
    expect(hitDistance(dot, 100 + MARKER_RADIUS + 10)).toBe(Number.POSITIVE_INFINITY);
  });

  it('prefers a dot to the bar it sits on', () => {
    const dot = markGeometry(FLAG_POINT, 150, 150, g());
    const bar = markGeometry(0, 100, 300, g());
    expect(hitDistance(dot, 151)).toBeLessThan(hitDistance(bar, 151));
  });

  it('hits a fade, weakly', () => {
    const m = markGeometry(FLAG_UNKNOWN_BEFORE, 500, 600, g());
    const d = hitDistance(m, 460);
    expect(Number.isFinite(d)).toBe(true);
    expect(d).toBeGreaterThan(hitDistance(m, 550));
  });
});
