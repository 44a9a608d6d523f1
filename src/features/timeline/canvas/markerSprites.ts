/**
 * Markers pre-rendered once per (kind, style, colours, pixel ratio) and stamped with
 * drawImage. Rasterising thousands of anti-aliased circles, squares and diamonds (each
 * with its halo) every frame costs far more than copying the same small bitmap, and a
 * zoom frame repaints every marker.
 */
import { addBrokenOutline, addMarker } from './markerShapes';

interface Sprite {
  /** An ImageBitmap where OffscreenCanvas exists (no snapshot per drawImage), else the canvas. */
  readonly image: CanvasImageSource;
  /** Size in CSS px (the bitmap is size × ratio device pixels). */
  readonly size: number;
}

export class MarkerSprites {
  private readonly sprites = new Map<string, Sprite>();

  /** The stamp for a marker of radius r with a halo of `halo` px in `bg`. */
  get(kind: number, hollow: boolean, colour: string, bg: string, r: number, halo: number, ratio: number): Sprite | null {
    const key = `${kind}|${hollow ? 1 : 0}|${colour}|${bg}|${r}|${halo}|${ratio}`;
    let sprite = this.sprites.get(key);
    if (sprite) return sprite;
    // Diamonds reach 1.22 r; one spare pixel around for anti-aliasing.
    const size = Math.ceil(2 * (r * 1.22 + halo) + 2);
    const px = Math.ceil(size * ratio);
    const offscreen = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(px, px) : null;
    const canvas = offscreen ?? document.createElement('canvas');
    canvas.width = px;
    canvas.height = px;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
    if (!ctx) return null;
    ctx.scale(ratio, ratio);
    const c = size / 2;
    const haloPath = new Path2D();
    addMarker(haloPath, kind, c, c, r + halo);
    ctx.fillStyle = bg;
    ctx.fill(haloPath);
    const shape = new Path2D();
    if (hollow) {
      addBrokenOutline(shape, kind, c, c, r);
      ctx.strokeStyle = colour;
      ctx.lineWidth = 1.75;
      ctx.stroke(shape);
    } else {
      addMarker(shape, kind, c, c, r);
      ctx.fillStyle = colour;
      ctx.fill(shape);
    }
    sprite = { image: offscreen ? offscreen.transferToImageBitmap() : (canvas as HTMLCanvasElement), size };
    if (this.sprites.size > 64) {
      for (const old of this.sprites.values()) if (old.image instanceof ImageBitmap) old.image.close();
      this.sprites.clear();
    }
    this.sprites.set(key, sprite);
    return sprite;
  }
}
