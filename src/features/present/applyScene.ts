import { easeCubicInOut, interpolateZoom } from 'd3';
import type { SceneView } from '../../domain/scenes';
import { useAppStore } from '../../stores/store';

/**
 * Puts a scene into the store. Lanes, fold and filters change at once; the window moves
 * on a smooth zoom path (d3.interpolateZoom, the curve d3-zoom's own transitions take)
 * committed to the store once per frame, so the Timeline draws every step through its
 * d3-zoom; under prefers-reduced-motion it jumps. The selection is set when the window
 * has arrived, so the Timeline does not start a pan of its own toward it.
 * Returns a function that stops the move.
 */
export function applySceneView(view: SceneView, options: { readonly animate: boolean }): () => void {
  const store = useAppStore;
  const before = store.getState();
  store.setState({
    laneMode: view.laneMode,
    foldGaps: view.foldGaps,
    filters: view.filters,
  });
  const select = () => store.getState().selectEvent(view.selectedEventId, view.selectedEvidence);
  const from = before.window;
  const to = view.window;
  if (!options.animate || reducedMotion() || !from || !to) {
    if (to === null) store.getState().fitAll();
    else store.getState().setWindow(to);
    select();
    return () => {};
  }
  const path = interpolateZoom([(from.start + from.end) / 2, 0, from.end - from.start], [(to.start + to.end) / 2, 0, to.end - to.start]);
  const duration = Math.max(450, Math.min(1200, path.duration * 0.7));
  let frame = 0;
  let started: number | null = null;
  const step = (now: number) => {
    started ??= now;
    const t = Math.min(1, (now - started) / duration);
    if (t >= 1) {
      store.getState().setWindow(to);
      select();
      return;
    }
    const [cx, , w] = path(easeCubicInOut(t));
    store.getState().setWindow({ start: cx - w / 2, end: cx + w / 2 });
    frame = requestAnimationFrame(step);
  };
  frame = requestAnimationFrame(step);
  return () => cancelAnimationFrame(frame);
}

export function reducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
