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
import { candidateRanges, FLAG_KIND_MASK, FLAG_PRIMARY, type MarkData } from './markData';
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
import { DensityRaster, packedColour } from './densityRaster';
import { MarkerSprites } from './markerSprites';
import { FastX } from './fastX';
import { laneCentre, type PlotLayout } from './plotLayout';

/** Above this many marks in view, lanes are drawn as density strips. */
export const DENSE_THRESHOLD = 3000;
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
  /**
   * Labelled (primary) marks in view per lane and pixel column, `columns` wide per lane:
   * what the count badges count. Filled every frame.
   */
  readonly laneColumns: Uint32Array;
  readonly columns: number;
}

/** Above this many label candidates only the best of each (lane, BUCKET_PX) bucket competes. */
export const BUCKET_PX = 40;
/** Occurrences first, then reports, then anniversaries (which repeat what they commemorate). */
export const KIND_PRIORITY: readonly number[] = [3, 2, 1];

interface KindPaths {
  soft: Path2D;
  bar: Path2D;
  outline: Path2D;
  cap: Path2D;
  fade: Path2D[];
}

function newPaths(): KindPaths {
  return {
    soft: new Path2D(),
    bar: new Path2D(),
    outline: new Path2D(),
    cap: new Path2D(),
    fade: Array.from({ length: FADE_STEPS }, () => new Path2D()),
  };
}

/** Above this many dashed bar outlines in view, they are drawn solid (dashing is costly to rasterise). */
const MAX_DASHED_OUTLINES = 150;

export class MarkPainter {
  private candidateMark = new Int32Array(256);
  private candidateX = new Float32Array(256);
  private candidateLeft = new Float32Array(256);
  private bins = new Uint32Array(0);
  private readonly ranges = new Int32Array(4);
  private readonly fastX = new FastX();
  private readonly raster = new DensityRaster();
  private readonly kindColours = [0, 0, 0];
  private readonly sprites = new MarkerSprites();
  private markerX = new Float32Array(256);
  private markerY = new Float32Array(256);
  private markerStyle = new Uint8Array(256);
  private laneColumns = new Uint32Array(0);
  private bucketBest = new Int32Array(0);
  private bucketX = new Float32Array(0);
  private readonly g: MarkGeometry = createGeometry();
  readonly frame: MarkFrame = {
    marksInView: 0,
    eventsInView: 0,
    dense: false,
    candidateCount: 0,
    candidateMark: this.candidateMark,
    candidateX: this.candidateX,
    candidateLeft: this.candidateLeft,
    laneColumns: this.laneColumns,
    columns: 0,
  };

