import type { StoreApi } from 'zustand';
import type { AppState } from './store';
import { parseUrlState, serializeUrlState, type UrlState } from './urlState';

/**
 * Keeps the shareable view (selection, window, lanes, filters) in the address bar.
 * A new selection or filter adds a history entry, so back/forward step through them;
 * moving the window only replaces the current entry, so a pan does not flood history.
 */

function urlStateOf(s: AppState, data: string | null): UrlState {
  return {
    data,
    event: s.selectedEventId,
    window: s.window,
    lanes: s.laneMode,
    fold: s.foldGaps,
    query: s.filters.query,
    actors: s.filters.actors,
    kinds: s.filters.kinds,
    sources: s.filters.sources,
  };
}

export function applyUrlState(store: StoreApi<AppState>, u: UrlState): void {
  store.setState({
    selectedEventId: u.event,
    selectedEvidence: 0,
    window: u.window,
    laneMode: u.lanes,
    foldGaps: u.fold,
    filters: { query: u.query, actors: u.actors, kinds: u.kinds, sources: u.sources },
  });
}

/** Reads the URL into the store, then mirrors the store into the URL. Returns a stop function. */
export function startUrlSync(store: StoreApi<AppState>, win: Window = window): () => void {
  const initial = parseUrlState(win.location.search);
  const data = initial.state.data;
  applyUrlState(store, initial.state);
  store.setState({ dataUrl: data });
  store.getState().setUrlProblems(initial.problems);

  let applying = false;
  const onPopState = () => {
    applying = true;
    try {
      applyUrlState(store, parseUrlState(win.location.search).state);
    } finally {
      applying = false;
    }
  };
  win.addEventListener('popstate', onPopState);

  const unsubscribe = store.subscribe((s, prev) => {
    if (applying) return;
    const next = serializeUrlState(urlStateOf(s, data));
    if (next === win.location.search) return;
    const url = `${win.location.pathname}${next}${win.location.hash}`;
    const pushes =
      s.selectedEventId !== prev.selectedEventId ||
      s.laneMode !== prev.laneMode ||
      s.foldGaps !== prev.foldGaps ||
      s.filters.actors !== prev.filters.actors ||
      s.filters.kinds !== prev.filters.kinds ||
      s.filters.sources !== prev.filters.sources;
    // A correction that comes with a notice (an unknown filter dropped) replaces the bad address.
    const correcting = s.urlProblems !== prev.urlProblems;
    if (pushes && !correcting) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  });

  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
