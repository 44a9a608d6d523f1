import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type MouseEvent as ReactMouseEvent,
  type PointerEvent as ReactPointerEvent,
} from 'react';
import { formatInstant, formatWhen } from '../../../domain/formatWhen';
import { useLocale } from '../../../i18n/useLocale';
import { supportText } from '../../../i18n/phrases';
import type { TFunction } from 'i18next';
import type { LoadedDataset } from '../../../queries/datasetQuery';
import { useAppStore } from '../../../stores/store';
import { KIND_INDEX } from '../canvas/colors';
import { computeAxis, drawAxis, drawGrid } from '../canvas/drawAxis';
import { drawFoldBands, drawFoldLabels, foldBands, foldLabelExtents } from '../canvas/drawFolds';
import { drawHighlight } from '../canvas/drawHighlights';
import { MarkPainter } from '../canvas/drawMarks';
import { hitTest, marksOfEvent, primaryMark } from '../canvas/hitTest';
import { LabelLayer, LABEL_PADDING_PX, type BadgeItem } from '../canvas/labelLayer';
import { LabelPlanner } from '../canvas/labelPlan';
import { buildLaneBase, buildMarkData, candidateRanges, FLAG_PRIMARY, type LaneWords, type MarkData } from '../canvas/markData';
import { createGeometry, markGeometry } from '../canvas/markGeometry';
import { laneCentre, maxLanesFor, plotLayout, type PlotLayout } from '../canvas/plotLayout';
import { TextMeasurer } from '../canvas/textMeasurer';
import { foldsForExtents } from '../canvas/folds';
import { useElementSize } from '../hooks/useElementSize';
import { useFrameScheduler } from '../hooks/useFrameScheduler';
import { useThemeColors } from '../hooks/useThemeColors';
import { useTimelineZoom } from '../hooks/useTimelineZoom';
import { fitWindow } from '../hooks/zoomMath';
import type { Fold } from '../layout/timeScale';
import type { TimeWindow } from '../layout/timeWindow';
import { BadgePopover, type BadgeGroup } from './BadgePopover';
import { LaneHeaders } from './LaneHeaders';
import { Overview, type OverviewHandle } from './Overview';
import '../timeline.css';

const NO_FOLDS: readonly Fold[] = [];
const FIT_PADDING = 0.05;
const POPOVER_LIMIT = 40;
/** Keep the selected event at least this far inside the edges; otherwise pan to it. */
const SELECTION_MARGIN_PX = 48;

let firstDrawMarked = false;

/**
 * The timeline: lanes of marks on a canvas, labels and focus in the DOM, an axis that folds
 * long empty stretches, and an overview strip with a brush.
 *
 * React renders when the data, filters, lanes, size or selection change; a pan or zoom
 * only redraws the canvas (and moves the label buttons) from refs, once per frame.
 */
