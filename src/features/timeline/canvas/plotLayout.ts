/**
 * Vertical layout of the plot: lanes from the top, the axis at the bottom. Pure numbers,
 * shared by the canvas, the DOM labels, the lane headers and hit testing.
 */
export const AXIS_HEIGHT = 44;
export const MIN_LANE_HEIGHT = 22;
/** Lanes grow with the room (up to several lines of labels each) when there are few of them. */
export const MAX_LANE_HEIGHT = 140;
export const LANES_TOP = 4;

export interface PlotLayout {
  readonly width: number;
  readonly height: number;
  readonly laneTop: number;
  readonly laneHeight: number;
  readonly laneCount: number;
  /** Where the lanes end and the axis begins. */
  readonly axisTop: number;
}

/** How many lanes fit at the minimum readable height (at least one). */
export function maxLanesFor(height: number): number {
  return Math.max(1, Math.floor((height - AXIS_HEIGHT - LANES_TOP) / MIN_LANE_HEIGHT));
}

export function plotLayout(width: number, height: number, laneCount: number): PlotLayout {
  const room = Math.max(0, height - AXIS_HEIGHT - LANES_TOP);
  const count = Math.max(1, laneCount);
  const laneHeight = Math.max(MIN_LANE_HEIGHT, Math.min(MAX_LANE_HEIGHT, Math.floor(room / count)));
  return {
    width,
    height,
    laneTop: LANES_TOP,
    laneHeight,
    laneCount: count,
    axisTop: Math.max(LANES_TOP + laneHeight * count, height - AXIS_HEIGHT),
  };
}

export function laneCentre(layout: PlotLayout, lane: number): number {
  return layout.laneTop + (lane + 0.5) * layout.laneHeight;
}
