import { useShallow } from 'zustand/react/shallow';
import type { LoadedDataset } from '../../queries/datasetQuery';
import { useAppStore } from '../../stores/store';
import { LANE_MODES, type LaneMode } from '../../stores/urlState';
import type { ThemeChoice } from '../../stores/uiSlice';
import { useFilteredEvents } from '../../queries/useDataset';
import { SearchBox } from './SearchBox';
import './explore.css';

const LANE_LABELS: Record<LaneMode, string> = { actor: 'Actor', kind: 'Kind', source: 'Source' };

export function Toolbar({ loaded }: { loaded: LoadedDataset }) {
  const visible = useFilteredEvents(loaded);
  const total = loaded.index.dataset.events.length;
  const { laneMode, setLaneMode, foldGaps, setFoldGaps, fitAll, requestView, theme, setTheme, setHelpOpen, setImportOpen } = useAppStore(
    useShallow((s) => ({
      laneMode: s.laneMode,
      setLaneMode: s.setLaneMode,
      foldGaps: s.foldGaps,
      setFoldGaps: s.setFoldGaps,
      fitAll: s.fitAll,
      requestView: s.requestView,
      theme: s.theme,
      setTheme: s.setTheme,
      setHelpOpen: s.setHelpOpen,
      setImportOpen: s.setImportOpen,
    })),
  );
  const title = loaded.index.dataset.title;

  return (
    <div className="toolbar">
      <button type="button" onClick={() => setImportOpen(true)} title="Import a document or a dataset (i)" aria-keyshortcuts="i">
        Import…
      </button>
      {title && (
        <span className="toolbar__dataset" title={title}>
          {title}
        </span>
      )}
      <SearchBox />
      <output className="toolbar__count" aria-live="polite" data-testid="event-count">
        {visible.length === total ? `${total} events` : `${visible.length} of ${total} events`}
      </output>
      <label className="toolbar__field">
        Lanes
        <select value={laneMode} onChange={(e) => setLaneMode(e.target.value as LaneMode)}>
          {LANE_MODES.map((m) => (
            <option key={m} value={m}>
              {LANE_LABELS[m]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" aria-pressed={foldGaps} onClick={() => setFoldGaps(!foldGaps)} title="Fold long empty stretches of time">
        Fold gaps
      </button>
      <div className="toolbar__group" role="group" aria-label="Zoom">
        <button type="button" onClick={() => requestView({ type: 'zoom', factor: 0.5 })} aria-label="Zoom out" title="Zoom out (−)">
          −
        </button>
        <button type="button" onClick={() => requestView({ type: 'zoom', factor: 2 })} aria-label="Zoom in" title="Zoom in (+)">
          +
        </button>
        <button type="button" onClick={fitAll} title="Fit all events (0)">
          Fit all
        </button>
      </div>
      <label className="toolbar__field">
        <span className="visually-hidden">Theme</span>
        <select value={theme} title="Theme" onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
          <option value="system">System</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
          <option value="contrast">High contrast</option>
        </select>
      </label>
      <button type="button" onClick={() => setHelpOpen(true)} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
        ?
      </button>
    </div>
  );
}