  private ensureCandidates(n: number): void {
    if (this.markerX.length < n) {
      this.markerX = new Float32Array(n);
      this.markerY = new Float32Array(n);
      this.markerStyle = new Uint8Array(n);
    }
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

  /**
   * `pinned`: marks that must be label candidates when in view whatever the thinning
   * (the selected and hovered events' label marks).
   */
  draw(
    ctx: CanvasRenderingContext2D,
    data: MarkData,
    scale: FoldedScale,
    layout: PlotLayout,
    colors: TimelineColors,
    pinned: readonly number[] = [],
  ): MarkFrame {
    const frame = this.frame as MarkFrame & { laneColumns: Uint32Array; columns: number };
    frame.marksInView = 0;
    frame.eventsInView = 0;
    frame.candidateCount = 0;
    frame.dense = false;
    const columns = Math.max(1, Math.ceil(layout.width));
    const columnSize = Math.max(1, layout.laneCount) * columns;
    if (this.laneColumns.length < columnSize) this.laneColumns = new Uint32Array(columnSize);
    this.laneColumns.fill(0, 0, columnSize);
    frame.laneColumns = this.laneColumns;
    frame.columns = columns;
    if (data.count === 0 || layout.width <= 0) return frame;

    const width = layout.width;
    // Fades reach FADE_PX beyond a mark's known extent: cull with that much margin.
    const t0 = scale.invert(-FADE_PX - MARKER_RADIUS);
    const t1 = scale.invert(width + FADE_PX + MARKER_RADIUS);
    const ranges = candidateRanges(data, t0, t1, this.ranges);
    // Marks in the window (by time alone: cheap), to choose between marks and density.
    let inWindow = 0;
    const start = data.start;
    const end = data.end;
    for (let q = 0; q < 4 && inWindow <= DENSE_THRESHOLD; q += 2) {
      for (let i = ranges[q]!; i < ranges[q + 1]!; i++) if (end[i]! >= t0 && start[i]! <= t1) inWindow++;
    }
    this.ensureCandidates(Math.min(inWindow, DENSE_THRESHOLD) + 2 * pinned.length + 64);
    frame.dense = inWindow > DENSE_THRESHOLD;
    if (frame.dense) this.drawDense(ctx, data, scale, layout, colors, ranges, t0, t1, pinned);
    else this.drawMarks(ctx, data, scale, layout, colors, ranges, t0, t1);
    return frame;
  }

  private drawMarks(
    ctx: CanvasRenderingContext2D,
    data: MarkData,
    scale: FoldedScale,
    layout: PlotLayout,
    colors: TimelineColors,
    ranges: Int32Array,
    t0: number,
    t1: number,
  ): void {
    const width = layout.width;
    const g = this.g;
    const paths: KindPaths[] = [newPaths(), newPaths(), newPaths()];
    const columns = this.frame.columns;
    const softH = Math.round(Math.min(14, layout.laneHeight * 0.55));
    // Spans are thin and a little transparent: many overlap in one row, and the points
    // (the precise statements) must stay readable on top of them.
    const barH = Math.round(Math.min(7, layout.laneHeight * 0.3));
    const r = MARKER_RADIUS;
    const fadeStepPx = FADE_PX / FADE_STEPS;
    let n = 0;
    let events = 0;
    let candidates = 0;
    let outlines = 0;
    const markerX = this.markerX;
    const markerY = this.markerY;
    const markerStyle = this.markerStyle;
    let markers = 0;
    // Rect edges on device pixels: crisp, and much cheaper to rasterise than fractional ones.
    const ratio = ctx.getTransform().a || 1;
    const snap = (v: number) => Math.round(v * ratio) / ratio;

    for (let q = 0; q < 4; q += 2) for (let i = ranges[q]!; i < ranges[q + 1]!; i++) {
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
        const lane = data.lane[i]!;
        if (lane < layout.laneCount) this.laneColumns[lane * columns + clampColumn(g.labelX, columns)]! += 1;
      }
      const kind = flags & FLAG_KIND_MASK;
      const p = paths[kind]!;
      const cy = laneCentre(layout, data.lane[i]!);
      // Clip bars to the viewport (plus a little) so extreme zooms do not hand the
      // rasteriser rectangles millions of pixels wide.
      const bx0 = snap(Math.max(g.x0, -10));
      const bx1 = Math.max(bx0 + 1 / ratio, snap(Math.min(g.x1, width + 10)));
      const softTop = snap(cy - softH / 2);
      const barTop = snap(cy - barH / 2);
      switch (g.shape) {
        case SHAPE_DOT:
          markerX[markers] = g.cx;
          markerY[markers] = cy;
          markerStyle[markers++] = kind | (g.dashed ? 4 : 0);
          break;
        case SHAPE_SOFT:
          // An approximate month or year says so with its hollow marker; no outline needed.
          p.soft.rect(bx0, softTop, bx1 - bx0, softH);
          markerX[markers] = g.cx;
          markerY[markers] = cy;
          markerStyle[markers++] = kind | (g.dashed ? 4 : 0);
          break;
        case SHAPE_RANGE:
          // Its caps and fade say "somewhere in here"; an outline would add cost, not meaning.
          p.soft.rect(bx0, softTop, bx1 - bx0, softH);
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
          p.bar.rect(bx0, barTop, bx1 - bx0, barH);
          if (g.dashed) {
            p.outline.rect(bx0 - 1.5, barTop - 1.5, bx1 - bx0 + 3, barH + 3);
            outlines++;
          }
          break;
      }
      const fadeH = g.shape === SHAPE_BAR ? barH : softH;
      const fadeTop = g.shape === SHAPE_BAR ? barTop : softTop;
      if (g.fadeLeft > 0) {
        const x = snap(g.x0);
        for (let k = 0; k < FADE_STEPS; k++) p.fade[k]!.rect(x - (k + 1) * fadeStepPx, fadeTop, fadeStepPx, fadeH);
      }
      if (g.fadeRight > 0) {
        const x = snap(g.x1);
        for (let k = 0; k < FADE_STEPS; k++) p.fade[k]!.rect(x + k * fadeStepPx, fadeTop, fadeStepPx, fadeH);
      }
    }

    ctx.lineWidth = 1;
    for (let kind = 0; kind < KINDS; kind++) {
      const p = paths[kind]!;
      const colour = colors.kinds[kind]!;
      ctx.fillStyle = colour;
      ctx.globalAlpha = 0.18;
      ctx.fill(p.soft);
      for (let k = 0; k < FADE_STEPS; k++) {
        ctx.globalAlpha = fadeAlpha(k, 0.75);
        ctx.fill(p.fade[k]!);
      }
      ctx.globalAlpha = 0.75;
      ctx.fill(p.bar);
      ctx.globalAlpha = 1;
    }
    for (let kind = 0; kind < KINDS; kind++) {
      const p = paths[kind]!;
      const colour = colors.kinds[kind]!;
      ctx.strokeStyle = colour;
      ctx.lineWidth = 1.5;
      if (outlines <= MAX_DASHED_OUTLINES) ctx.setLineDash([3, 2]);
      ctx.stroke(p.outline);
      ctx.setLineDash([]);
      ctx.lineWidth = 2;
      ctx.stroke(p.cap);

    }
    ctx.lineWidth = 1;

    // Markers on top, stamped from pre-rendered sprites (with their halo), kind by kind.
    for (let kind = 0; kind < KINDS; kind++) {
      for (const hollow of [false, true]) {
        const style = kind | (hollow ? 4 : 0);
        const sprite = this.sprites.get(kind, hollow, colors.kinds[kind]!, colors.bg, r, 1.25, ratio);
        if (!sprite) continue;
        const half = sprite.size / 2;
        for (let m = 0; m < markers; m++) {
          if (markerStyle[m] !== style) continue;
          ctx.drawImage(sprite.image, snap(markerX[m]! - half), snap(markerY[m]! - half), sprite.size, sprite.size);
        }
      }
    }

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
    ranges: Int32Array,
    t0: number,
    t1: number,
    pinned: readonly number[],
  ): void {
    const width = layout.width;
    const binColumns = Math.ceil(width / DENSITY_BIN_PX);
    const laneCount = layout.laneCount;
    const size = laneCount * KINDS * binColumns;
    if (this.bins.length < size) this.bins = new Uint32Array(size);
    const bins = this.bins;
    bins.fill(0, 0, size);
    const columns = this.frame.columns;
    const laneColumns = this.laneColumns;
    // Label candidates are thinned here, in the same pass: the best mark per (lane, bucket).
    const buckets = Math.ceil(width / BUCKET_PX) + 1;
    const bucketSize = laneCount * buckets;
    if (this.bucketBest.length < bucketSize) {
      this.bucketBest = new Int32Array(bucketSize);
      this.bucketX = new Float32Array(bucketSize);
    }
    const best = this.bucketBest;
    const bestX = this.bucketX;
    best.fill(-1, 0, bucketSize);
    const g = this.g;
    const fx = this.fastX.reset(scale);
    const { start, end, flags: flagsOf, lane: laneOf } = data;
    let n = 0;
    let events = 0;
    for (let q = 0; q < 4; q += 2) for (let i = ranges[q]!; i < ranges[q + 1]!; i++) {
      const s = start[i]!;
      const e = end[i]!;
      if (e < t0 || s > t1) continue;
      const flags = flagsOf[i]!;
      // One scale evaluation per mark: its middle. Only marks whose middle is off screen
      // (long spans, fades) need their ends to decide whether they are in view.
      const centre = fx.x(s + (e - s) / 2);
      const onScreen = centre >= 0 && centre < width;
      if (!onScreen) {
        markGeometry(flags, scale.x(s), scale.x(e), g);
        if (g.x1 + g.fadeRight < 0 || g.x0 - g.fadeLeft > width) continue;
      }
      n++;
      const lane = laneOf[i]!;
      if (lane >= laneCount) continue;
      const kind = flags & FLAG_KIND_MASK;
      if (flags & FLAG_PRIMARY) {
        events++;
        const cx = onScreen ? centre : centre < 0 ? 0 : width - 1;
        laneColumns[lane * columns + clampColumn(cx, columns)]! += 1;
        const b = lane * buckets + ((cx / BUCKET_PX) | 0);
        const current = best[b]!;
        if (current < 0 || KIND_PRIORITY[kind]! > KIND_PRIORITY[data.flags[current]! & FLAG_KIND_MASK]!) {
          best[b] = i;
          bestX[b] = cx;
        }
      }
      if (!onScreen) continue;
      bins[(lane * KINDS + kind) * binColumns + ((centre / DENSITY_BIN_PX) | 0)]! += 1;
    }

    // The winners (and pinned marks in view) become label candidates, with full geometry.
    let candidates = 0;
    const addCandidate = (mark: number) => {
      markGeometry(data.flags[mark]!, scale.x(data.start[mark]!), scale.x(data.end[mark]!), g);
      this.candidateMark[candidates] = mark;
      this.candidateX[candidates] = g.labelX;
      this.candidateLeft[candidates] = g.labelLeftX;
      candidates++;
    };
    for (let b = 0; b < bucketSize; b++) if (best[b]! >= 0) addCandidate(best[b]!);
    for (const mark of pinned) {
      if (mark < 0 || mark >= data.count || data.end[mark]! < t0 || data.start[mark]! > t1) continue;
      let known = false;
      for (let c = 0; c < candidates && !known; c++) known = this.candidateMark[c] === mark;
      if (!known) addCandidate(mark);
    }

    // Stacked by kind within each column, centred on the lane; height ∝ sqrt(count) so
    // that sparse columns stay visible next to dense ones. Written as pixels (see densityRaster).
    const kindColours = this.kindColours;
    for (let k = 0; k < KINDS; k++) kindColours[k] = packedColour(colors.kinds[k]!, 0.85);
    this.raster.draw(
      ctx,
      { bins, laneCount, kinds: KINDS, columns: binColumns, columnPx: DENSITY_BIN_PX },
      layout,
      kindColours,
      ctx.getTransform().a || 1,
    );
    this.frame.marksInView = n;
    this.frame.eventsInView = events;
    this.frame.candidateCount = candidates;
  }
}

export function clampColumn(x: number, columns: number): number {
  return x <= 0 ? 0 : x >= columns ? columns - 1 : x | 0;
}
