import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from './store';
import { startUrlSync } from './urlSync';

/** Just enough of window.location/history for the sync: a stack of URLs. */
function fakeWindow(initial: string) {
  const entries = [initial];
  let at = 0;
  const listeners = new Set<() => void>();
  const location = {
    get search() {
      const u = entries[at]!;
      const q = u.indexOf('?');
      return q < 0 ? '' : u.slice(q);
    },
    pathname: '/',
    hash: '',
  };
  const history = {
    pushState: (_: unknown, __: string, url: string) => {
      entries.splice(at + 1, Infinity, url);
      at++;
    },
    replaceState: (_: unknown, __: string, url: string) => {
      entries[at] = url;
    },
  };
  return {
    win: {
      location,
      history,
      addEventListener: (_: string, f: () => void) => listeners.add(f),
      removeEventListener: (_: string, f: () => void) => listeners.delete(f),
    } as unknown as Window,
    entries,
    back() {
      at--;
      listeners.forEach((f) => f());
    },
    get current() {
      return entries[at];
    },
  };
}

const initialState = useAppStore.getState();

describe('startUrlSync', () => {
  beforeEach(() => useAppStore.setState(initialState, true));

  it('applies a deep link to the store before anything renders', () => {
    const w = fakeWindow('/?event=treaty-signed&lanes=kind&q=%D0%B4%D0%BE%D0%B3&from=2024-01-01&to=2025-01-01&data=x.json');
    const stop = startUrlSync(useAppStore, w.win);
    const s = useAppStore.getState();
    expect(s.selectedEventId).toBe('treaty-signed');
    expect(s.laneMode).toBe('kind');
    expect(s.filters.query).toBe('дог');
    expect(s.window).toEqual({ start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1) });
    expect(s.dataUrl).toBe('x.json');
    stop();
  });

  it('adds a history entry per selection, replaces it for window moves, and restores on back', () => {
    const w = fakeWindow('/');
    const stop = startUrlSync(useAppStore, w.win);
    useAppStore.getState().selectEvent('phone-call');
    useAppStore.getState().setWindow({ start: Date.UTC(2025, 7, 1), end: Date.UTC(2025, 8, 1) });
    useAppStore.getState().setWindow({ start: Date.UTC(2025, 7, 2), end: Date.UTC(2025, 8, 1) });
    useAppStore.getState().selectEvent('treaty-signed');
    expect(w.entries).toEqual([
      '/',
      '/?event=phone-call&from=2025-08-02&to=2025-09-01',
      '/?event=treaty-signed&from=2025-08-02&to=2025-09-01',
    ]);
    w.back();
    expect(useAppStore.getState().selectedEventId).toBe('phone-call');
    // Restoring from history must not write a new entry.
    expect(w.entries).toHaveLength(3);
    stop();
  });

  it('reports bad parameters instead of failing', () => {
    const w = fakeWindow('/?lanes=colour');
    const stop = startUrlSync(useAppStore, w.win);
    expect(useAppStore.getState().urlProblems).toEqual([expect.objectContaining({ path: '?lanes' })]);
    stop();
  });

  it('replaces the address, not adds to history, when a correction comes with a notice', () => {
    const w = fakeWindow('/?actor=ghost');
    const stop = startUrlSync(useAppStore, w.win);
    const { filters, urlProblems } = useAppStore.getState();
    useAppStore.setState({ filters: { ...filters, actors: [] }, urlProblems: [...urlProblems, { path: '?actor', message: 'no actor "ghost"' }] });
    expect(w.entries).toEqual(['/']);
    stop();
  });
});
