import { describe, expect, it } from 'vitest';
import { MAX_SPAN_MS, MIN_SPAN_MS, TIME_LIMIT_MS, clampWindow, panWindow, zoomWindow } from './timeWindow';
import { DAY, HOUR, MINUTE, utc } from './utc.testHelper';

describe('zoomWindow', () => {
  const window = [utc(2025, 8, 1), utc(2025, 8, 11)] as const; // 10 days

  it('zooms in by the factor, keeping the focus at the same relative position', () => {
    const focus = utc(2025, 8, 3); // 20% into the window
    const [start, end] = zoomWindow(window, focus, 2);
    expect(end - start).toBe(5 * DAY);
    expect(start).toBe(focus - DAY);
    expect(end).toBe(focus + 4 * DAY);
  });

  it('zooms out with a factor below one', () => {
    const [start, end] = zoomWindow(window, utc(2025, 8, 6), 0.5);
    expect([start, end]).toEqual([utc(2025, 7, 27), utc(2025, 8, 16)]);
  });

  it('stops at one minute, still keeping the focus in place', () => {
    const focus = utc(2025, 8, 1, 12, 0);
    const w = [focus - 2 * MINUTE, focus + 2 * MINUTE] as const;
    const [start, end] = zoomWindow(w, focus, 1000);
    expect(end - start).toBe(MIN_SPAN_MS);
    expect(start).toBe(focus - 30_000);
  });

  it('stops at the maximum span of about 2000 years', () => {
    const [start, end] = zoomWindow([utc(1000), utc(2000)], utc(1500), 0.1);
    expect(end - start).toBe(MAX_SPAN_MS);
    // The focus sits at the same fraction of the window as before, within calendar rounding.
    expect(Math.abs(start - utc(500))).toBeLessThan(2 * DAY);
    expect(Math.abs(end - utc(2500))).toBeLessThan(2 * DAY);
  });

  it('ignores nonsense factors instead of producing NaN windows', () => {
    expect(zoomWindow(window, utc(2025, 8, 3), 0)).toEqual(window);
    expect(zoomWindow(window, utc(2025, 8, 3), Number.NaN)).toEqual(window);
    expect(zoomWindow(window, Number.NaN, 2)).toEqual(window);
  });
});

describe('panWindow', () => {
  it('shifts both ends by the delta', () => {
    expect(panWindow([utc(2025, 1, 1), utc(2025, 1, 2)], -6 * HOUR)).toEqual([
      utc(2024, 12, 31, 18),
      utc(2025, 1, 1, 18),
    ]);
  });

  it('stops at the edge of the range Dates can represent, keeping the span', () => {
    const [start, end] = panWindow([TIME_LIMIT_MS - 2 * DAY, TIME_LIMIT_MS - DAY], 10 * DAY);
    expect([start, end]).toEqual([TIME_LIMIT_MS - DAY, TIME_LIMIT_MS]);
  });
});

describe('clampWindow', () => {
  it('orders reversed ends and widens a too-narrow window about its centre', () => {
    expect(clampWindow([utc(2025, 1, 1, 0, 1), utc(2025, 1, 1, 0, 0)])).toEqual([
      utc(2025, 1, 1, 0, 0),
      utc(2025, 1, 1, 0, 1),
    ]);
    const t = utc(2025, 1, 1);
    expect(clampWindow([t, t])).toEqual([t - 30_000, t + 30_000]);
  });
});
