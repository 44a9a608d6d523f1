import { brushX, pointer, scaleUtc, select, type BrushBehavior, type D3BrushEvent } from 'd3';
import { useTranslation } from 'react-i18next';
import { useEffect, useImperativeHandle, useRef, type Ref, type RefObject } from 'react';
import { densityBins } from '../layout/density';
import { computeTicks } from '../layout/ticks';
import type { TimeWindow } from '../layout/timeWindow';
import type { TimelineColors } from '../canvas/colors';
import { useElementSize } from '../hooks/useElementSize';

export interface OverviewHandle {
  /** Shows the main view's window (called every frame the view changes; cheap). */
  setWindow(window: TimeWindow | null): void;
  /** Redraws the density (e.g. after a theme change). */
  redraw(): void;
}

export interface OverviewProps {
  /** Sorted reference times of the events shown (filtered), one per event. */
  readonly times: Float64Array;
  /** The whole extent, never folded. */
  readonly domain: TimeWindow;
  readonly colors: RefObject<TimelineColors>;
  readonly locale: string;
  /** The brush moved: show this window. `final` when the brush gesture ends. */
  readonly onBrush: (window: TimeWindow, final: boolean) => void;
  readonly ref?: Ref<OverviewHandle>;
}

const HEIGHT = 44;
const BAR_AREA = 26;
const BIN_PX = 2;
/** Narrower than this, the brush is widened for display so that it stays visible and draggable. */
const MIN_BRUSH_PX = 6;

/**
 * The overview strip: the density of all shown events over the whole extent, unfolded,
 * with a d3-brush for the main view's window. Brushing moves the main view through its
 * zoom behaviour (onBrush → zoom.transform), never around it.
 *
 * The brush is for the pointer; keyboard users have + / − / Shift+← → / 0 (see the hint).
 */
