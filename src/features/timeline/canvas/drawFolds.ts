/**
 * A folded gap, drawn so that it cannot be mistaken for ordinary time: the band is cleared,
 * two zig-zag break lines run through lanes and axis, and the axis says how much time is
 * folded away ("79 years").
 */
import type { FoldedScale } from '../layout/timeScale';
import type { TimelineColors } from './colors';
import type { PlotLayout } from './plotLayout';
import { AXIS_FONT_PX } from './drawAxis';

const ZIG_PERIOD = 8;
const ZIG_AMPLITUDE = 3;

export interface FoldBand {
  readonly x0: number;
  readonly x1: number;
  readonly label: string;
}

const YEAR_MS = 365.2425 * 86_400_000;
const DAY_MS = 86_400_000;

const unitFormats = new Map<string, Intl.NumberFormat>();
function unitFormat(locale: string, unit: 'year' | 'month' | 'week' | 'day' | 'hour'): Intl.NumberFormat {
  const key = `${locale}|${unit}`;
  let f = unitFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 0 });
    unitFormats.set(key, f);
  }
  return f;
}

/** "79 years", "14 months", "3 weeks": the folded duration in the largest unit that reads well. */
export function formatFoldDuration(ms: number, locale: string): string {
  const years = ms / YEAR_MS;
  if (years >= 2) return unitFormat(locale, 'year').format(Math.round(years));
  const days = ms / DAY_MS;
  if (days >= 60) return unitFormat(locale, 'month').format(Math.round(days / 30.436875));
  if (days >= 14) return unitFormat(locale, 'week').format(Math.round(days / 7));
  if (days >= 2) return unitFormat(locale, 'day').format(Math.round(days));
  return unitFormat(locale, 'hour').format(Math.max(1, Math.round(ms / 3_600_000)));
}

export function foldBands(scale: FoldedScale, locale: string): FoldBand[] {
  const bands: FoldBand[] = [];
  for (const segment of scale.segments) {
    if (segment.kind !== 'fold') continue;
    const a = segment.range[0];
    const b = segment.range[1];
    bands.push({
      x0: Math.min(a, b),
      x1: Math.max(a, b),
      label: formatFoldDuration(segment.domain[1] - segment.domain[0], locale),
    });
  }
  return bands;
}

function zigzag(ctx: CanvasRenderingContext2D, x: number, top: number, bottom: number): void {
  ctx.moveTo(x, top);
  let y = top;
  let side = 1;
  while (y < bottom) {
    y = Math.min(bottom, y + ZIG_PERIOD / 2);
    ctx.lineTo(x + side * ZIG_AMPLITUDE, y);
    side = -side;
  }
}

/** Clears and marks each band over lanes and axis. */
export function drawFoldBands(
  ctx: CanvasRenderingContext2D,
  bands: readonly FoldBand[],
  layout: PlotLayout,
  colors: TimelineColors,
): void {
  if (bands.length === 0) return;
  const top = 0;
  const bottom = layout.height;
  for (const band of bands) {
    ctx.fillStyle = colors.bg;
    ctx.fillRect(band.x0, top, band.x1 - band.x0, bottom - top);
    // Faint diagonal hatching: "time is missing here", readable in both themes.
    ctx.save();
    ctx.beginPath();
    ctx.rect(band.x0, top, band.x1 - band.x0, layout.axisTop - top);
    ctx.clip();
    ctx.beginPath();
    for (let y = top - (band.x1 - band.x0); y < layout.axisTop; y += 7) {
      ctx.moveTo(band.x0, y + (band.x1 - band.x0));
      ctx.lineTo(band.x1, y);
    }
    ctx.strokeStyle = colors.grid;
    ctx.lineWidth = 1;
    ctx.stroke();
    ctx.restore();

    ctx.beginPath();
    zigzag(ctx, band.x0 + 4, top, bottom);
    zigzag(ctx, band.x1 - 4, top, bottom);
    ctx.strokeStyle = colors.fold;
    ctx.lineWidth = 1.5;
    ctx.stroke();
  }
}

export interface LabelBox {
  readonly cx: number;
  readonly w: number;
}

/** The duration labels' pills (centre and width) for a text measure: kept inside the plot, centred on their band. */
export function foldLabelBoxes(bands: readonly FoldBand[], width: number, measure: (text: string) => number): LabelBox[] {
  return bands.map((band) => {
    const w = measure(band.label) + 12;
    const cx = Math.min(width - w / 2 - 1, Math.max(w / 2 + 1, (band.x0 + band.x1) / 2));
    return { cx, w };
  });
}

function labelBoxes(ctx: CanvasRenderingContext2D, bands: readonly FoldBand[], layout: PlotLayout, colors: TimelineColors): LabelBox[] {
  ctx.font = `600 ${AXIS_FONT_PX}px ${colors.font}`;
  return foldLabelBoxes(bands, layout.width, (text) => ctx.measureText(text).width);
}

/** Where the duration labels go on the axis, so that tick labels keep clear of them. */
export function foldLabelExtents(
  ctx: CanvasRenderingContext2D,
  bands: readonly FoldBand[],
  layout: PlotLayout,
  colors: TimelineColors,
): [number, number][] {
  return labelBoxes(ctx, bands, layout, colors).map(({ cx, w }) => [cx - w / 2, cx + w / 2]);
}

/** The duration labels, as pills on the axis's tick row. */
export function drawFoldLabels(
  ctx: CanvasRenderingContext2D,
  bands: readonly FoldBand[],
  layout: PlotLayout,
  colors: TimelineColors,
): void {
  const boxes = labelBoxes(ctx, bands, layout, colors);
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  const h = 20;
  const y = layout.axisTop + 6;
  bands.forEach((band, i) => {
    const { cx, w } = boxes[i]!;
    ctx.fillStyle = colors.bg;
    ctx.strokeStyle = colors.fold;
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.roundRect(cx - w / 2 + 0.5, y + 0.5, w - 1, h - 1, 4);
    ctx.fill();
    ctx.stroke();
    ctx.fillStyle = colors.text;
    ctx.fillText(band.label, cx, y + h / 2 + 0.5);
  });
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
}
