import { lazy, Suspense, useEffect } from 'react';
import { useState } from 'react';
import { useAppStore } from '../stores/store';
import { workspaceNotice } from '../queries/workspaceQueries';
import { useDatasetQuery, useFilteredEvents } from '../queries/useDataset';
import { DatasetLoadError, type LoadedDataset } from '../queries/datasetQuery';
import { ProblemList } from '../components/ui/ProblemList';
import { Timeline } from '../features/timeline/components/Timeline';
import { SourceReader } from '../features/sources/SourceReader';
import { EventDetails } from '../features/events/EventDetails';
import { EventList } from '../features/events/EventList';
import { Toolbar } from '../features/explore/Toolbar';
import { StoryButton } from '../features/present/components/StoryPanel';
import { FilterPanel } from '../features/explore/FilterPanel';
import { HelpOverlay, type HelpSection } from '../features/keyboard/HelpOverlay';
import { REVIEW_KEYS } from '../features/review/reviewKeys';
import { useShortcuts } from '../features/keyboard/useShortcuts';
import { ExploreTabs } from '../features/review/ExploreTabs';
import { ReviewPanel } from '../features/review/ReviewPanel';
import { UndoRedo } from '../features/history/UndoRedo';
import { SettingsButton } from '../features/settings/SettingsButton';
import { ExportButton } from '../features/exchange/ExportDialog';
import { SourcesPanel } from '../features/workspaceSources/SourcesPanel';
import { UnreadableSources } from '../features/workspaceRepair/UnreadableSources';
import { useUnknownUrlFilters } from './useUnknownUrlFilters';
import { useTranslation } from 'react-i18next';
import './dashboard.css';
import './print.css';

// The import dialog (Readability, language detection, the extraction worker) loads when first opened.
const ImportDialog = lazy(() => import('../features/import/ImportDialog').then((m) => ({ default: m.ImportDialog })));

const HELP_SECTIONS: readonly HelpSection[] = [
  {
    titleKey: 'help.reviewList',
    rows: REVIEW_KEYS.map((k) => ({ keys: [k.label], descriptionKey: k.descriptionKey })),
  },
];

/** The analyst's view: toolbar, timeline with overview, and below it filters + list, details, and the source. */
export function Dashboard() {
  const { t } = useTranslation();
  const query = useDatasetQuery();
  const urlProblems = useAppStore((s) => s.urlProblems);
  const setUrlProblems = useAppStore((s) => s.setUrlProblems);
  const importOpen = useAppStore((s) => s.importOpen);
  const datasetTitle = query.data?.index.dataset.title;
  useEffect(() => {
    document.title = datasetTitle ? `${datasetTitle} — Sourceline` : 'Sourceline';
  }, [datasetTitle]);

  return (
    <div className="app">
      <header className="app__header">
        <h1 className="app__title">Sourceline</h1>
        {query.data && <Toolbar loaded={query.data} />}
        {query.data && <UndoRedo />}
        {query.data && <StoryButton loaded={query.data} />}
        <SettingsButton />
        {query.data && <ExportButton loaded={query.data} />}
      </header>
      <div className="app__messages">
        {urlProblems.length > 0 && (
          <ProblemList
            tone="warning"
            title={t('app.linkParametersIgnored')}
            problems={urlProblems}
            onDismiss={() => setUrlProblems([])}
          />
        )}
        {query.error && <LoadError error={query.error} />}
        {query.data && <DatasetProblems loaded={query.data} />}
      </div>
      {query.isPending && (
        <p className="app__loading" role="status">
          {t('app.loadingDataset')}
        </p>
      )}
      {query.data ? <Workspace loaded={query.data} /> : null}
      <HelpOverlay sections={HELP_SECTIONS} />
      {importOpen && (
        <Suspense fallback={null}>
          <ImportDialog />
        </Suspense>
      )}
    </div>
  );
}

function LoadError({ error }: { error: Error }) {
  const { t } = useTranslation();
  const problems = error instanceof DatasetLoadError ? error.problems : [];
  return (
    <div>
      <ProblemList title={error.message} problems={problems} />
      <p className="app__recover">
        <a href="./">{t('app.openBuiltin')}</a>
      </p>
    </div>
  );
}

function DatasetProblems({ loaded }: { loaded: LoadedDataset }) {
  const { t } = useTranslation();
  const { notice, rest } = workspaceNotice(loaded.problems);
  const [noticeDismissed, setNoticeDismissed] = useState(false);
  const errors = rest.filter((p) => p.severity === 'error').length;
  const title =
    errors > 0
      ? t('app.itemsUnreadable', { count: errors, url: loaded.url })
      : t('app.readWithWarnings', { count: rest.length, url: loaded.url });
  return (
    <>
      {notice && !noticeDismissed && (
        <ProblemList
          tone="warning"
          title={t('app.storageBlocked')}
          problems={[{ ...notice, path: 'workspace' }]}
          onDismiss={() => setNoticeDismissed(true)}
        />
      )}
      {rest.length > 0 && <ProblemList tone={errors > 0 ? 'error' : 'warning'} title={title} problems={rest} />}
      <UnreadableSources sources={loaded.unreadableSources ?? []} />
    </>
  );
}

function Workspace({ loaded }: { loaded: LoadedDataset }) {
  const { t } = useTranslation();
  useUnknownUrlFilters(loaded);
  const visible = useFilteredEvents(loaded);
  useShortcuts(loaded, visible);
  return (
    <main className="app__main">
      <section className="app__timeline" aria-label={t('app.regionTimeline')}>
        <Timeline loaded={loaded} visible={visible} />
      </section>
      <section className="app__explore" aria-label={t('app.regionEvents')}>
        <ExploreTabs review={<ReviewPanel loaded={loaded} />} sources={<SourcesPanel />}>
          <FilterPanel loaded={loaded} visible={visible} />
          <EventList loaded={loaded} visible={visible} />
        </ExploreTabs>
      </section>
      <section className="app__details" aria-label={t('app.regionDetails')}>
        <EventDetails loaded={loaded} />
      </section>
      <section className="app__reader" aria-label={t('app.regionSource')}>
        <SourceReader loaded={loaded} />
      </section>
    </main>
  );
}
