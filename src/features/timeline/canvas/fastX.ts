/**
 * A folded scale's x() for tight loops: the scale's breaks copied into typed arrays once
 * per frame, and a segment cursor that starts where the previous call ended. Marks come
 * in time order, so finding the segment is O(1) amortised instead of a scan from the
 * first segment, and there is no closure call per mark.
 */
import type { FoldedScale } from '../layout/timeScale';

export class FastX {
  private times = new Float64Array(8);
  private pixels = new Float64Array(8);
  private slopes = new Float64Array(8);
  private last = 0;
  private cursor = 0;

  reset(scale: FoldedScale): this {
    const segments = scale.segments;
    const n = segments.length;
    if (this.times.length < n + 1) {
      this.times = new Float64Array(n + 1);
      this.pixels = new Float64Array(n + 1);
      this.slopes = new Float64Array(n + 1);
    }
    for (let i = 0; i < n; i++) {
      const s = segments[i]!;
      this.times[i] = s.domain[0];
      this.pixels[i] = s.range[0];
      const dt = s.domain[1] - s.domain[0];
      this.slopes[i] = dt > 0 ? (s.range[1] - s.range[0]) / dt : 0;
    }
    if (n > 0) {
      const s = segments[n - 1]!;
      this.times[n] = s.domain[1];
      this.pixels[n] = s.range[1];
    }
    this.last = Math.max(0, n - 1);
    this.cursor = 0;
    return this;
  }

  x(t: number): number {
    const times = this.times;
    let i = this.cursor;
    while (i < this.last && t >= times[i + 1]!) i++;
    while (i > 0 && t < times[i]!) i--;
    this.cursor = i;
    return this.pixels[i]! + (t - times[i]!) * this.slopes[i]!;
  }
}
