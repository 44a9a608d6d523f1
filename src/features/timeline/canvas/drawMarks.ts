/**
 * Draws the marks of one frame and collects what the label layer needs.
 *
 * Marks are batched: one Path2D per (kind, style), so a frame issues a few dozen fills and
 * strokes whatever the number of marks. When more marks are in view than can be told
 * apart, each lane becomes a density strip instead (one bar per 2 px column, height by
 * count), which costs the same at 10,000 or 1,000,000 marks.
 *
 * Buffers grow with the data and are reused from frame to frame: a frame allocates only
 * its handful of Path2D objects.
 */
import type { FoldedScale } from '../layout/timeScale';
import type { TimelineColors } from './colors';
import { candidateRange, FLAG_KIND_MASK, FLAG_PRIMARY, type MarkData } from './markData';
import {
  createGeometry,
  fadeAlpha,
  FADE_PX,
  FADE_STEPS,
  MARKER_RADIUS,
  markGeometry,
  SHAPE_BAR,
  SHAPE_DOT,
  SHAPE_RANGE,
  SHAPE_SOFT,
  type MarkGeometry,
} from './markGeometry';
import { laneCentre, type PlotLayout } from './plotLayout';

/** Above this many marks in view, lanes are drawn as density strips. */
export const DENSE_THRESHOLD = 6000;
const DENSITY_BIN_PX = 2;
const KINDS = 3;

export interface MarkFrame {
  /** Marks in view this frame. */
  marksInView: number;
  /** Distinct events in view (an event in three lanes counts once). */
  eventsInView: number;
  dense: boolean;
  /** Label candidates: primary marks in view, their label anchor x. */
  candidateCount: number;
  readonly candidateMark: Int32Array;
  /** Where a label to the right of the mark may start. */
  readonly candidateX: Float32Array;
  /** Where a label to the left of the mark must end. */
  readonly candidateLeft: Float32Array;
}

interface KindPaths {
  soft: Path2D;
  bar: Path2D;
  dot: Path2D;
  hollow: Path2D;
  outline: Path2D;
  cap: Path2D;
  fade: Path2D[];
}

function newPaths(): KindPaths {
  return {
    soft: new Path2D(),
    bar: new Path2D(),
    dot: new Path2D(),
    hollow: new Path2D(),
    outline: new Path2D(),
    cap: new Path2D(),
    fade: Array.from({ length: FADE_STEPS }, () => new Path2D()),
  };
}

/** One marker shape per kind, so kind does not rest on colour alone: ● occurrence, ■ report, ◆ anniversary. */
export function addMarker(path: Path2D, kind: number, cx: number, cy: number, r: number): void {
  if (kind === 1) {
    const s = r * 0.86;
    path.rect(cx - s, cy - s, 2 * s, 2 * s);
  } else if (kind === 2) {
    const s = r * 1.22;
    path.moveTo(cx, cy - s);
    path.lineTo(cx + s, cy);
    path.lineTo(cx, cy + s);
    path.lineTo(cx - s, cy);
    path.closePath();
  } else {
    path.moveTo(cx + r, cy);
    path.arc(cx, cy, r, 0, Math.PI * 2);
  }
}

export class MarkPainter {
  private candidateMark = new Int32Array(256);
  private candidateX = new Float32Array(256);
  private candidateLeft = new Float32Array(256);
  private bins = new Uint32Array(0);
  private readonly g: MarkGeometry = createGeometry();
  readonly frame: MarkFrame = {
    marksInView: 0,
    eventsInView: 0,
    dense: false,
    candidateCount: 0,
    candidateMark: this.candidateMark,
    candidateX: this.candidateX,
    candidateLeft: this.candidateLeft,
  };

  private ensureCandidates(n: number): void {
    if (this.candidateMark.length >= n) return;
    const size = Math.max(n, this.candidateMark.length * 2);
    this.candidateMark = new Int32Array(size);
    this.candidateX = new Float32Array(size);
    this.candidateLeft = new Float32Array(size);
    const frame = this.frame as { candidateMark: Int32Array; candidateX: Float32Array; candidateLeft: Float32Array };
    frame.candidateMark = this.candidateMark;
    frame.candidateX = this.candidateX;
    frame.candidateLeft = this.candidateLeft;
  }

  draw(
    ctx: CanvasRenderingContext2D,
    data: MarkData,
    scale: FoldedScale,
    layout: PlotLayout,
    colors: TimelineColors,
  ): MarkFrame {
    const frame = this.frame;
    frame.marksInView = 0;
    frame.eventsInView = 0;
    frame.candidateCount = 0;
    frame.dense = false;
    if (data.count === 0 || layout.width <= 0) return frame;

    const width = layout.width;
    // Fades reach FADE_PX beyond a mark's known extent: cull with that much margin.
    const t0 = scale.invert(-FADE_PX - MARKER_RADIUS);
    const t1 = scale.invert(width + FADE_PX + MARKER_RADIUS);
    const [lo, hi] = candidateRange(data, t0, t1);
    this.ensureCandidates(hi - lo);
    frame.dense = hi - lo > DENSE_THRESHOLD;
    if (frame.dense) this.drawDense(ctx, data, scale, layout, colors, lo, hi, t0, t1);
    else this.drawMarks(ctx, data, scale, layout, colors, lo, hi, t0, t1);
    return frame;
  }

