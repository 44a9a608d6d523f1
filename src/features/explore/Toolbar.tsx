import { useShallow } from 'zustand/react/shallow';
import type { LoadedDataset } from '../../queries/datasetQuery';
import { useAppStore } from '../../stores/store';
import { LANE_MODES, type LaneMode } from '../../stores/urlState';
import type { ThemeChoice } from '../../stores/uiSlice';
import { useFilteredEvents } from '../../queries/useDataset';
import { SearchBox } from './SearchBox';
import { useLocale } from '../../i18n/useLocale';
import './explore.css';

export function Toolbar({ loaded }: { loaded: LoadedDataset }) {
  const { t } = useLocale();
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
      <button type="button" onClick={() => setImportOpen(true)} title={t('toolbar.importTitle')} aria-keyshortcuts="i">
        {t('toolbar.import')}
      </button>
      {title && (
        <span className="toolbar__dataset" title={title}>
          {title}
        </span>
      )}
      <SearchBox />
      <output className="toolbar__count" aria-live="polite" data-testid="event-count">
        {visible.length === total
          ? t('toolbar.eventCount', { count: total, formatted: total })
          : t('toolbar.eventCountFiltered', { count: total, shown: visible.length, formatted: total })}
      </output>
      <label className="toolbar__field">
        {t('toolbar.lanes')}
        <select value={laneMode} onChange={(e) => setLaneMode(e.target.value as LaneMode)}>
          {LANE_MODES.map((m) => (
            <option key={m} value={m}>
              {t(`toolbar.laneMode.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" aria-pressed={foldGaps} onClick={() => setFoldGaps(!foldGaps)} title={t('toolbar.foldGapsTitle')}>
        {t('toolbar.foldGaps')}
      </button>
      <div className="toolbar__group" role="group" aria-label={t('toolbar.zoom')}>
        <button type="button" onClick={() => requestView({ type: 'zoom', factor: 0.5 })} aria-label={t('toolbar.zoomOut')} title={t('toolbar.zoomOutTitle')}>
          −
        </button>
        <button type="button" onClick={() => requestView({ type: 'zoom', factor: 2 })} aria-label={t('toolbar.zoomIn')} title={t('toolbar.zoomInTitle')}>
          +
        </button>
        <button type="button" onClick={fitAll} title={t('toolbar.fitAllTitle')}>
          {t('toolbar.fitAll')}
        </button>
      </div>
      <label className="toolbar__field">
        <span className="visually-hidden">{t('toolbar.theme')}</span>
        <select value={theme} title={t('toolbar.theme')} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
          <option value="system">{t('toolbar.themes.system')}</option>
          <option value="light">{t('toolbar.themes.light')}</option>
          <option value="dark">{t('toolbar.themes.dark')}</option>
          <option value="contrast">{t('toolbar.themes.contrast')}</option>
        </select>
      </label>
      <button type="button" onClick={() => setHelpOpen(true)} aria-label={t('toolbar.shortcuts')} title={t('toolbar.shortcutsTitle')}>
        ?
      </button>
    </div>
  );
}
