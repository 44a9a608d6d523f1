import { useQuery } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { workspaceQueries } from '../../queries/workspaceQueries';
import { useAppStore } from '../../stores/store';
import type { ExplorePane } from '../../stores/reviewSlice';
import { useTranslation } from 'react-i18next';

/**
 * "Events | Review (n)" over the explore pane, once the workspace holds an import;
 * before that the pane is the event list alone, exactly as it was.
 */
export function ExploreTabs({ children, review, sources: sourcesPane }: { children: ReactNode; review: ReactNode; sources: ReactNode }) {
  const { t } = useTranslation();
  const pane = useAppStore((s) => s.explorePane);
  const setPane = useAppStore((s) => s.setExplorePane);
  const sourceId = useAppStore((s) => s.reviewSourceId);
  const sources = useQuery(workspaceQueries.sources());
  const shownSource = sourceId ?? sources.data?.[0]?.id ?? null;
  const candidates = useQuery({ ...workspaceQueries.events(shownSource ?? ''), enabled: shownSource !== null });
  const id = useId();

  if (!sources.data?.length && pane === 'events') return <>{children}</>;
  const open = candidates.data?.filter((c) => c.state === 'unreviewed').length ?? 0;
  const tab = (value: ExplorePane, label: string) => (
    <button
      type="button"
      role="tab"
      id={`${id}-${value}`}
      aria-selected={pane === value}
      aria-controls={`${id}-panel`}
      tabIndex={pane === value ? 0 : -1}
      className="explore-tabs__tab"
      onClick={() => setPane(value)}
    >
      {label}
    </button>
  );
  return (
    <>
      <div
        className="explore-tabs"
        role="tablist"
        aria-label={t('tabs.explore')}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
          e.preventDefault();
          e.stopPropagation();
          const order: ExplorePane[] = ['events', 'review', 'sources'];
          const next = order[(order.indexOf(pane) + (e.key === 'ArrowRight' ? 1 : order.length - 1)) % order.length]!;
          setPane(next);
          document.getElementById(`${id}-${next}`)?.focus();
        }}
      >
        {tab('events', t('tabs.events'))}
        {tab('review', open > 0 ? t('tabs.reviewOpen', { count: open }) : t('tabs.review'))}
        {tab('sources', t('tabs.sources', { count: sources.data?.length ?? 0 }))}
      </div>
      <div className="explore-tabs__panel" role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${pane}`}>
        {pane === 'review' ? review : pane === 'sources' ? sourcesPane : children}
      </div>
    </>
  );
}
