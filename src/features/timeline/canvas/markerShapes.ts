/**
 * Marker outlines as paths: one shape per kind, so kind does not rest on colour alone.
 */

/** One marker shape per kind, so kind does not rest on colour alone: ● occurrence, ■ report, ◆ anniversary. */
export function addMarker(path: Path2D, kind: number, cx: number, cy: number, r: number): void {
  if (kind === 1) {
    const s = r * 0.86;
    path.rect(cx - s, cy - s, 2 * s, 2 * s);
  } else if (kind === 2) {
    const s = r * 1.22;
    // Back to the start with lineTo rather than closePath, which profiles as costly on
    // a Path2D holding thousands of subpaths.
    path.moveTo(cx, cy - s);
    path.lineTo(cx + s, cy);
    path.lineTo(cx, cy + s);
    path.lineTo(cx - s, cy);
    path.lineTo(cx, cy - s);
  } else {
    path.moveTo(cx + r, cy);
    path.arc(cx, cy, r, 0, Math.PI * 2);
  }
}

/**
 * A marker's outline broken into dashes, drawn as separate short strokes: the look of a
 * dashed line without setLineDash, whose cost (per dash, in the rasteriser) adds up fast
 * over thousands of small shapes.
 */
export function addBrokenOutline(path: Path2D, kind: number, cx: number, cy: number, r: number): void {
  if (kind === 0) {
    for (let q = 0; q < 4; q++) {
      const a = (q * Math.PI) / 2 + Math.PI / 12;
      path.moveTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
      path.arc(cx, cy, r, a, a + Math.PI / 3);
    }
    return;
  }
  const s = kind === 1 ? r * 0.86 : r * 1.22;
  const corners =
    kind === 1
      ? [cx - s, cy - s, cx + s, cy - s, cx + s, cy + s, cx - s, cy + s]
      : [cx, cy - s, cx + s, cy, cx, cy + s, cx - s, cy];
  for (let q = 0; q < 4; q++) {
    const ax = corners[2 * q]!;
    const ay = corners[2 * q + 1]!;
    const bx = corners[(2 * q + 2) % 8]!;
    const by = corners[(2 * q + 3) % 8]!;
    path.moveTo(ax + (bx - ax) * 0.2, ay + (by - ay) * 0.2);
    path.lineTo(ax + (bx - ax) * 0.8, ay + (by - ay) * 0.8);
  }
}