export function Timeline({ loaded, visible }: { loaded: LoadedDataset; visible: Uint32Array }) {
  const laneMode = useAppStore((s) => s.laneMode);
  const foldGaps = useAppStore((s) => s.foldGaps);
  const selectedEventId = useAppStore((s) => s.selectedEventId);
  const selectEvent = useAppStore((s) => s.selectEvent);
  const hoverEvent = useAppStore((s) => s.hoverEvent);
  const committedWindow = useAppStore((s) => s.window);

  const rootRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const labelsRef = useRef<HTMLDivElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const overviewRef = useRef<OverviewHandle>(null);
  const size = useElementSize(plotRef);
  // The axis, folds, tooltips and labels speak the interface language, never the browser's.
  const { t, locale } = useLocale();
  const laneWords = useMemo(() => laneWordsIn(t), [t]);
  const index = loaded.index;
  const events = index.dataset.events;

  // Lanes, marks and folds: rebuilt when the data, filters, lane mode or room change.
  const maxLanes = maxLanesFor(size.height || 300);
  const laneBase = useMemo(() => buildLaneBase(index, laneMode, laneWords), [index, laneMode, laneWords]);
  const data = useMemo(() => buildMarkData(laneBase, visible, maxLanes), [laneBase, visible, maxLanes]);
  const layout = useMemo(() => plotLayout(size.width, size.height, data.lanes.length), [size, data]);
  const folds = useMemo(
    () => (foldGaps ? foldsForExtents(laneBase.start, laneBase.end, laneBase.ref, visible) : NO_FOLDS),
    [laneBase, visible, foldGaps],
  );
  const overviewTimes = useMemo(() => Float64Array.from(visible, (i) => events[i]!.extent.reference), [events, visible]);
  // The overview spans every event of the dataset (not just the filtered ones), so that it
  // stays put while the user searches.
  const overviewDomain = useMemo<TimeWindow>(() => {
    let start = Number.POSITIVE_INFINITY;
    let end = Number.NEGATIVE_INFINITY;
    for (const e of events) {
      if (e.extent.start < start) start = e.extent.start;
      if (e.extent.end > end) end = e.extent.end;
    }
    if (!(end >= start)) return [Date.UTC(2000, 0, 1), Date.UTC(2030, 0, 1)];
    const pad = Math.max((end - start) * 0.02, 86_400_000);
    return [start - pad, end + pad];
  }, [events]);

  // Everything the frame reads, current without re-creating callbacks.
  const frameState = useRef({ data, layout, folds, loaded, locale });
  useEffect(() => {
    frameState.current = { data, layout, folds, loaded, locale };
  });

  const drawRef = useRef<() => void>(() => {});
  const requestDraw = useFrameScheduler(drawRef);
  const colors = useThemeColors(rootRef, requestDraw);
  useEffect(() => {
    // Theme changes also repaint the overview.
    const observer = new MutationObserver(() => requestAnimationFrame(() => overviewRef.current?.redraw()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);

  const fit = useCallback((): TimeWindow | null => {
    const { data: d, layout: l, folds: f } = frameState.current;
    if (!(l.width > 0)) return null;
    // Nothing shown: fit the whole dataset; an empty dataset still gets an axis to look at.
    const extent =
      d.extent ??
      (events.length > 0
        ? { start: events[0]!.extent.start, end: events[events.length - 1]!.extent.end }
        : { start: Date.UTC(2000, 0, 1), end: Date.UTC(2030, 0, 1) });
    return fitWindow(extent, l.width, f, { paddingPx: l.width * FIT_PADDING });
  }, [events]);

  const [popover, setPopover] = useState<BadgeGroup | null>(null);
  const closePopover = useCallback(() => setPopover(null), []);

  const zoom = useTimelineZoom({
    element: plotRef,
    width: size.width,
    folds,
    fitWindow: fit,
    fitKey: data,
    onView: requestDraw,
    onGestureStart: closePopover,
  });

  // Per-frame helpers, created once.
  const painter = useMemo(() => new MarkPainter(), []);
  const planner = useMemo(() => new LabelPlanner(), []);
  const measurer = useMemo(() => new TextMeasurer(), []);
  const labelLayer = useRef<LabelLayer | null>(null);
  const hovered = useRef({ mark: -1, x: 0, y: 0 });

  useEffect(() => {
    const container = labelsRef.current;
    if (!container) return;
    const layer = new LabelLayer(
      container,
      (eventIndex) => {
        const event = frameState.current.loaded.index.dataset.events[eventIndex]!;
        return {
          id: event.id,
          text: event.title,
          ariaLabel: [event.title, formatWhen(event.when, locale), supportText(t, { when: event.edtf, evidence: event.evidence })].filter(Boolean).join(', '),
          kind: KIND_INDEX[event.kind] ?? 0,
        };
      },
      (count) => t('timeline.moreHere', { count }),
    );
    labelLayer.current = layer;
    return () => {
      layer.clear();
      labelLayer.current = null;
    };
  }, [loaded, locale, t]);

  useLayoutEffect(() => {
    drawRef.current = drawFrame;
  });

  function drawFrame() {
    const canvas = canvasRef.current;
    const plot = plotRef.current;
    const { data: d, layout: l, locale: loc, loaded: ld } = frameState.current;
    const view = zoom.view.current;
    const scale = view.scale;
    if (!canvas || !plot || !scale || l.width <= 0 || l.height <= 0) return;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const c = colors.current;
    const dpr = window.devicePixelRatio || 1;
    const bw = Math.round(l.width * dpr);
    const bh = Math.round(l.height * dpr);
    if (canvas.width !== bw || canvas.height !== bh) {
      canvas.width = bw;
      canvas.height = bh;
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, l.width, l.height);

    drawLaneStripes(ctx, l, c.surface);
    const axis = computeAxis(scale, loc);
    drawGrid(ctx, axis, scale, l, c);
    const bands = foldBands(scale, loc);
    drawFoldBands(ctx, bands, l, c);
    const state = useAppStore.getState();
    const evIndex = ld.index.eventIndexById;
    const selectedIndex = state.selectedEventId === null ? -1 : (evIndex.get(state.selectedEventId) ?? -1);
    const hoveredIndex =
      hovered.current.mark >= 0
        ? d.event[hovered.current.mark]!
        : state.hoveredEventId === null
          ? -1
          : (evIndex.get(state.hoveredEventId) ?? -1);
    const selectedMarks = selectedIndex >= 0 ? marksOfEvent(d, selectedIndex, events[selectedIndex]!.extent.reference, []) : [];
    const hoveredMarks =
      hoveredIndex >= 0 && hoveredIndex !== selectedIndex
        ? marksOfEvent(d, hoveredIndex, events[hoveredIndex]!.extent.reference, [])
        : [];
    const selectedPrimary = primaryMark(d, selectedMarks);
    const hoveredPrimary = primaryMark(d, hoveredMarks);

    const frame = painter.draw(ctx, d, scale, l, c, [selectedPrimary, hoveredPrimary]);
    drawHighlight(ctx, d, scale, l, c, hoveredMarks, 'hovered');
    drawHighlight(ctx, d, scale, l, c, selectedMarks, 'selected');

    const reserved = foldLabelExtents(ctx, bands, l, c);
    drawAxis(ctx, axis, scale, l, c, reserved);
    drawFoldLabels(ctx, bands, l, c);

    const layer = labelLayer.current;
    if (layer) {
      measurer.setFont(`13px ${c.font}`);
      const plan = planner.plan({
        data: d,
        frame,
        layout: l,
        selectedMark: selectedPrimary,
        hoveredMark: hoveredPrimary,
        textWidth: (eventIndex) => measurer.width(eventIndex, ld.index.dataset.events[eventIndex]!.title),
        badgeWidth: (text) => measurer.measure(text) + 2 * LABEL_PADDING_PX + 2,
        obstacles: bands.map((b) => [b.x0, b.x1] as const),
      });
      layer.update(plan.labels, plan.badges, !view.moving);
    }

    updateTooltip();
    plot.dataset.drawnEvents = String(frame.eventsInView);
    if (!firstDrawMarked && d.count > 0) {
      firstDrawMarked = true;
      performance.mark('sourceline:first-draw');
    }
    overviewRef.current?.setWindow(view.window);
  }

  function updateTooltip() {
    const tip = tooltipRef.current;
    if (!tip) return;
    const { data: d, layout: l } = frameState.current;
    const mark = hovered.current.mark;
    const scale = zoom.view.current.scale;
    if (mark < 0 || mark >= d.count || !scale || zoom.view.current.moving) {
      if (!tip.hidden) tip.hidden = true;
      return;
    }
    const event = events[d.event[mark]!]!;
    if (tip.dataset.eventId !== event.id) {
      tip.dataset.eventId = event.id;
      tip.replaceChildren();
      const title = document.createElement('strong');
      title.textContent = event.title;
      const when = document.createElement('span');
      when.textContent = formatWhen(event.when, locale);
      tip.append(title, when);
    }
    const y = laneCentre(l, d.lane[mark]!);
    const x = Math.max(4, Math.min(l.width - 324, hovered.current.x + 12));
    const below = y < l.height / 2;
    tip.style.transform = `translate(${Math.round(x)}px, ${Math.round(below ? y + 16 : y - 16)}px) translateY(${below ? '0' : '-100%'})`;
    if (tip.hidden) tip.hidden = false;
  }

  // Redraw whenever what the frame shows changes.
  useEffect(() => {
    // Mark indices change with the data: forget the hovered one.
    hovered.current.mark = -1;
    requestDraw();
  }, [data, layout, folds, requestDraw]);
  useEffect(
    () =>
      useAppStore.subscribe((s, prev) => {
        if (s.selectedEventId !== prev.selectedEventId || s.hoveredEventId !== prev.hoveredEventId) requestDraw();
      }),
    [requestDraw],
  );

  // Bring a newly selected event into view (not on the first render: a shared link's window wins).
  const previousSelection = useRef(selectedEventId);
  useEffect(() => {
    if (previousSelection.current === selectedEventId) return;
    previousSelection.current = selectedEventId;
    if (selectedEventId === null) return;
    const eventIndex = index.eventIndexById.get(selectedEventId);
    const scale = zoom.view.current.scale;
    if (eventIndex === undefined || !scale) return;
    const { data: d, layout: l } = frameState.current;
    const marks = marksOfEvent(d, eventIndex, events[eventIndex]!.extent.reference, []);
    if (marks.length === 0) return; // filtered out
    const extent = events[eventIndex]!.extent;
    const time = extent.isPoint ? (extent.start + extent.end) / 2 : extent.start;
    const x = scale.x(time);
    if (x >= SELECTION_MARGIN_PX && x <= l.width - SELECTION_MARGIN_PX && !scale.isFolded(time)) return;
    zoom.centreOn(time, { animate: true });
  }, [selectedEventId, index, events, zoom]);

  // Pointer: hover and click on the canvas.
  const onPointerMove = (e: ReactPointerEvent<HTMLDivElement>) => {
    const plot = plotRef.current;
    const scale = zoom.view.current.scale;
    if (!plot || !scale || zoom.view.current.moving || e.buttons !== 0) return;
    const rect = plot.getBoundingClientRect();
    const px = e.clientX - rect.left;
    const py = e.clientY - rect.top;
    const overLabel = e.target instanceof Element && e.target.closest('.tl-label, .tl-badge, .tl-popover');
    const { data: d, layout: l } = frameState.current;
    const mark = overLabel ? -1 : hitTest(d, scale, l, px, py);
    hovered.current.x = px;
    hovered.current.y = py;
    if (mark !== hovered.current.mark) {
      hovered.current.mark = mark;
      plot.classList.toggle('is-over-mark', mark >= 0);
      hoverEvent(mark >= 0 ? events[d.event[mark]!]!.id : null);
      requestDraw();
    } else if (mark >= 0) {
      updateTooltip();
    }
  };

  const onPointerLeave = () => {
    if (hovered.current.mark >= 0) {
      hovered.current.mark = -1;
      plotRef.current?.classList.remove('is-over-mark');
      hoverEvent(null);
      requestDraw();
    }
  };

  const onClick = (e: ReactMouseEvent<HTMLDivElement>) => {
    const target = e.target instanceof Element ? e.target : null;
    if (target?.closest('.tl-popover')) return;
    const label = target?.closest<HTMLElement>('[data-event-id]');
    if (label?.dataset.eventId) {
      selectEvent(label.dataset.eventId);
      return;
    }
    const badge = LabelLayer.badgeOf(target);
    if (badge) {
      setPopover(groupOf(badge));
      return;
    }
    const plot = plotRef.current;
    const scale = zoom.view.current.scale;
    if (!plot || !scale) return;
    const rect = plot.getBoundingClientRect();
    const { data: d, layout: l } = frameState.current;
    const mark = hitTest(d, scale, l, e.clientX - rect.left, e.clientY - rect.top);
    if (mark >= 0) selectEvent(events[d.event[mark]!]!.id);
  };

  function groupOf(badge: BadgeItem): BadgeGroup {
    const { data: d, layout: l } = frameState.current;
    const scale = zoom.view.current.scale!;
    const list = eventsInLaneRange(d, scale, badge.lane, badge.fromX, badge.toX, l);
    return {
      x: badge.x,
      y: laneCentre(l, badge.lane),
      events: list.slice(0, POPOVER_LIMIT).map((i) => events[i]!),
      total: list.length,
      range: rangeOf(list),
    };
  }

  function rangeOf(list: readonly number[]): TimeWindow | null {
    if (list.length === 0) return null;
    let start = Number.POSITIVE_INFINITY;
    let end = Number.NEGATIVE_INFINITY;
    for (const i of list) {
      start = Math.min(start, events[i]!.extent.start);
      end = Math.max(end, events[i]!.extent.end);
    }
    return [start, end];
  }

  const zoomIntoPopover = () => {
    const range = popover?.range;
    setPopover(null);
    const l = frameState.current.layout;
    if (!range) return;
    const window = fitWindow({ start: range[0], end: range[1] }, l.width, frameState.current.folds, { paddingPx: l.width * 0.2 });
    zoom.moveTo(window, { animate: true });
    plotRef.current?.focus();
  };

  const windowText = describeWindow(committedWindow ? [committedWindow.start, committedWindow.end] : zoom.view.current.window, locale, t);

  return (
    <div className="tl" ref={rootRef}>
      <LaneHeaders lanes={data.lanes} layout={layout} />
      <div
        ref={plotRef}
        className="tl__plot"
        role="application"
        aria-roledescription="timeline"
        aria-label={t('timeline.label')}
        aria-describedby="tl-description"
        tabIndex={0}
        onPointerMove={onPointerMove}
        onPointerLeave={onPointerLeave}
        onClick={onClick}
      >
        <canvas ref={canvasRef} className="tl__canvas" aria-hidden="true" />
        <div ref={labelsRef} className="tl__labels" />
        <div ref={tooltipRef} className="tl-tooltip" aria-hidden="true" hidden />
        {data.eventCount === 0 && (
          <p className="tl__empty" role="status">
            {t('timeline.empty')}
          </p>
        )}
        {popover && (
          <BadgePopover
            group={popover}
            plotWidth={layout.width}
            plotHeight={layout.height}
            onSelect={(id) => {
              setPopover(null);
              selectEvent(id);
              plotRef.current?.focus();
            }}
            onZoomIn={zoomIntoPopover}
            onClose={() => {
              setPopover(null);
              plotRef.current?.focus();
            }}
          />
        )}
        <p id="tl-description" className="visually-hidden">
          {`${t('timeline.summary', { count: data.eventCount, lanes: t('timeline.lanes', { count: data.lanes.length }) })} ${windowText} `}
          {t('timeline.instructions')}
        </p>
      </div>
      <div className="tl__overview-label" aria-hidden="true">
        {t('timeline.overview')}
      </div>
      <Overview
        ref={overviewRef}
        times={overviewTimes}
        domain={overviewDomain}
        colors={colors}
        locale={locale}
        onBrush={(window, final) => zoom.moveTo(window, { animate: false, commit: final })}
      />
    </div>
  );
}

function drawLaneStripes(ctx: CanvasRenderingContext2D, layout: PlotLayout, colour: string): void {
  ctx.fillStyle = colour;
  for (let lane = 1; lane < layout.laneCount; lane += 2) {
    ctx.fillRect(0, layout.laneTop + lane * layout.laneHeight, layout.width, layout.laneHeight);
  }
}

const scratchGeometry = createGeometry();

/** Events (dataset indices) whose label anchor in `lane` lies in [fromX, toX] at this scale. */
function eventsInLaneRange(
  data: MarkData,
  scale: { x(t: number): number; invert(px: number): number },
  lane: number,
  fromX: number,
  toX: number,
  layout: PlotLayout,
): number[] {
  const out: number[] = [];
  const ranges = candidateRanges(data, scale.invert(Math.max(-200, fromX - 200)), scale.invert(Math.min(layout.width + 200, toX + 200)));
  for (let q = 0; q < 4; q += 2) for (let i = ranges[q]!; i < ranges[q + 1]!; i++) {
    if (data.lane[i] !== lane || !(data.flags[i]! & FLAG_PRIMARY)) continue;
    const g = markGeometry(data.flags[i]!, scale.x(data.start[i]!), scale.x(data.end[i]!), scratchGeometry);
    const x = Math.max(0, Math.min(layout.width - 1, g.labelX));
    if (x >= fromX && (x < toX || toX >= layout.width)) out.push(data.event[i]!);
  }
  return out;
}

/** "Showing 12 Aug 2025, 00:00 UTC to …", with the app's one date formatter. */
function describeWindow(window: TimeWindow | null, locale: string, t: TFunction): string {
  if (!window) return t('timeline.showingAll');
  const at = (ms: number) => formatInstant(new Date(ms).toISOString(), 'minute', locale);
  return t('timeline.showing', { from: at(window[0]), to: at(window[1]) });
}

function laneWordsIn(t: TFunction): LaneWords {
  return {
    kind: (kind) => t(`timeline.kindLane.${kind}`, { defaultValue: kind }),
    unassigned: (mode) => t(`timeline.noLane.${mode}`),
    more: (mode, count) => t(`timeline.moreLanes.${mode}`, { count }),
  };
}
