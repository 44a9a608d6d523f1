/**
 * A picture of a timeline view, as plain data: lanes, marks, axis, fold bands, labels and
 * the citations of the labelled events. Computed from the view state (window, lanes, fold,
 * the shown events) with the timeline's own layout code — lane assignment, mark data and
 * geometry, the folded scale, ticks, fold bands and label placement — so an exported image
 * shows what the timeline shows, redrawn at any size rather than captured from the screen.
 * Renderers (renderSvg.ts) only turn it into markup.
 */
import type { DatasetIndex, TimelineEvent } from '../../../domain/dataset';
import { formatWhen } from '../../../domain/formatWhen';
import { formatPublished } from '../../../domain/sourceMeta';
import type { LaneMode } from '../../../stores/urlState';
import { AXIS_FONT_PX, computeAxis, placeAxisLabels, type AxisLabels } from '../../timeline/canvas/drawAxis';
import { foldBands, foldLabelBoxes, type FoldBand } from '../../timeline/canvas/drawFolds';
import { foldsForExtents } from '../../timeline/canvas/folds';
import { buildLaneBase, buildMarkData, FLAG_KIND_MASK, FLAG_PRIMARY } from '../../timeline/canvas/markData';
import { createGeometry, markGeometry, type Shape } from '../../timeline/canvas/markGeometry';
import { laneCentre, plotLayout, type PlotLayout } from '../../timeline/canvas/plotLayout';
import { clampColumn } from '../../timeline/canvas/drawMarks';
import { LABEL_MAX_WIDTH_PX, LABEL_PADDING_PX } from '../../timeline/canvas/labelLayer';
import { LabelPlanner } from '../../timeline/canvas/labelPlan';
import { estimateTextWidth, formatBadgeCount } from '../../timeline/layout/labels';
import { fitWindow } from '../../timeline/hooks/zoomMath';
import { createFoldedScale } from '../../timeline/layout/timeScale';
import type { TimeWindow } from '../../timeline/layout/timeWindow';

export const LABEL_FONT_PX = 13;
/** Room for lane names left of the plot. */
export const LANE_HEADER_PX = 170;
const LANE_HEIGHT_PX = 56;
const MAX_LANES = 12;
/** The timeline's own fit: 5 % of the width free at each side. */
const FIT_PADDING = 0.05;
/** Bold text runs about this much wider than the estimate for regular text. */
const BOLD_WIDTH = 1.08;

export interface PictureMark {
  readonly shape: Shape;
  /** Index into the colours' kinds. */
  readonly kind: number;
  readonly x0: number;
  readonly x1: number;
  /** Centre of a dot; NaN for bars and ranges. */
  readonly cx: number;
  readonly y: number;
  readonly dashed: boolean;
  readonly fadeLeft: number;
  readonly fadeRight: number;
  readonly capLeft: boolean;
  readonly capRight: boolean;
}

export interface PictureLabel {
  /** Left edge of the text and its vertical centre, px. */
  readonly x: number;
  readonly y: number;
  readonly text: string;
  /** Room for the text before it is cut with an ellipsis, px. */
  readonly maxWidth: number;
  /** Its number in the citation block. */
  readonly note: number;
}

export interface Citation {
  readonly note: number;
  readonly date: string;
  readonly title: string;
  readonly quote: string | null;
  /** Source title, publisher, publication date and address, as far as they are known. */
  readonly source: string | null;
}

export interface ViewPicture {
  readonly title: string;
  readonly caption: string | null;
  /** Width of the whole picture in CSS px; the plot starts after the lane headers. */
  readonly width: number;
  readonly plot: PlotLayout;
  readonly lanes: readonly { readonly label: string; readonly y: number }[];
  /** Every tick's line; only the ticks in `axis` carry a label. */
  readonly gridlines: readonly { readonly x: number; readonly major: boolean }[];
  readonly axis: AxisLabels;
  /** Fold bands, each with its duration label's pill (centre, width) on the axis. */
  readonly folds: readonly (FoldBand & { readonly labelCx: number; readonly labelWidth: number })[];
  readonly marks: readonly PictureMark[];
  readonly labels: readonly PictureLabel[];
  readonly badges: readonly { readonly x: number; readonly y: number; readonly text: string }[];
  readonly citations: readonly Citation[];
  /** Events in the window, of those shown. */
  readonly eventsInView: number;
}

export interface PictureRequest {
  readonly index: DatasetIndex;
  /** Indices into dataset.events that the view shows (after search and filters). */
  readonly visible: Uint32Array;
  /** null: fit the shown events, as the timeline does. */
  readonly window: TimeWindow | null;
  readonly laneMode: LaneMode;
  readonly fold: boolean;
  /** Whole picture width in CSS px. */
  readonly width: number;
  readonly locale: string;
  readonly title: string;
  readonly caption?: string | null;
  /** Always labelled and cited first (the scene's or the analyst's selected event). */
  readonly selectedEventId?: string | null;
}

