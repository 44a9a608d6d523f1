/**
 * How one mark looks, as numbers: the visual grammar of certainty.
 *
 *   exact point, day or finer   ● a dot
 *   month / year precision      ░●░ a soft bar covering the month or year, dot at its centre
 *                                (a day looks the same once zoomed in to hours)
 *   span                        ███ a solid bar
 *   open or unknown end         ███▓▒░ the bar fades out toward the unknown side (FADE_PX)
 *   bounded, "[..B]"            ░▒▓| fades in toward the latest bound, which is a cap
 *   bounded, "[A..B]"           |░░░| a soft stretch between two caps, no dot: no single day is claimed
 *   approximate (~ ? %)         the same shapes with a dashed outline and a hollow dot
 *
 * Drawing, hit testing and label placement all read this one function so that what is
 * drawn is what is clicked and what is labelled.
 */
import { FLAG_APPROXIMATE, FLAG_BOUNDED, FLAG_POINT, FLAG_UNKNOWN_AFTER, FLAG_UNKNOWN_BEFORE } from './markData';

export const MARKER_RADIUS = 5;
/** A fade toward an unknown end has a fixed length on screen, whatever the zoom: the unknown has no scale. */
export const FADE_PX = 80;
export const FADE_STEPS = 8;
export const MIN_BAR_PX = 3;

export const SHAPE_DOT = 0;
export const SHAPE_SOFT = 1;
export const SHAPE_BAR = 2;
export const SHAPE_RANGE = 3;
export type Shape = typeof SHAPE_DOT | typeof SHAPE_SOFT | typeof SHAPE_BAR | typeof SHAPE_RANGE;

/** Reused output (no allocation per mark). */
export interface MarkGeometry {
  shape: Shape;
  /** Bar or soft bar, px. For a dot, equal to cx ± radius. */
  x0: number;
  x1: number;
  /** Dot centre; NaN when there is no dot. */
  cx: number;
  /** Length of the fade on each side, 0 when that side is known. */
  fadeLeft: number;
  fadeRight: number;
  /** Caps (short vertical lines) at a known bound of a bounded date. */
  capLeft: boolean;
  capRight: boolean;
  dashed: boolean;
  /** Where the label's text may start (before the placer's gap). */
  labelX: number;
  /** Where a label placed on the left must end. */
  labelLeftX: number;
}

export function createGeometry(): MarkGeometry {
  return { shape: SHAPE_DOT, x0: 0, x1: 0, cx: 0, fadeLeft: 0, fadeRight: 0, capLeft: false, capRight: false, dashed: false, labelX: 0, labelLeftX: 0 };
}

/** Fills `out` for a mark whose known extent is drawn from xs to xe px. */
export function markGeometry(flags: number, xs: number, xe: number, out: MarkGeometry): MarkGeometry {
  const r = MARKER_RADIUS;
  out.dashed = (flags & FLAG_APPROXIMATE) !== 0;
  out.fadeLeft = flags & FLAG_UNKNOWN_BEFORE ? FADE_PX : 0;
  out.fadeRight = flags & FLAG_UNKNOWN_AFTER ? FADE_PX : 0;
  out.capLeft = false;
  out.capRight = false;
  const width = xe - xs;
  if (flags & FLAG_POINT) {
    out.cx = (xs + xe) / 2;
    if (width <= 2 * r) {
      out.shape = SHAPE_DOT;
      out.x0 = out.cx - r;
      out.x1 = out.cx + r;
    } else {
      out.shape = SHAPE_SOFT;
      out.x0 = xs;
      out.x1 = xe;
    }
    out.labelX = out.cx + r;
    out.labelLeftX = out.cx - r;
    return out;
  }
  if (flags & FLAG_BOUNDED) {
    const bothKnown = out.fadeLeft === 0 && out.fadeRight === 0;
    if (bothKnown && width <= 2 * r) {
      // Between two bounds too close to tell apart: a hollow dot, like an approximate date.
      out.shape = SHAPE_DOT;
      out.cx = (xs + xe) / 2;
      out.x0 = out.cx - r;
      out.x1 = out.cx + r;
      out.dashed = true;
      out.labelX = out.cx + r;
      out.labelLeftX = out.cx - r;
      return out;
    }
    out.shape = SHAPE_RANGE;
    out.cx = Number.NaN;
    out.x0 = xs;
    out.x1 = Math.max(xe, xs + MIN_BAR_PX);
    // The known bound is the cap; the unknown side fades.
    out.capRight = out.fadeRight === 0;
    out.capLeft = out.fadeLeft === 0;
    out.labelX = out.x1 + (out.capRight ? 2 : 0);
    out.labelLeftX = out.x0 - out.fadeLeft - (out.capLeft ? 2 : 0);
    return out;
  }
  out.shape = SHAPE_BAR;
  out.cx = Number.NaN;
  out.x0 = xs;
  out.x1 = Math.max(xe, xs + MIN_BAR_PX);
  out.labelX = out.x1;
  out.labelLeftX = out.x0 - out.fadeLeft;
  return out;
}

/**
 * Opacity of fade step i (0 next to the known end … FADE_STEPS − 1 farthest), from `from`
 * down toward zero. Linear in steps, so the eye reads a steady falloff.
 */
export function fadeAlpha(step: number, from: number, steps = FADE_STEPS): number {
  return (from * (steps - step)) / (steps + 1);
}

/**
 * How well px hits the mark: 0 is dead on a dot, larger is weaker, Infinity is a miss.
 * Wide shapes score worse than a dot sitting on them (being inside a long bar says less
 * about what the user aimed at), and a fade is the weakest hit of all.
 */
export function hitDistance(g: MarkGeometry, px: number, tolerancePx = 4): number {
  if (!Number.isNaN(g.cx)) {
    const d = Math.abs(px - g.cx) - MARKER_RADIUS;
    if (d <= tolerancePx) return Math.max(0, d);
  }
  if (g.shape === SHAPE_DOT) return Number.POSITIVE_INFINITY;
  const base = g.shape === SHAPE_BAR ? 3 : 4;
  if (px >= g.x0 - tolerancePx && px <= g.x1 + tolerancePx) {
    return base + Math.max(0, g.x0 - px, px - g.x1);
  }
  if (px >= g.x0 - g.fadeLeft && px <= g.x1 + g.fadeRight) return base + tolerancePx + 4;
  return Number.POSITIVE_INFINITY;
}
