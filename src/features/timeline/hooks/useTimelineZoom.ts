/**
 * The one place d3-zoom touches the DOM.
 *
 * d3-zoom handles wheel, drag, pinch and double-click on the timeline element, x only,
 * with the transform applied to a fixed base scale (transform.rescaleX(base); the base is
 * never mutated). Every change of view, whether from a gesture, a request from elsewhere
 * (keyboard, toolbar, presenter), the selection or the overview brush, goes through
 * `zoom.transform`, so d3-zoom's state and ours never disagree.
 *
 * Per zoom event the new window is written to a ref and `onView` is called (the caller
 * coalesces drawing to one frame); React does not render. The window is committed to the
 * store when the gesture settles (150 ms after d3-zoom's "end").
 *
 * With folds on, the picture is drawn with a folded scale, so a gesture's result is
 * recomputed on the folded picture (zoomMath.windowAtRate): the zoom factor applies to
 * the time the reader sees, and the time under the pointer stays under it.
 */
import { pointer, select, zoom as d3zoom, type D3ZoomEvent, type ZoomBehavior } from 'd3';
import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import { useAppStore } from '../../../stores/store';
import type { ViewRequest } from '../../../stores/viewSlice';
import { createFoldedScale, type Fold, type FoldedScale } from '../layout/timeScale';
import { clampWindow, MIN_SPAN_MS, type SpanLimits, type TimeWindow } from '../layout/timeWindow';
import { prefersReducedMotion } from './reducedMotion';
import { foldedScaleFactory, scaleExtentFor, transformToWindow, windowAtRate, windowToTransform } from './zoomMath';

/** One minute to about three thousand years. */
export const ZOOM_LIMITS: SpanLimits = { minSpan: MIN_SPAN_MS, maxSpan: 3000 * 365.2425 * 86_400_000 };
export const ANIMATION_MS = 300;
const COMMIT_DELAY_MS = 150;

/** The current view, read by the drawing code every frame. */
export interface ViewState {
  window: TimeWindow | null;
  scale: FoldedScale | null;
  /** A gesture (or animation) is in progress. */
  moving: boolean;
}

export interface MoveOptions {
  readonly animate?: boolean;
  /** Commit the result to the store when it settles. Default true. */
  readonly commit?: boolean;
}

export interface TimelineZoom {
  readonly view: RefObject<ViewState>;
  /** Shows a linear window (through zoom.transform). */
  moveTo(window: TimeWindow, options?: MoveOptions): void;
  /** Pans so that `time` is drawn at `px` (default: the centre), keeping the zoom. */
  centreOn(time: number, options?: MoveOptions & { readonly px?: number }): void;
  /** Fits all events; the store's window stays null ("fit all"). */
  fit(options?: { readonly animate?: boolean }): void;
}

export interface TimelineZoomOptions {
  readonly element: RefObject<HTMLElement | null>;
  /** Plot width in CSS px. */
  readonly width: number;
  /** Folds to apply (empty when folding is off). */
  readonly folds: readonly Fold[];
  /** The window that fits all events at this width with these folds, or null when there is nothing to fit. */
  readonly fitWindow: () => TimeWindow | null;
  /** Changes whenever what "fit all" means changes (new data): with no window stored, the view refits. */
  readonly fitKey: unknown;
  /** Called on every change of view: schedule a draw. */
  readonly onView: () => void;
  /** Called when a gesture starts (e.g. to close popovers). */
  readonly onGestureStart?: () => void;
}

type Source = 'gesture' | 'program';

function insideNoZoom(event: Event): boolean {
  return event.target instanceof Element && event.target.closest('[data-no-zoom]') !== null;
}

function sameWindow(a: TimeWindow, b: TimeWindow, width: number): boolean {
  // Within a tenth of a pixel, or a second (the URL's resolution), at either end.
  const tolerance = Math.max(((a[1] - a[0]) / Math.max(1, width)) * 0.1, 1000);
  return Math.abs(a[0] - b[0]) <= tolerance && Math.abs(a[1] - b[1]) <= tolerance;
}