export function viewPicture(request: PictureRequest): ViewPicture {
  const { index, visible, locale } = request;
  const events = index.dataset.events;
  const plotWidth = Math.max(200, request.width - LANE_HEADER_PX);
  const laneBase = buildLaneBase(index, request.laneMode);
  const data = buildMarkData(laneBase, visible, MAX_LANES);
  const plot = plotLayout(plotWidth, data.lanes.length * LANE_HEIGHT_PX + 48, data.lanes.length);
  const folds = request.fold ? foldsForExtents(laneBase.start, laneBase.end, laneBase.ref, visible) : [];
  const window = request.window ?? fitWindow(data.extent ?? { start: Date.UTC(2000, 0, 1), end: Date.UTC(2030, 0, 1) }, plotWidth, folds, { paddingPx: plotWidth * FIT_PADDING });
  const scale = createFoldedScale({ domain: window, range: [0, plotWidth], folds });

  const axisFrame = computeAxis(scale, locale);
  const bands = foldBands(scale, locale);
  const boxes = foldLabelBoxes(bands, plotWidth, (text) => estimateTextWidth(text, AXIS_FONT_PX) * BOLD_WIDTH);
  const axis = placeAxisLabels(axisFrame, scale, boxes.map((b) => [b.cx - b.w / 2, b.cx + b.w / 2] as const), (text) => estimateTextWidth(text, AXIS_FONT_PX));
  const gridlines = axisFrame.tickSets.flatMap(({ ticks }) => ticks.ticks.map((t) => ({ x: scale.x(t.time), major: t.major })));

  // The marks, and the label candidates the timeline's painter would hand its label planner.
  const marks: PictureMark[] = [];
  const columns = Math.max(1, Math.ceil(plotWidth));
  const frame = {
    marksInView: 0, eventsInView: 0, dense: false, candidateCount: 0, columns,
    candidateMark: new Int32Array(data.count), candidateX: new Float32Array(data.count), candidateLeft: new Float32Array(data.count),
    laneColumns: new Uint32Array(plot.laneCount * columns),
  };
  const g = createGeometry();
  const seen = new Set<number>();
  let selectedMark = -1;
  for (let m = 0; m < data.count; m++) {
    const flags = data.flags[m]!;
    markGeometry(flags, scale.x(data.start[m]!), scale.x(data.end[m]!), g);
    if (g.x1 + g.fadeRight < 0 || g.x0 - g.fadeLeft > plotWidth) continue;
    const lane = data.lane[m]!;
    marks.push({
      shape: g.shape, kind: flags & FLAG_KIND_MASK, x0: g.x0, x1: g.x1, cx: g.cx, y: laneCentre(plot, lane), dashed: g.dashed,
      fadeLeft: g.fadeLeft, fadeRight: g.fadeRight, capLeft: g.capLeft, capRight: g.capRight,
    });
    frame.marksInView++;
    seen.add(data.event[m]!);
    if (!(flags & FLAG_PRIMARY)) continue;
    const c = frame.candidateCount++;
    frame.candidateMark[c] = m;
    frame.candidateX[c] = g.labelX;
    frame.candidateLeft[c] = g.labelLeftX;
    if (lane < plot.laneCount) frame.laneColumns[lane * columns + clampColumn(g.labelX, columns)]! += 1;
    if (events[data.event[m]!]!.id === request.selectedEventId) selectedMark = m;
  }
  frame.eventsInView = seen.size;

  const plan = new LabelPlanner().plan({
    data, frame, layout: plot, selectedMark, hoveredMark: -1,
    textWidth: (eventIndex) => estimateTextWidth(events[eventIndex]!.title, LABEL_FONT_PX),
    badgeWidth: (text) => estimateTextWidth(text, LABEL_FONT_PX) + 2 * LABEL_PADDING_PX + 2,
    obstacles: bands.map((band) => [band.x0, band.x1] as const),
  });
  // Notes are numbered in time order, as a reader scans the picture.
  const labelled = [...new Set(plan.labels.map((l) => l.eventIndex))].sort((x, y) => x - y);
  const noteOf = new Map(labelled.map((eventIndex, i) => [eventIndex, i + 1]));
  return {
    title: request.title,
    caption: request.caption ?? null,
    width: plotWidth + LANE_HEADER_PX,
    plot,
    lanes: data.lanes.map((lane, i) => ({ label: lane.label, y: laneCentre(plot, i) })),
    gridlines,
    axis,
    folds: bands.map((band, i) => ({ ...band, labelCx: boxes[i]!.cx, labelWidth: boxes[i]!.w })),
    marks,
    labels: plan.labels.map((l) => ({
      x: l.x, y: l.y, text: events[l.eventIndex]!.title, note: noteOf.get(l.eventIndex)!,
      maxWidth: (l.maxWidth ?? LABEL_MAX_WIDTH_PX) - 2 * LABEL_PADDING_PX,
    })),
    badges: plan.badges.map((b) => ({ x: b.x, y: b.y, text: formatBadgeCount(b.count) })),
    citations: labelled.map((eventIndex, i) => citationOf(index, events[eventIndex]!, i + 1, locale)),
    eventsInView: frame.eventsInView,
  };
}

function citationOf(index: DatasetIndex, event: TimelineEvent, note: number, locale: string): Citation {
  const evidence = event.evidence[0];
  const source = evidence ? index.sourceById.get(evidence.sourceId) : undefined;
  const sourceLine = source
    ? [source.title, source.publisher, formatPublished(source, locale), source.url].filter((part): part is string => Boolean(part)).join(' · ')
    : null;
  return { note, date: formatWhen(event.when, locale), title: event.title, quote: evidence?.quote ?? null, source: sourceLine };
}