export function Overview({ times, domain, colors, locale, onBrush, ref }: OverviewProps) {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const gRef = useRef<SVGGElement>(null);
  const { width } = useElementSize(containerRef);
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  const state = useRef({ brushing: false, window: null as TimeWindow | null, shown: null as [number, number] | null });
  const onBrushRef = useRef(onBrush);
  useEffect(() => {
    onBrushRef.current = onBrush;
  }, [onBrush]);

  const x = useRef(scaleUtc());
  useEffect(() => {
    x.current = scaleUtc().domain(domain).range([0, Math.max(1, width)]);
  }, [domain, width]);

  const binsRef = useRef<Uint32Array | undefined>(undefined);

  function draw() {
    const canvas = canvasRef.current;
    if (!canvas || width <= 0) return;
    const dpr = window.devicePixelRatio || 1;
    const w = Math.round(width * dpr);
    const h = Math.round(HEIGHT * dpr);
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const c = colors.current;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, HEIGHT);
    const binCount = Math.max(1, Math.floor(width / BIN_PX));
    const bins = densityBins(times, domain, binCount, binsRef.current);
    binsRef.current = bins;
    let max = 0;
    for (let i = 0; i < bins.length; i++) if (bins[i]! > max) max = bins[i]!;
    if (max > 0) {
      ctx.fillStyle = c.accent;
      ctx.globalAlpha = 0.7;
      ctx.beginPath();
      const binW = width / binCount;
      for (let i = 0; i < bins.length; i++) {
        const v = bins[i]!;
        if (v === 0) continue;
        // sqrt keeps a lone event visible beside a cluster of thousands.
        const bh = Math.max(2, (Math.sqrt(v) / Math.sqrt(max)) * (BAR_AREA - 4));
        ctx.rect(i * binW, BAR_AREA - bh, Math.max(1, binW - 0.5), bh);
      }
      ctx.fill();
      ctx.globalAlpha = 1;
    }
    ctx.strokeStyle = c.border;
    ctx.beginPath();
    ctx.moveTo(0, BAR_AREA + 0.5);
    ctx.lineTo(width, BAR_AREA + 0.5);
    ctx.stroke();
    // A few ticks for orientation.
    const ticks = computeTicks(domain, width, locale, { minSpacingPx: 110 });
    ctx.font = `13px ${c.font}`;
    ctx.textBaseline = 'alphabetic';
    ctx.fillStyle = c.textMuted;
    ctx.textAlign = 'center';
    ctx.beginPath();
    for (const tick of ticks.ticks) {
      const tx = Math.round(x.current(tick.time)) + 0.5;
      ctx.moveTo(tx, BAR_AREA);
      ctx.lineTo(tx, BAR_AREA + 4);
      const tw = ctx.measureText(tick.label).width;
      if (tx - tw / 2 < 2 || tx + tw / 2 > width - 2) continue;
      ctx.fillText(tick.label, tx, HEIGHT - 3);
    }
    ctx.stroke();
    ctx.textAlign = 'left';
  }
  const drawRef = useRef(draw);
  useEffect(() => {
    drawRef.current = draw;
  });

  function showWindow(window: TimeWindow | null) {
    state.current.window = window;
    const brush = brushRef.current;
    const g = gRef.current;
    if (!brush || !g || state.current.brushing || width <= 0) return;
    if (!window) {
      state.current.shown = null;
      select(g).call(brush.move, null);
      return;
    }
    let a = Math.max(0, Math.min(width, x.current(window[0])));
    let b = Math.max(0, Math.min(width, x.current(window[1])));
    if (b - a < MIN_BRUSH_PX) {
      const mid = Math.max(MIN_BRUSH_PX / 2, Math.min(width - MIN_BRUSH_PX / 2, (a + b) / 2));
      a = mid - MIN_BRUSH_PX / 2;
      b = mid + MIN_BRUSH_PX / 2;
    }
    const shown = state.current.shown;
    if (shown && Math.abs(shown[0] - a) < 0.25 && Math.abs(shown[1] - b) < 0.25) return;
    state.current.shown = [a, b];
    select(g).call(brush.move, [a, b]);
  }
  const showRef = useRef(showWindow);
  useEffect(() => {
    showRef.current = showWindow;
  });

  useImperativeHandle(
    ref,
    () => ({
      setWindow: (window) => showRef.current(window),
      redraw: () => drawRef.current(),
    }),
    [],
  );

  useEffect(() => {
    draw();
  });

  // The brush: created once per size.
  useEffect(() => {
    const g = gRef.current;
    if (!g || width <= 0) return;
    const brush = brushX<unknown>()
      .extent([
        [0, 0],
        [width, HEIGHT],
      ])
      .on('start brush end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return;
        const s = state.current;
        const final = event.type === 'end';
        s.brushing = !final;
        const selection = event.selection as [number, number] | null;
        const current = s.window;
        if (!selection) {
          // A click without a drag: centre the view there.
          if (final && current && svgRef.current) {
            const [px] = pointer(event.sourceEvent, svgRef.current);
            const t = x.current.invert(px).getTime();
            const span = current[1] - current[0];
            s.shown = null;
            onBrushRef.current([t - span / 2, t + span / 2], true);
          }
          return;
        }
        if (event.type === 'start') return;
        const [a, b] = selection;
        const shown = s.shown;
        let window: TimeWindow;
        if (current && shown && Math.abs(b - a - (shown[1] - shown[0])) < 0.5) {
          // Moved, not resized: keep the zoom, move the centre (exact even for a widened brush).
          const span = current[1] - current[0];
          const centre = x.current.invert((a + b) / 2).getTime() + (current[0] + span / 2 - x.current.invert((shown[0] + shown[1]) / 2).getTime());
          window = [centre - span / 2, centre + span / 2];
        } else {
          window = [x.current.invert(a).getTime(), x.current.invert(b).getTime()];
        }
        s.shown = [a, b];
        onBrushRef.current(window, final);
      });
    brushRef.current = brush;
    const selection = select(g);
    selection.call(brush);
    state.current.shown = null;
    showRef.current(state.current.window);
    return () => {
      selection.on('.brush', null);
      brushRef.current = null;
    };
  }, [width]);

  return (
    <div className="tl-overview" ref={containerRef} role="img" aria-label={t('timeline.overview')} aria-describedby="tl-overview-hint">
      <canvas ref={canvasRef} className="tl-overview__canvas" aria-hidden="true" style={{ width: '100%', height: HEIGHT }} />
      <svg ref={svgRef} className="tl-overview__brush" aria-hidden="true" width={Math.max(0, width)} height={HEIGHT}>
        <g ref={gRef} />
      </svg>
      <span id="tl-overview-hint" className="visually-hidden">
        {t('timeline.overviewHint')}
      </span>
    </div>
  );
}
