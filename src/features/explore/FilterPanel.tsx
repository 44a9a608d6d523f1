import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { LoadedDataset } from '../../queries/datasetQuery';
import { facetCounts, hasFilters } from '../../domain/search';
import { EVENT_KINDS } from '../../domain/schema';
import { useAppStore } from '../../stores/store';
import { useTranslation } from 'react-i18next';

/** Facets with counts that follow the other filters, so a click never leads to an empty view unawares. */
export function FilterPanel({ loaded, visible }: { loaded: LoadedDataset; visible: Uint32Array }) {
  const { t } = useTranslation();
  const { filters, toggleFacet, toggleKind, clearFilters } = useAppStore(
    useShallow((s) => ({ filters: s.filters, toggleFacet: s.toggleFacet, toggleKind: s.toggleKind, clearFilters: s.clearFilters })),
  );
  const { actors, sources } = loaded.index.dataset;
  // On a short screen (a 1280×720 shared window) the list needs the room more than the facets do.
  const [open, setOpen] = useState(() => window.innerHeight > 860 || hasFilters(filters));
  // Counting every facet is three passes over the events: only done while the facets show.
  const counts = useMemo(() => (open ? facetCounts(loaded.index, loaded.searchText, filters) : null), [open, loaded, filters]);
  const active = filters.actors.length + filters.kinds.length + filters.sources.length;

  return (
    <details className="filters" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {t('filters.title')}{' '}
        {active > 0 && <span className="filters__active">{t('filters.active', { count: active, shown: visible.length })}</span>}
      </summary>
      <fieldset>
        <legend>{t('filters.kind')}</legend>
        {EVENT_KINDS.map((kind) => (
          <FacetCheckbox
            key={kind}
            label={t(`kind.${kind}`)}
            count={counts?.kinds.get(kind) ?? 0}
            checked={filters.kinds.includes(kind)}
            onChange={() => toggleKind(kind)}
            swatch={`var(--kind-${kind})`}
          />
        ))}
      </fieldset>
      {actors.length > 0 && (
        <fieldset>
          <legend>{t('filters.actor')}</legend>
          {actors.map((a) => (
            <FacetCheckbox
              key={a.id}
              label={a.name}
              count={counts?.actors.get(a.id) ?? 0}
              checked={filters.actors.includes(a.id)}
              onChange={() => toggleFacet('actors', a.id)}
            />
          ))}
        </fieldset>
      )}
      {sources.length > 1 && (
        <fieldset>
          <legend>{t('filters.source')}</legend>
          {sources.map((s) => (
            <FacetCheckbox
              key={s.id}
              label={s.title}
              count={counts?.sources.get(s.id) ?? 0}
              checked={filters.sources.includes(s.id)}
              onChange={() => toggleFacet('sources', s.id)}
            />
          ))}
        </fieldset>
      )}
      {hasFilters(filters) && (
        <button type="button" onClick={clearFilters}>
          {t('filters.clear')}
        </button>
      )}
    </details>
  );
}

function FacetCheckbox(props: { label: string; count: number; checked: boolean; onChange: () => void; swatch?: string }) {
  return (
    <label className="facet">
      <input type="checkbox" checked={props.checked} onChange={props.onChange} />
      {props.swatch && <span className="facet__swatch" style={{ background: props.swatch }} aria-hidden="true" />}
      <span className="facet__label">{props.label}</span>
      <span className="facet__count">{props.count}</span>
    </label>
  );
}
