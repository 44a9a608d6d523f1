/**
 * Text widths for label placement, measured with a canvas context and cached per event:
 * a label's width is measured once, the first time it is a candidate, not every frame.
 */
export class TextMeasurer {
  private ctx: CanvasRenderingContext2D | null = null;
  private font = '';
  private widths = new Map<number, number>();

  setFont(font: string): void {
    if (font === this.font) return;
    this.font = font;
    this.widths.clear();
    if (this.ctx) this.ctx.font = font;
  }

  private context(): CanvasRenderingContext2D | null {
    if (!this.ctx) {
      this.ctx = document.createElement('canvas').getContext('2d');
      if (this.ctx) this.ctx.font = this.font;
    }
    return this.ctx;
  }

  measure(text: string): number {
    const ctx = this.context();
    // Without a 2D context (never in a browser) fall back to ~0.55 em per character.
    return ctx ? ctx.measureText(text).width : text.length * 7;
  }

  /** Width of `text`, cached under `key` (an event index). */
  width(key: number, text: string): number {
    let w = this.widths.get(key);
    if (w === undefined) {
      w = this.measure(text);
      this.widths.set(key, w);
    }
    return w;
  }
}
