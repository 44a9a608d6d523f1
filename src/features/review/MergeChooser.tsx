import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useLocale } from '../../i18n/useLocale';
import type { TimelineEvent } from '../../domain/dataset';
import { formatWhen } from '../../domain/formatWhen';
import { normalizeForSearch } from '../../domain/search';
import { extentOf, parseEdtf } from '../../domain/when';
import type { LoadedDataset } from '../../queries/datasetQuery';
import type { StoredEvent } from '../../workspace';

const SHOWN = 50;

/**
 * Picks the event a candidate is another account of: a search over the shown events'
 * titles and dates, nearest in time first. Merging adds the candidate's excerpt to that
 * event's evidence; both sources stay.
 */
export function MergeChooser(props: {
  candidate: StoredEvent;
  loaded: LoadedDataset;
  onCancel: () => void;
  onChoose: (eventId: string, title: string) => Promise<void>;
  error: string | null;
}) {
  const { candidate, loaded } = props;
  const { t, locale } = useLocale();
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);

  const ranked = useMemo(() => {
    const when = parseEdtf(candidate.record.when);
    const at = when.ok ? extentOf(when.value).start : 0;
    return loaded.index.dataset.events
      .filter((e) => e.id !== candidate.id)
      .map((e) => ({ event: e, label: `${e.title} ${formatWhen(e.when, locale)}`, distance: Math.abs(e.extent.start - at) }))
      .sort((a, b) => a.distance - b.distance);
  }, [loaded, candidate, locale]);

  const matches = useMemo(() => {
    const words = normalizeForSearch(query).split(/\s+/u).filter(Boolean);
    return ranked.filter((r) => {
      const text = normalizeForSearch(r.label);
      return words.every((w) => text.includes(w));
    }).slice(0, SHOWN);
  }, [ranked, query]);

  const current = Math.min(active, matches.length - 1);
  const choose = (e: TimelineEvent) => void props.onChoose(e.id, e.title);

  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      props.onCancel();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive(Math.max(0, Math.min(matches.length - 1, current + (e.key === 'ArrowDown' ? 1 : -1))));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const m = matches[current];
      if (m) choose(m.event);
    }
  };

  return (
    // The keys belong to the search field; the wrapper only keeps them from the page's shortcuts.
    <div className="review-merge" onKeyDown={onKeyDown}>
      <label htmlFor={`${id}-q`}>{t('review.mergeInto', { title: candidate.record.title })}</label>
      <input
        id={`${id}-q`}
        type="search"
        role="combobox"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-activedescendant={matches[current] ? `${id}-o${current}` : undefined}
        aria-autocomplete="list"
        value={query}
        autoFocus
        placeholder={t('review.mergeSearch')}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
      />
      <ul className="review-merge__list" id={`${id}-list`} role="listbox" aria-label={t('review.mergeList')}>
        {matches.length === 0 && <li className="review__empty">{t('review.noMatch')}</li>}
        {matches.map((m, i) => (
          <li
            key={m.event.id}
            id={`${id}-o${i}`}
            role="option"
            aria-selected={i === current}
            className={`candidate${i === current ? ' candidate--selected' : ''}`}
            onClick={() => choose(m.event)}
          >
            <span className="candidate__when">{formatWhen(m.event.when, locale)}</span>
            <span className="candidate__title">{m.event.title}</span>
          </li>
        ))}
      </ul>
      {props.error && (
        <p role="alert" className="review__message review__message--error">
          {props.error}
        </p>
      )}
      <div className="review__actions">
        <span className="review__hint">{t('review.mergeHint')}</span>
        <button type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
