/**
 * The selected event (a strong ring in --selection, its marker redrawn on top, and a
 * guide line down to the axis) and the hovered one (a thinner ring in --text).
 */
import type { FoldedScale } from '../layout/timeScale';
import type { TimelineColors } from './colors';
import { addMarker } from './markerShapes';
import { FLAG_KIND_MASK, type MarkData } from './markData';
import { createGeometry, MARKER_RADIUS, markGeometry, SHAPE_DOT } from './markGeometry';
import { laneCentre, type PlotLayout } from './plotLayout';

const g = createGeometry();

export function drawHighlight(
  ctx: CanvasRenderingContext2D,
  data: MarkData,
  scale: FoldedScale,
  layout: PlotLayout,
  colors: TimelineColors,
  marks: readonly number[],
  kind: 'selected' | 'hovered',
): void {
  if (marks.length === 0) return;
  const selected = kind === 'selected';
  const ring = new Path2D();
  const fill = new Path2D();
  let guideX = Number.NaN;
  const softH = Math.min(14, layout.laneHeight * 0.55);
  const pad = selected ? 4 : 3;
  let markKind = 0;
  for (const m of marks) {
    const flags = data.flags[m]!;
    markKind = flags & FLAG_KIND_MASK;
    markGeometry(flags, scale.x(data.start[m]!), scale.x(data.end[m]!), g);
    if (g.x1 < -20 || g.x0 > layout.width + 20) continue;
    const cy = laneCentre(layout, data.lane[m]!);
    if (!Number.isNaN(g.cx)) {
      if (!g.dashed) addMarker(fill, markKind, g.cx, cy, MARKER_RADIUS);
      ring.moveTo(g.cx + MARKER_RADIUS + pad, cy);
      ring.arc(g.cx, cy, MARKER_RADIUS + pad, 0, Math.PI * 2);
      guideX = g.cx;
    }
    if (g.shape !== SHAPE_DOT) {
      const x0 = Math.max(g.x0, -10);
      const x1 = Math.min(g.x1, layout.width + 10);
      ring.roundRect(x0 - pad, cy - softH / 2 - pad, x1 - x0 + 2 * pad, softH + 2 * pad, 4);
      if (Number.isNaN(guideX)) guideX = g.x0 >= 0 ? g.x0 : g.x1;
    }
  }
  const colour = selected ? colors.selection : colors.text;
  if (selected && !Number.isNaN(guideX) && guideX >= 0 && guideX <= layout.width) {
    ctx.strokeStyle = colour;
    ctx.globalAlpha = 0.7;
    ctx.lineWidth = 1.5;
    ctx.setLineDash([4, 4]);
    ctx.beginPath();
    ctx.moveTo(Math.round(guideX) + 0.5, layout.laneTop);
    ctx.lineTo(Math.round(guideX) + 0.5, layout.axisTop);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;
  }
  // The marker again, on top of its neighbours (and of a density strip).
  ctx.fillStyle = colors.kinds[markKind]!;
  ctx.strokeStyle = colors.bg;
  ctx.lineWidth = 2.5;
  ctx.stroke(fill);
  ctx.fill(fill);
  ctx.strokeStyle = colors.bg;
  ctx.lineWidth = selected ? 6 : 4;
  ctx.stroke(ring);
  ctx.strokeStyle = colour;
  ctx.lineWidth = selected ? 3 : 2;
  ctx.stroke(ring);
  ctx.lineWidth = 1;
}
