/**
 * The time axis and the grid: ticks for each linear piece of the (possibly folded) scale,
 * a context row under them ("August 2025" under day ticks) pinned to the left edge while
 * its period scrolls past, and the fold breaks with the folded duration.
 */
import { computeTicks, type TickSet } from '../layout/ticks';
import type { FoldedScale } from '../layout/timeScale';
import type { TimelineColors } from './colors';
import type { PlotLayout } from './plotLayout';

export const AXIS_FONT_PX = 13;
const TICK_LABEL_Y = 19;
const CONTEXT_LABEL_Y = 38;

export interface AxisFrame {
  readonly tickSets: readonly { readonly range: readonly [number, number]; readonly ticks: TickSet }[];
}

/** Ticks for each linear segment, computed once per frame and shared by grid and axis. */
export function computeAxis(scale: FoldedScale, locale: string): AxisFrame {
  const tickSets = [];
  for (const segment of scale.segments) {
    if (segment.kind !== 'linear') continue;
    const width = Math.abs(segment.range[1] - segment.range[0]);
    if (width < 2) continue;
    tickSets.push({ range: segment.range, ticks: computeTicks(segment.domain, width, locale, { minSpacingPx: 84 }) });
  }
  return { tickSets };
}

export function drawGrid(
  ctx: CanvasRenderingContext2D,
  axis: AxisFrame,
  scale: FoldedScale,
  layout: PlotLayout,
  colors: TimelineColors,
): void {
  const top = layout.laneTop;
  const bottom = layout.axisTop;
  ctx.lineWidth = 1;
  for (const pass of [false, true]) {
    ctx.beginPath();
    for (const { ticks } of axis.tickSets) {
      for (const tick of ticks.ticks) {
        if (tick.major !== pass) continue;
        const x = Math.round(scale.x(tick.time)) + 0.5;
        ctx.moveTo(x, top);
        ctx.lineTo(x, bottom);
      }
    }
    ctx.strokeStyle = pass ? colors.border : colors.grid;
    ctx.globalAlpha = pass ? 0.55 : 1;
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}

export function drawAxis(
  ctx: CanvasRenderingContext2D,
  axis: AxisFrame,
  scale: FoldedScale,
  layout: PlotLayout,
  colors: TimelineColors,
  /** Boxes (x0, x1) on the tick row that labels must avoid, e.g. fold labels. */
  reserved: readonly (readonly [number, number])[],
): void {
  const y0 = layout.axisTop;
  const width = layout.width;
  ctx.fillStyle = colors.bg;
  ctx.fillRect(0, y0, width, layout.height - y0);
  ctx.strokeStyle = colors.border;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(0, y0 + 0.5);
  ctx.lineTo(width, y0 + 0.5);
  ctx.stroke();

  ctx.font = `${AXIS_FONT_PX}px ${colors.font}`;
  ctx.textBaseline = 'alphabetic';
  ctx.beginPath();
  for (const { ticks } of axis.tickSets) {
    for (const tick of ticks.ticks) {
      const x = Math.round(scale.x(tick.time)) + 0.5;
      ctx.moveTo(x, y0);
      ctx.lineTo(x, y0 + (tick.major ? 7 : 4));
    }
  }
  ctx.strokeStyle = colors.border;
  ctx.stroke();

  const labels = placeAxisLabels(axis, scale, reserved, (text) => ctx.measureText(text).width);
  ctx.textAlign = 'center';
  for (const tick of labels.ticks) {
    ctx.fillStyle = tick.major ? colors.text : colors.textMuted;
    ctx.fillText(tick.label, tick.x, y0 + TICK_LABEL_Y);
  }
  ctx.textAlign = 'left';
  ctx.fillStyle = colors.text;
  for (const c of labels.context) ctx.fillText(c.label, c.x, y0 + CONTEXT_LABEL_Y);
}

export interface AxisLabels {
  /** Tick labels, centred on x. */
  readonly ticks: readonly { readonly x: number; readonly label: string; readonly major: boolean }[];
  /** Context-row labels ("August 2025"), starting at x. */
  readonly context: readonly { readonly x: number; readonly label: string }[];
}

/** Rows of the axis below its top line: tick labels, then the context row. */
export const AXIS_TICK_LABEL_Y = TICK_LABEL_Y;
export const AXIS_CONTEXT_LABEL_Y = CONTEXT_LABEL_Y;

/**
 * Which axis labels fit, and where: tick labels inside their own segment and apart, clear
 * of `reserved` boxes (fold labels); each context period's label at its start, held at the
 * segment's left edge while the period is still on screen. Pure: the canvas and exported
 * pictures place labels the same way, each with its own text measure.
 */
export function placeAxisLabels(
  axis: AxisFrame,
  scale: FoldedScale,
  reserved: readonly (readonly [number, number])[],
  measure: (text: string) => number,
): AxisLabels {
  const blocked = (a: number, b: number) => reserved.some(([r0, r1]) => a < r1 && b > r0);
  const ticks: { x: number; label: string; major: boolean }[] = [];
  const context: { x: number; label: string }[] = [];
  for (const { range, ticks: set } of axis.tickSets) {
    const lo = Math.min(range[0], range[1]);
    const hi = Math.max(range[0], range[1]);
    let lastEnd = Number.NEGATIVE_INFINITY;
    for (const tick of set.ticks) {
      const x = scale.x(tick.time);
      const w = measure(tick.label);
      const a = x - w / 2;
      const b = x + w / 2;
      // Keep labels inside their own segment (a fold band belongs to the fold label) and apart.
      if (a < lo + 2 || b > hi - 2 || a < lastEnd + 6 || blocked(a - 4, b + 4)) continue;
      ticks.push({ x, label: tick.label, major: tick.major });
      lastEnd = b;
    }
    let lastContextEnd = Number.NEGATIVE_INFINITY;
    for (const c of set.context) {
      const w = measure(c.label);
      const start = scale.x(c.time);
      const end = Math.min(scale.x(c.end), hi);
      let x = Math.max(start, lo) + 4;
      // Sticky: a period that began off to the left keeps its label at the edge until the
      // next period pushes it out; a period that has only just begun shows no label yet.
      if (x + w > end - 4) {
        if (start > lo) continue;
        x = end - 4 - w;
      }
      if ((x < lo && lo > 0) || x + w > hi - 2 || x < lastContextEnd + 8) continue;
      // Step past a fold label rather than disappear behind it.
      for (const [r0, r1] of reserved) if (x - 4 < r1 && x + w + 4 > r0) x = r1 + 6;
      if (x + w > Math.min(end, hi) - 2 || blocked(x - 4, x + w + 4)) continue;
      lastContextEnd = x + w;
      context.push({ x, label: c.label });
    }
  }
  return { ticks, context };
}
