/**
 * The visible time window and the two ways a user changes it: zoom about a point and pan.
 *
 * The window is the one piece of view state the store keeps (pixels are derived from it),
 * so these are plain functions of numbers: UTC milliseconds in, UTC milliseconds out.
 * d3-zoom drives gestures on the linear (unfolded) scale; code that moves the view on its
 * own (a key press, a presenter step, "zoom here") uses these and pushes the result back
 * into d3-zoom with `zoom.transform`.
 */

/** [start, end] in UTC milliseconds, start < end. */
export type TimeWindow = readonly [start: number, end: number];

const MS_PER_DAY = 86_400_000;

/** Below a minute there is nothing left to tell apart: the data's finest precision is the minute. */
export const MIN_SPAN_MS = 60_000;

/**
 * Two thousand (Gregorian, 365.2425-day) years: wide enough for any history we carry, and
 * it keeps tick generation bounded (at most a few dozen century ticks).
 */
export const MAX_SPAN_MS = 2000 * 365.2425 * MS_PER_DAY;

/**
 * ECMAScript Dates exist only within ±8.64e15 ms of the epoch. d3-time builds Dates to
 * find ticks, so a window outside this range would produce Invalid Dates, not just odd labels.
 */
export const TIME_LIMIT_MS = 8.64e15;

export interface SpanLimits {
  readonly minSpan: number;
  readonly maxSpan: number;
}

export const DEFAULT_SPAN_LIMITS: SpanLimits = { minSpan: MIN_SPAN_MS, maxSpan: MAX_SPAN_MS };

/**
 * Brings a window within the span limits (resizing about its centre) and within the range
 * Dates can represent (shifting it, keeping its span). Non-finite input is returned as the
 * nearest sensible window rather than NaN, because a NaN window would blank the canvas.
 */
export function clampWindow(window: TimeWindow, limits: SpanLimits = DEFAULT_SPAN_LIMITS): TimeWindow {
  let [start, end] = window;
  if (!Number.isFinite(start) || !Number.isFinite(end)) {
    const anchor = Number.isFinite(start) ? start : Number.isFinite(end) ? end : 0;
    start = anchor - limits.minSpan / 2;
    end = anchor + limits.minSpan / 2;
  }
  if (end < start) [start, end] = [end, start];
  const span = end - start;
  const clampedSpan = Math.min(limits.maxSpan, Math.max(limits.minSpan, span));
  if (clampedSpan !== span) {
    const centre = start + span / 2;
    start = centre - clampedSpan / 2;
    end = centre + clampedSpan / 2;
  }
  if (start < -TIME_LIMIT_MS) {
    end += -TIME_LIMIT_MS - start;
    start = -TIME_LIMIT_MS;
  } else if (end > TIME_LIMIT_MS) {
    start -= end - TIME_LIMIT_MS;
    end = TIME_LIMIT_MS;
  }
  return [start, end];
}

/**
 * Zooms by `factor` about `focusTime`: factor 2 halves the span (zoom in), 0.5 doubles it,
 * matching d3-zoom's `scaleBy(k)`. The focus keeps its relative position in the window, so
 * the time under the pointer stays under the pointer. When the span limit stops the zoom,
 * the focus still stays put; only the amount of zoom is reduced.
 */
export function zoomWindow(
  window: TimeWindow,
  focusTime: number,
  factor: number,
  limits: SpanLimits = DEFAULT_SPAN_LIMITS,
): TimeWindow {
  if (!(factor > 0) || !Number.isFinite(factor) || !Number.isFinite(focusTime)) return clampWindow(window, limits);
  const [start, end] = window;
  const span = end - start;
  if (!(span > 0)) return clampWindow(window, limits);
  const newSpan = Math.min(limits.maxSpan, Math.max(limits.minSpan, span / factor));
  const fraction = (focusTime - start) / span;
  const newStart = focusTime - fraction * newSpan;
  return clampWindow([newStart, newStart + newSpan], limits);
}

/** Moves the window later by `deltaMs` (earlier when negative), stopping at the representable range. */
export function panWindow(window: TimeWindow, deltaMs: number, limits: SpanLimits = DEFAULT_SPAN_LIMITS): TimeWindow {
  const delta = Number.isFinite(deltaMs) ? deltaMs : 0;
  return clampWindow([window[0] + delta, window[1] + delta], limits);
}
