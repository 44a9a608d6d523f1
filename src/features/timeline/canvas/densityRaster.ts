/**
 * Density strips written straight into pixels. Filling thousands of tiny rectangles
 * through the canvas path API costs far more to rasterise than to describe (Chromium
 * replays the recorded paths when it commits the frame); writing the same bars into an
 * ImageData and drawing it once costs one copy of the plot, whatever the number of bars.
 */
import type { PlotLayout } from './plotLayout';
import { laneCentre } from './plotLayout';

const colourCache = new Map<string, number>();
let probe: CanvasRenderingContext2D | null = null;

/** A CSS colour as little-endian RGBA packed in a Uint32 (what a Uint32Array view of ImageData holds). */
export function packedColour(css: string, alpha = 1): number {
  const key = `${css}|${alpha}`;
  const cached = colourCache.get(key);
  if (cached !== undefined) return cached;
  probe ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  let rgba = [0, 0, 0, 255];
  if (probe) {
    probe.clearRect(0, 0, 1, 1);
    probe.fillStyle = css;
    probe.fillRect(0, 0, 1, 1);
    rgba = Array.from(probe.getImageData(0, 0, 1, 1).data);
  }
  const a = Math.round((rgba[3]! / 255) * alpha * 255);
  const packed = ((a << 24) | (rgba[2]! << 16) | (rgba[1]! << 8) | rgba[0]!) >>> 0;
  colourCache.set(key, packed);
  return packed;
}

export interface DensityBins {
  readonly bins: Uint32Array;
  readonly laneCount: number;
  readonly kinds: number;
  readonly columns: number;
  /** CSS px per column. */
  readonly columnPx: number;
}

export class DensityRaster {
  private canvas: HTMLCanvasElement | null = null;
  private ctx: CanvasRenderingContext2D | null = null;
  private image: ImageData | null = null;
  private pixels: Uint32Array | null = null;

  /**
   * Draws the strips onto `target` (whose transform maps CSS px): per lane, per column, a
   * bar centred on the lane, height ∝ sqrt(count / the lane's max), stacked by kind.
   */
  draw(target: CanvasRenderingContext2D, d: DensityBins, layout: PlotLayout, kindColours: readonly number[], dpr: number): void {
    const { bins, laneCount, kinds, columns, columnPx } = d;
    // One image pixel per column (drawn stretched, unsmoothed) and per device pixel of
    // height: a quarter of the plot's pixels to write and copy at a 2 px column width.
    const w = Math.max(1, columns);
    const h = Math.max(1, Math.round(layout.height * dpr));
    if (!this.canvas || !this.ctx || !this.image || this.image.width !== w || this.image.height !== h) {
      this.canvas ??= document.createElement('canvas');
      this.canvas.width = w;
      this.canvas.height = h;
      this.ctx = this.canvas.getContext('2d');
      if (!this.ctx) return;
      this.image = this.ctx.createImageData(w, h);
      this.pixels = new Uint32Array(this.image.data.buffer);
    }
    const pixels = this.pixels!;
    pixels.fill(0);

    // Each lane is scaled to its own busiest column: the strip shows when that lane's
    // events happened (the lane header gives how many), rather than one busy lane
    // flattening all the others to hairlines.
    const maxH = layout.laneHeight * 0.8;
    for (let lane = 0; lane < laneCount; lane++) {
      let maxTotal = 0;
      for (let c = 0; c < columns; c++) {
        let total = 0;
        for (let k = 0; k < kinds; k++) total += bins[(lane * kinds + k) * columns + c]!;
        if (total > maxTotal) maxTotal = total;
      }
      if (maxTotal === 0) continue;
      const scaleH = maxH / Math.sqrt(maxTotal);
      const cy = laneCentre(layout, lane);
      for (let c = 0; c < columns; c++) {
        let total = 0;
        for (let k = 0; k < kinds; k++) total += bins[(lane * kinds + k) * columns + c]!;
        if (total === 0) continue;
        const barH = Math.max(2, Math.sqrt(total) * scaleH);
        let y = (cy - barH / 2) * dpr;
        for (let k = 0; k < kinds; k++) {
          const count = bins[(lane * kinds + k) * columns + c]!;
          if (count === 0) continue;
          const hk = ((barH * count) / total) * dpr;
          const y0 = Math.max(0, Math.round(y));
          const y1 = Math.min(h, Math.round(y + hk));
          const colour = kindColours[k]!;
          for (let i = y0 * w + c, end = y1 * w + c; i < end; i += w) pixels[i] = colour;
          y += hk;
        }
      }
    }
    this.ctx!.putImageData(this.image!, 0, 0);
    const smoothing = target.imageSmoothingEnabled;
    target.imageSmoothingEnabled = false;
    target.drawImage(this.canvas!, 0, 0, columns * columnPx, layout.height);
    target.imageSmoothingEnabled = smoothing;
  }
}