  private drawMarks(
    ctx: CanvasRenderingContext2D,
    data: MarkData,
    scale: FoldedScale,
    layout: PlotLayout,
    colors: TimelineColors,
    lo: number,
    hi: number,
    t0: number,
    t1: number,
  ): void {
    const width = layout.width;
    const g = this.g;
    const paths: KindPaths[] = [newPaths(), newPaths(), newPaths()];
    const softH = Math.min(14, layout.laneHeight * 0.55);
    const barH = Math.min(10, layout.laneHeight * 0.4);
    const r = MARKER_RADIUS;
    const fadeStepPx = FADE_PX / FADE_STEPS;
    let n = 0;
    let events = 0;
    let candidates = 0;

    for (let i = lo; i < hi; i++) {
      const s = data.start[i]!;
      const e = data.end[i]!;
      if (e < t0 || s > t1) continue;
      const flags = data.flags[i]!;
      markGeometry(flags, scale.x(s), scale.x(e), g);
      const left = g.x0 - g.fadeLeft;
      const right = g.x1 + g.fadeRight;
      if (right < 0 || left > width) continue;
      n++;
      if (flags & FLAG_PRIMARY) {
        events++;
        this.candidateMark[candidates] = i;
        this.candidateX[candidates] = g.labelX;
        this.candidateLeft[candidates] = g.labelLeftX;
        candidates++;
      }
      const kind = flags & FLAG_KIND_MASK;
      const p = paths[kind]!;
      const cy = laneCentre(layout, data.lane[i]!);
      // Clip bars to the viewport (plus a little) so extreme zooms do not hand the
      // rasteriser rectangles millions of pixels wide.
      const bx0 = Math.max(g.x0, -10);
      const bx1 = Math.min(g.x1, width + 10);
      switch (g.shape) {
        case SHAPE_DOT:
          addMarker(g.dashed ? p.hollow : p.dot, kind, g.cx, cy, r);
          break;
        case SHAPE_SOFT:
          p.soft.rect(bx0, cy - softH / 2, bx1 - bx0, softH);
          if (g.dashed) p.outline.rect(bx0 + 0.5, cy - softH / 2 + 0.5, bx1 - bx0 - 1, softH - 1);
          addMarker(g.dashed ? p.hollow : p.dot, kind, g.cx, cy, r);
          break;
        case SHAPE_RANGE:
          p.soft.rect(bx0, cy - softH / 2, bx1 - bx0, softH);
          p.outline.rect(bx0 + 0.5, cy - softH / 2 + 0.5, Math.max(1, bx1 - bx0 - 1), softH - 1);
          if (g.capLeft) {
            p.cap.moveTo(g.x0 + 0.75, cy - softH / 2 - 3);
            p.cap.lineTo(g.x0 + 0.75, cy + softH / 2 + 3);
          }
          if (g.capRight) {
            p.cap.moveTo(g.x1 - 0.75, cy - softH / 2 - 3);
            p.cap.lineTo(g.x1 - 0.75, cy + softH / 2 + 3);
          }
          break;
        case SHAPE_BAR:
          p.bar.rect(bx0, cy - barH / 2, bx1 - bx0, barH);
          if (g.dashed) p.outline.rect(bx0 - 1.5, cy - barH / 2 - 1.5, bx1 - bx0 + 3, barH + 3);
          break;
      }
      const fadeH = g.shape === SHAPE_BAR ? barH : softH;
      if (g.fadeLeft > 0) {
        for (let k = 0; k < FADE_STEPS; k++) {
          p.fade[k]!.rect(g.x0 - (k + 1) * fadeStepPx, cy - fadeH / 2, fadeStepPx, fadeH);
        }
      }
      if (g.fadeRight > 0) {
        for (let k = 0; k < FADE_STEPS; k++) {
          p.fade[k]!.rect(g.x1 + k * fadeStepPx, cy - fadeH / 2, fadeStepPx, fadeH);
        }
      }
    }

    ctx.lineWidth = 1;
    for (let kind = 0; kind < KINDS; kind++) {
      const p = paths[kind]!;
      const colour = colors.kinds[kind]!;
      ctx.fillStyle = colour;
      ctx.globalAlpha = 0.22;
      ctx.fill(p.soft);
      for (let k = 0; k < FADE_STEPS; k++) {
        ctx.globalAlpha = fadeAlpha(k, 0.75);
        ctx.fill(p.fade[k]!);
      }
      ctx.globalAlpha = 0.9;
      ctx.fill(p.bar);
      ctx.globalAlpha = 1;
    }
    for (let kind = 0; kind < KINDS; kind++) {
      const p = paths[kind]!;
      const colour = colors.kinds[kind]!;
      ctx.strokeStyle = colour;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([3, 2]);
      ctx.stroke(p.outline);
      ctx.setLineDash([]);
      ctx.lineWidth = 2;
      ctx.stroke(p.cap);
      // A halo in the background colour separates overlapping markers.
      ctx.strokeStyle = colors.bg;
      ctx.lineWidth = 2.5;
      ctx.stroke(p.dot);
      ctx.fillStyle = colour;
      ctx.fill(p.dot);
      ctx.fillStyle = colors.bg;
      ctx.fill(p.hollow);
      ctx.strokeStyle = colour;
      ctx.lineWidth = 1.75;
      ctx.setLineDash([2.5, 2]);
      ctx.stroke(p.hollow);
      ctx.setLineDash([]);
    }
    ctx.lineWidth = 1;

    this.frame.marksInView = n;
    this.frame.eventsInView = events;
    this.frame.candidateCount = candidates;
  }