/** Pointer position (px in the element) of a mouse, wheel or touch event; null if there is none. */
function pointerOf(event: unknown, element: HTMLElement): { x: number; touches: number } | null {
  if (!event || typeof event !== 'object') return null;
  if ('touches' in event) {
    const touches = (event as TouchEvent).touches;
    if (touches.length === 0) return null;
    let x = 0;
    for (let i = 0; i < touches.length; i++) x += pointer(touches[i]!, element)[0];
    return { x: x / touches.length, touches: touches.length };
  }
  if ('clientX' in event) return { x: pointer(event as MouseEvent, element)[0], touches: 0 };
  return null;
}

export function useTimelineZoom(options: TimelineZoomOptions): TimelineZoom {
  const { element, width, folds, fitWindow, fitKey, onView, onGestureStart } = options;
  const view = useRef<ViewState>({ window: null, scale: null, moving: false });

  // Everything the d3 callbacks read, kept current without re-attaching the behaviour.
  const latest = useRef({ width, folds, fitWindow, onView, onGestureStart });
  useEffect(() => {
    latest.current = { width, folds, fitWindow, onView, onGestureStart };
  });

  const behaviour = useRef<ZoomBehavior<HTMLElement, unknown> | null>(null);
  /** The element the behaviour is attached to. */
  const attached = useRef<HTMLElement | null>(null);
  const internal = useRef({
    /** Set while we call zoom.transform ourselves from inside a zoom event. */
    applying: false,
    source: 'program' as Source,
    commitOnEnd: false,
    lastPointer: null as { x: number; touches: number } | null,
    commitTimer: 0 as ReturnType<typeof setTimeout> | 0,
    /** The last window we committed or were given by the store. */
    storeWindow: null as TimeWindow | null,
    /** Where the current programmatic move is going. */
    target: null as { window: TimeWindow; commit: boolean } | null,
  });

  const setView = useCallback((window: TimeWindow) => {
    const { width: w, folds: f } = latest.current;
    view.current.window = window;
    view.current.scale = createFoldedScale({ domain: window, range: [0, Math.max(1, w)], folds: f });
    latest.current.onView();
  }, []);

  const commit = useCallback(() => {
    const state = internal.current;
    if (state.commitTimer) clearTimeout(state.commitTimer);
    state.commitTimer = setTimeout(() => {
      state.commitTimer = 0;
      const window = view.current.window;
      if (!window || view.current.moving) return;
      state.storeWindow = window;
      useAppStore.getState().setWindow({ start: window[0], end: window[1] });
    }, COMMIT_DELAY_MS);
  }, []);

  const apply = useCallback(
    (window: TimeWindow, animate: boolean, commitWhenDone: boolean) => {
      const el = attached.current;
      const zoom = behaviour.current;
      const w = latest.current.width;
      if (!el || !zoom || !(w > 0)) {
        setView(clampWindow(window, ZOOM_LIMITS));
        return;
      }
      const state = internal.current;
      const clamped = clampWindow(window, ZOOM_LIMITS);
      const target = windowToTransform(clamped, w);
      const selection = select<HTMLElement, unknown>(el);
      // End any move in progress first (its "end" resets the state set below).
      selection.interrupt();
      state.source = 'program';
      state.commitOnEnd = commitWhenDone;
      state.target = { window: clamped, commit: commitWhenDone };
      if (animate && !prefersReducedMotion()) {
        selection.transition().duration(ANIMATION_MS).call(zoom.transform, target);
      } else {
        zoom.transform(selection, target);
      }
    },
    [setView],
  );

  const moveTo = useCallback(
    (window: TimeWindow, opts: MoveOptions = {}) => apply(window, opts.animate ?? false, opts.commit ?? true),
    [apply],
  );

  /** The view zoomed by `factor` (1: same zoom) with `time` drawn at `px`, on the folded picture. */
  const retarget = useCallback((factor: number, time: number, px: number): TimeWindow | null => {
    const current = view.current.window;
    const scale = view.current.scale;
    if (!current || !scale) return null;
    const { width: w, folds: f } = latest.current;
    const width = Math.max(1, w);
    return windowAtRate(Math.abs(scale.pxPerMs) * factor, time, px, width, f, foldedScaleFactory(width, f), ZOOM_LIMITS);
  }, []);

  const centreOn = useCallback(
    (time: number, opts: MoveOptions & { readonly px?: number } = {}) => {
      const px = opts.px ?? latest.current.width / 2;
      const target = retarget(1, time, px);
      if (target) apply(target, opts.animate ?? true, opts.commit ?? true);
    },
    [retarget, apply],
  );

  const fit = useCallback(
    (opts: { readonly animate?: boolean } = {}) => {
      const target = latest.current.fitWindow();
      if (!target) return;
      internal.current.storeWindow = null;
      apply(target, opts.animate ?? false, false);
    },
    [apply],
  );

  const perform = useCallback(
    (request: ViewRequest) => {
      const current = view.current.window;
      const scale = view.current.scale;
      if (request.type === 'fit' || !current || !scale) {
        fit({ animate: true });
        return;
      }
      const w = latest.current.width;
      const centre = scale.invert(w / 2);
      const target =
        request.type === 'zoom'
          ? retarget(request.factor, centre, w / 2)
          : retarget(1, centre, w / 2 - request.fraction * w);
      if (target) apply(target, true, true);
    },
    [retarget, apply, fit],
  );

  // Attach d3-zoom once.
  useEffect(() => {
    const el = element.current;
    if (!el) return;
    const state = internal.current;
    const isPanWheel = (e: WheelEvent) => e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY);

    const zoom = d3zoom<HTMLElement, unknown>()
      .scaleExtent(scaleExtentFor(ZOOM_LIMITS))
      .filter((event: Event) => {
        // Not from popovers or other content inside the plot that scrolls or selects on its own.
        if (insideNoZoom(event)) return false;
        if (event.type === 'wheel') return !isPanWheel(event as WheelEvent);
        const e = event as MouseEvent;
        return !e.ctrlKey && !e.button;
      })
      // x only, and never outside the span limits or the dates JavaScript can represent.
      .constrain((transform) => {
        const w = Math.max(1, latest.current.width);
        const window = transformToWindow(transform, w);
        const clamped = clampWindow(window, ZOOM_LIMITS);
        if (transform.y === 0 && clamped[0] === window[0] && clamped[1] === window[1]) return transform;
        return windowToTransform(clamped, w);
      })
      .on('start', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (state.applying) return;
        view.current.moving = true;
        if (state.commitTimer) clearTimeout(state.commitTimer);
        if (event.sourceEvent) {
          state.source = 'gesture';
          state.lastPointer = pointerOf(event.sourceEvent, el);
          latest.current.onGestureStart?.();
        }
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        const w = Math.max(1, latest.current.width);
        const proposed = transformToWindow(event.transform, w);
        if (state.applying || !event.sourceEvent) {
          setView(proposed);
          return;
        }
        state.source = 'gesture';
        let next = proposed;
        const here = pointerOf(event.sourceEvent, el);
        const scale = view.current.scale;
        const f = latest.current.folds;
        if (here && scale && (f.length > 0 || scale.folds.length > 0)) {
          // Keep the time that was under the pointer under it. For a wheel, that is the time
          // under the pointer now; for a drag or pinch, the time under it at the last event
          // (unless fingers were added or lifted, which must not jump the view).
          const last = state.lastPointer;
          const from = event.sourceEvent.type === 'wheel' || !last || last.touches !== here.touches ? here.x : last.x;
          const anchor = scale.invert(from);
          const current = view.current.window!;
          const factor = (current[1] - current[0]) / (proposed[1] - proposed[0]);
          next = windowAtRate(Math.abs(scale.pxPerMs) * factor, anchor, here.x, w, f, foldedScaleFactory(w, f), ZOOM_LIMITS);
          const eps = (proposed[1] - proposed[0]) * 1e-9;
          if (Math.abs(next[0] - proposed[0]) > eps || Math.abs(next[1] - proposed[1]) > eps) {
            state.applying = true;
            try {
              zoom.transform(select(el), windowToTransform(next, w));
            } finally {
              state.applying = false;
            }
          }
        }
        state.lastPointer = here;
        setView(next);
      })
      .on('end', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (state.applying) return;
        view.current.moving = false;
        state.lastPointer = null;
        const fromGesture = state.source === 'gesture' || Boolean(event.sourceEvent);
        if (fromGesture || state.commitOnEnd) commit();
        state.commitOnEnd = false;
        state.source = 'program';
        state.target = null;
        latest.current.onView();
      });

    behaviour.current = zoom;
    attached.current = el;
    const selection = select<HTMLElement, unknown>(el);
    selection.call(zoom);

    // Double-click (and double-tap, which d3-zoom routes here) zooms in about the pointer,
    // anchored on the folded picture; Shift zooms out.
    selection.on('dblclick.zoom', (event: MouseEvent) => {
      const scale = view.current.scale;
      const current = view.current.window;
      if (!scale || !current) return;
      if (insideNoZoom(event) || (event.target instanceof Element && event.target.closest('button'))) return;
      event.preventDefault();
      const p = pointerOf(event, el);
      const px = p ? p.x : latest.current.width / 2;
      const target = retarget(event.shiftKey ? 0.5 : 2, scale.invert(px), px);
      if (target) apply(target, true, true);
    });

    // Horizontal wheels (trackpads) and Shift+wheel pan, through the same behaviour.
    const onWheel = (event: WheelEvent) => {
      if (!isPanWheel(event) || insideNoZoom(event)) return;
      const scale = view.current.scale;
      const current = view.current.window;
      if (!scale || !current) return;
      event.preventDefault();
      const w = latest.current.width;
      const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? w : 1;
      const delta = (Math.abs(event.deltaX) > Math.abs(event.deltaY) ? event.deltaX : event.deltaY) * unit;
      const centre = scale.invert(w / 2);
      const target = retarget(1, centre, w / 2 - delta);
      if (!target) return;
      if (state.commitTimer) clearTimeout(state.commitTimer);
      state.source = 'gesture';
      zoom.transform(selection, windowToTransform(target, Math.max(1, w)));
      latest.current.onGestureStart?.();
    };
    el.addEventListener('wheel', onWheel, { passive: false });

    return () => {
      el.removeEventListener('wheel', onWheel);
      selection.interrupt();
      selection.on('.zoom', null);
      behaviour.current = null;
      attached.current = null;
      if (state.commitTimer) clearTimeout(state.commitTimer);
    };
  }, [element, setView, commit, apply, retarget]);

  // Width, folds or data changed: keep the window (or refit when "fit all" is in force).
  // Nothing here may cut short a running animation needlessly: a panel resizing the page
  // as the selection changes must not stop the pan to that selection.
  const hasWidth = width > 0;
  const previous = useRef({ width: 0, folds: null as readonly Fold[] | null, fitKey: undefined as unknown });
  useEffect(() => {
    if (!hasWidth) return;
    const before = previous.current;
    previous.current = { width, folds, fitKey };
    const state = internal.current;
    const stored = useAppStore.getState().window;
    const current = view.current.window;
    const fitMode = stored === null && state.storeWindow === null;
    if (!current) {
      if (fitMode) fit({ animate: false });
      else if (stored) {
        state.storeWindow = [stored.start, stored.end];
        apply([stored.start, stored.end], false, false);
      }
      return;
    }
    const widthChanged = before.width !== width;
    if (fitMode && (widthChanged || before.folds !== folds || before.fitKey !== fitKey)) {
      fit({ animate: !widthChanged && !view.current.moving });
    } else if (widthChanged) {
      // The transform is relative to the width: re-express the window (or the animation's
      // target) for the new one.
      const target = state.target;
      if (view.current.moving && target) apply(target.window, true, target.commit);
      else apply(current, false, false);
    } else if (before.folds !== folds) {
      // Same linear window, new folds: only the derived scale changes.
      setView(current);
    }
  }, [hasWidth, width, folds, fitKey, fit, apply, setView]);

  // The store: requests from elsewhere, and windows set from outside (URL, back/forward).
  useEffect(() => {
    return useAppStore.subscribe((s, prev) => {
      if (s.viewRequest !== prev.viewRequest && s.viewRequest) {
        perform(s.viewRequest);
        return;
      }
      if (s.window === prev.window) return;
      const state = internal.current;
      if (s.window === null) {
        if (state.storeWindow !== null) fit({ animate: true });
        return;
      }
      const incoming: TimeWindow = [s.window.start, s.window.end];
      state.storeWindow = incoming;
      const current = view.current.window;
      if (current && sameWindow(incoming, current, latest.current.width)) return;
      apply(incoming, false, false);
    });
  }, [perform, fit, apply]);

  return useMemo(() => ({ view, moveTo, centreOn, fit }), [moveTo, centreOn, fit]);
}
