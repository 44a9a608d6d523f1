/**
 * The arithmetic between d3-zoom's transform and the visible time window, and the two
 * things the folded scale makes non-trivial: keeping the time under the pointer under the
 * pointer, and fitting the data with padding measured in pixels rather than in time.
 *
 * d3-zoom works on a linear base scale. With folds on, the picture is drawn with a folded
 * scale derived from the linear window, so a linear zoom about the pointer would let the
 * picture slide under it (eighty folded years make the linear rate ~10× off). The hook
 * therefore takes d3-zoom's zoom factor but solves for the window itself, with
 * `anchorWindow`, and pushes the result back through `zoom.transform`.
 */
import { scaleUtc, zoomIdentity, type ZoomTransform } from 'd3';
import { createFoldedScale, DEFAULT_FOLD_WIDTH, mergeFolds, type Fold, type FoldedScale } from '../layout/timeScale';
import { clampWindow, DEFAULT_SPAN_LIMITS, type SpanLimits, type TimeWindow } from '../layout/timeWindow';

/** The base scale's domain: one year from the epoch. Only ratios matter; this keeps numbers moderate. */
export const BASE_SPAN_MS = 365.2425 * 86_400_000;

/** The base scale for a plot `width` px wide. A new scale each call: the base is never mutated. */
export function baseScale(width: number) {
  return scaleUtc()
    .domain([0, BASE_SPAN_MS])
    .range([0, Math.max(1, width)]);
}

/** The linear window a transform shows, via transform.rescaleX(base). */
export function transformToWindow(transform: ZoomTransform, width: number): TimeWindow {
  const [start, end] = transform.rescaleX(baseScale(width)).domain();
  return [(start as Date).getTime(), (end as Date).getTime()];
}

/** The x-only transform that shows `window` across `width` px (y is always 0). */
export function windowToTransform(window: TimeWindow, width: number): ZoomTransform {
  const w = Math.max(1, width);
  const k = BASE_SPAN_MS / (window[1] - window[0]);
  const x = (-k * window[0] * w) / BASE_SPAN_MS;
  return zoomIdentity.translate(x, 0).scale(k);
}

/** d3-zoom's scaleExtent for the span limits (k is inversely proportional to the span). */
export function scaleExtentFor(limits: SpanLimits = DEFAULT_SPAN_LIMITS): [number, number] {
  return [BASE_SPAN_MS / limits.maxSpan, BASE_SPAN_MS / limits.minSpan];
}

export interface ScaleFactory {
  (window: TimeWindow): FoldedScale;
}

export function foldedScaleFactory(width: number, folds: readonly Fold[], foldWidth?: number): ScaleFactory {
  return (domain) =>
    createFoldedScale({ domain, range: [0, width], folds, ...(foldWidth !== undefined ? { foldWidth } : {}) });
}

/**
 * The window of length `span` in which time `anchor` is drawn at pixel `px`.
 * x(anchor) falls monotonically as the window moves later, so Newton steps (the slope is
 * the scale's px/ms) converge in one or two iterations; bisection takes over if a fold
 * appearing or disappearing makes a step overshoot.
 */
export function anchorWindow(
  span: number,
  anchor: number,
  px: number,
  makeScale: ScaleFactory,
  guessStart: number,
  limits: SpanLimits = DEFAULT_SPAN_LIMITS,
): TimeWindow {
  const tolerancePx = 0.01;
  let t0 = guessStart;
  let lo = Number.NEGATIVE_INFINITY; // x(anchor) > px here: the window must move later
  let hi = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 40; i++) {
    const scale = makeScale([t0, t0 + span]);
    const err = scale.x(anchor) - px;
    if (!Number.isFinite(err) || Math.abs(err) < tolerancePx) break;
    if (err > 0) lo = Math.max(lo, t0);
    else hi = Math.min(hi, t0);
    const rate = Math.abs(scale.pxPerMs) || (scale.range[1] - scale.range[0]) / span;
    let next = t0 + err / rate;
    if (Number.isFinite(lo) && Number.isFinite(hi) && !(next > lo && next < hi)) next = (lo + hi) / 2;
    if (next === t0) break;
    t0 = next;
  }
  return clampWindow([t0, t0 + span], limits);
}

/**
 * The window in which time `anchor` is drawn at pixel `px` and ordinary (unfolded) time is
 * drawn at `rate` px/ms.
 *
 * This is what zooming means once folds are on: the reader sees the unfolded parts, so
 * "zoom in 2×" must double their px/ms. Zooming the linear window instead would first spend
 * the zoom squeezing the folded decades (or, with the window's edge inside a fold, change
 * nothing visible at all).
 *
 * The window is built outward from the anchor: time runs at `rate` through ordinary time,
 * and a fold wider than its band on screen costs `foldWidth` px; near an edge, a fold that
 * would not get its full band stays ordinary time, as the folded scale decides too. The
 * result is then checked against the folded scale itself and polished by anchorWindow.
 */