  private drawDense(
    ctx: CanvasRenderingContext2D,
    data: MarkData,
    scale: FoldedScale,
    layout: PlotLayout,
    colors: TimelineColors,
    lo: number,
    hi: number,
    t0: number,
    t1: number,
  ): void {
    const width = layout.width;
    const columns = Math.ceil(width / DENSITY_BIN_PX);
    const laneCount = layout.laneCount;
    const size = laneCount * KINDS * columns;
    if (this.bins.length < size) this.bins = new Uint32Array(size);
    const bins = this.bins;
    bins.fill(0, 0, size);
    const g = this.g;
    let n = 0;
    let events = 0;
    let candidates = 0;
    for (let i = lo; i < hi; i++) {
      const s = data.start[i]!;
      const e = data.end[i]!;
      if (e < t0 || s > t1) continue;
      const flags = data.flags[i]!;
      const xs = scale.x(s);
      const xe = scale.x(e);
      const centre = (xs + xe) / 2;
      if (centre < 0 || centre >= width) {
        // Still in view through its bar or fade: it counts, but has no column of its own.
        markGeometry(flags, xs, xe, g);
        if (g.x1 + g.fadeRight < 0 || g.x0 - g.fadeLeft > width) continue;
      }
      n++;
      if (flags & FLAG_PRIMARY) {
        events++;
        markGeometry(flags, xs, xe, g);
        this.candidateMark[candidates] = i;
        this.candidateX[candidates] = g.labelX;
        this.candidateLeft[candidates] = g.labelLeftX;
        candidates++;
      }
      if (centre < 0 || centre >= width) continue;
      const lane = data.lane[i]!;
      if (lane >= laneCount) continue;
      const bin = ((lane * KINDS + (flags & FLAG_KIND_MASK)) * columns + ((centre / DENSITY_BIN_PX) | 0)) | 0;
      bins[bin]! += 1;
    }

    // Stacked by kind within each column, centred on the lane; height ∝ sqrt(count) so
    // that sparse columns stay visible next to dense ones.
    let maxTotal = 0;
    for (let lane = 0; lane < laneCount; lane++) {
      for (let c = 0; c < columns; c++) {
        let total = 0;
        for (let k = 0; k < KINDS; k++) total += bins[(lane * KINDS + k) * columns + c]!;
        if (total > maxTotal) maxTotal = total;
      }
    }
    const maxH = layout.laneHeight * 0.8;
    const scaleH = maxTotal > 0 ? maxH / Math.sqrt(maxTotal) : 0;
    const paths = [new Path2D(), new Path2D(), new Path2D()];
    for (let lane = 0; lane < laneCount; lane++) {
      const cy = laneCentre(layout, lane);
      for (let c = 0; c < columns; c++) {
        let total = 0;
        for (let k = 0; k < KINDS; k++) total += bins[(lane * KINDS + k) * columns + c]!;
        if (total === 0) continue;
        const h = Math.max(2, Math.sqrt(total) * scaleH);
        let y = cy - h / 2;
        for (let k = 0; k < KINDS; k++) {
          const count = bins[(lane * KINDS + k) * columns + c]!;
          if (count === 0) continue;
          const hk = (h * count) / total;
          paths[k]!.rect(c * DENSITY_BIN_PX, y, DENSITY_BIN_PX, hk);
          y += hk;
        }
      }
    }
    for (let k = 0; k < KINDS; k++) {
      ctx.fillStyle = colors.kinds[k]!;
      ctx.globalAlpha = 0.85;
      ctx.fill(paths[k]!);
    }
    ctx.globalAlpha = 1;
    this.frame.marksInView = n;
    this.frame.eventsInView = events;
    this.frame.candidateCount = candidates;
  }
}