export function windowAtRate(
  rate: number,
  anchor: number,
  px: number,
  width: number,
  folds: readonly Fold[],
  makeScale: ScaleFactory,
  limits: SpanLimits = DEFAULT_SPAN_LIMITS,
  foldWidth = DEFAULT_FOLD_WIDTH,
): TimeWindow {
  const clampSpan = (span: number) => Math.min(limits.maxSpan, Math.max(limits.minSpan, span));
  if (!(rate > 0) || !(width > 0)) return clampWindow([anchor - limits.minSpan, anchor + limits.minSpan], limits);
  const sorted = mergeFolds(folds).filter((f) => (f.end - f.start) * rate > foldWidth);

  // An anchor inside a fold sits at its proportional place in the band.
  const inside = sorted.find((f) => anchor > f.start && anchor < f.end);
  let rightTime = anchor;
  let rightPx = px;
  let leftTime = anchor;
  let leftPx = px;
  if (inside) {
    const share = (anchor - inside.start) / (inside.end - inside.start);
    rightTime = inside.end;
    rightPx = px + foldWidth * (1 - share);
    leftTime = inside.start;
    leftPx = px - foldWidth * share;
  }

  let end = Number.NaN;
  if (rightPx >= width) end = rightTime - ((rightPx - width) / foldWidth) * (inside ? inside.end - inside.start : 0);
  for (const f of sorted) {
    if (!Number.isNaN(end)) break;
    if (f.start < rightTime) continue;
    const at = rightPx + (f.start - rightTime) * rate;
    if (at + foldWidth >= width) {
      end = rightTime + (width - rightPx) / rate;
      break;
    }
    rightPx = at + foldWidth;
    rightTime = f.end;
  }
  if (Number.isNaN(end)) end = rightTime + (width - rightPx) / rate;

  let start = Number.NaN;
  if (leftPx <= 0) start = leftTime + (-leftPx / foldWidth) * (inside ? inside.end - inside.start : 0);
  for (let i = sorted.length - 1; i >= 0 && Number.isNaN(start); i--) {
    const f = sorted[i]!;
    if (f.end > leftTime) continue;
    const at = leftPx - (leftTime - f.end) * rate;
    if (at - foldWidth <= 0) {
      start = leftTime - leftPx / rate;
      break;
    }
    leftPx = at - foldWidth;
    leftTime = f.start;
  }
  if (Number.isNaN(start)) start = leftTime - leftPx / rate;

  const span = clampSpan(end - start);
  return anchorWindow(span, anchor, px, makeScale, start, limits);
}

/** Unfolded px per ms of a window (what the reader perceives as the zoom level). */
export function rateOf(window: TimeWindow, makeScale: ScaleFactory): number {
  return Math.abs(makeScale(window).pxPerMs);
}

export interface FitOptions {
  /** Empty space kept at each side, in px. */
  readonly paddingPx: number;
  readonly foldWidth?: number;
  readonly limits?: SpanLimits;
}

/**
 * The window that shows [extent.start, extent.end] across `width` px with `paddingPx` of
 * empty space at each side, folds included. The padding lies outside the data, in linear
 * time, so it is paddingPx / (px per ms of the folded scale); the folds chosen depend on
 * the window, so the estimate is refined a few times (it settles at once in practice).
 */
export function fitWindow(
  extent: { readonly start: number; readonly end: number },
  width: number,
  folds: readonly Fold[],
  options: FitOptions,
): TimeWindow {
  const limits = options.limits ?? DEFAULT_SPAN_LIMITS;
  let { start, end } = extent;
  if (!(end > start)) {
    start -= limits.minSpan / 2;
    end += limits.minSpan / 2;
  }
  const pad = Math.min(options.paddingPx, width / 4);
  const inner = Math.max(1, width - 2 * pad);
  const make = (domain: TimeWindow, range: readonly [number, number]) =>
    createFoldedScale({
      domain,
      range,
      folds,
      ...(options.foldWidth !== undefined ? { foldWidth: options.foldWidth } : {}),
    });
  // First guess: the data fills the inner range.
  let rate = Math.abs(make([start, end], [0, inner]).pxPerMs) || inner / (end - start);
  let window: TimeWindow = [start - pad / rate, end + pad / rate];
  for (let i = 0; i < 4; i++) {
    const scale = make(window, [0, width]);
    const left = scale.x(start);
    const right = scale.x(end);
    if (Math.abs(left - pad) < 0.5 && Math.abs(right - (width - pad)) < 0.5) break;
    // Same folds, new rate: the one that maps the data onto the inner range.
    rate = linearRate(scale, start, end, inner) || rate;
    window = [start - pad / rate, end + pad / rate];
  }
  return clampWindow(window, limits);
}

/** The px/ms that maps [start, end] onto `inner` px when the folds of `scale` keep their band widths. */
function linearRate(scale: FoldedScale, start: number, end: number, inner: number): number {
  const inside = scale.folds.filter((f) => f.start >= start && f.end <= end);
  const bandPx = inside.reduce((sum, f) => sum + Math.abs(scale.x(f.end) - scale.x(f.start)), 0);
  const linearMs = end - start - inside.reduce((sum, f) => sum + (f.end - f.start), 0);
  return linearMs > 0 ? Math.max(1e-12, inner - bandPx) / linearMs : 0;
}
