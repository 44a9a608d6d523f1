import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { TimelineEvent } from '../../domain/dataset';
import { formatWhen } from '../../domain/formatWhen';
import { supportSummary } from '../../domain/corroboration';
import { useLocale } from '../../i18n/useLocale';
import { supportText } from '../../i18n/phrases';
import { hasFilters } from '../../domain/search';
import type { LoadedDataset } from '../../queries/datasetQuery';
import { useAppStore } from '../../stores/store';
import { eventForKey, isListKey, rowOf, rowsInView, scrollTopToReveal } from './listWindow';
import './events.css';

/** Every row has this height (px), so that row positions are arithmetic and only the rows on screen are rendered. */
export const EVENT_ROW_HEIGHT = 52;

/**
 * The visible events as a listbox, in time order, kept in step with the selection.
 * The selection follows the keyboard (↑/↓/Home/End/PageUp/PageDown) while focus stays
 * on the listbox (aria-activedescendant); ←/→ are left to the global shortcuts.
 */
export function EventList({ loaded, visible }: { loaded: LoadedDataset; visible: Uint32Array }) {
  const { t, locale } = useLocale();
  const events = loaded.index.dataset.events;
  const selectedEventId = useAppStore((s) => s.selectedEventId);
  const hoveredEventId = useAppStore((s) => s.hoveredEventId);
  const selectEvent = useAppStore((s) => s.selectEvent);
  const hoverEvent = useAppStore((s) => s.hoverEvent);
  const filtered = useAppStore((s) => hasFilters(s.filters));
  const clearFilters = useAppStore((s) => s.clearFilters);

  const idPrefix = useId();
  const optionId = (eventIndex: number) => `${idPrefix}-event-${eventIndex}`;

  const viewportRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(0);

  const selectedIndex = selectedEventId === null ? null : (loaded.index.eventIndexById.get(selectedEventId) ?? null);
  const selectedRow = rowOf(visible, selectedIndex);
  const count = visible.length;
  const empty = count === 0;

  useLayoutEffect(() => {
    const el = viewportRef.current;
    if (!el) return;
    // A viewport that (re)appears after an empty list starts at the top, whatever the last one showed.
    setScrollTop(el.scrollTop);
    setViewportHeight(el.clientHeight);
    const observer = new ResizeObserver(() => setViewportHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, [empty]);

  // Bring the selected row into view when the selection (or the list) changes — but not when the user scrolls.
  useLayoutEffect(() => {
    const el = viewportRef.current;
    if (!el || selectedRow < 0) return;
    const next = scrollTopToReveal(selectedRow, EVENT_ROW_HEIGHT, el.scrollTop, el.clientHeight);
    if (next !== el.scrollTop) {
      el.scrollTop = next;
      setScrollTop(el.scrollTop);
    }
  }, [selectedRow, visible]);

  const pageRows = Math.max(1, Math.floor(viewportHeight / EVENT_ROW_HEIGHT));

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || !isListKey(e.key)) return;
    e.preventDefault();
    // ↑/↓ are ours while the list has focus; everything else (←/→, Esc…) reaches the global shortcuts.
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') e.stopPropagation();
    const next = eventForKey(e.key, visible, selectedIndex, pageRows);
    if (next !== null && next !== selectedIndex) selectEvent(events[next]!.id);
  };

  if (events.length === 0 || count === 0) {
    return (
      <div className="event-list event-list--empty">
        <p className="event-list__empty" role="status">
          {events.length === 0 ? t('list.noEvents') : t('list.noMatch')}
        </p>
        {events.length > 0 && filtered && (
          <button type="button" onClick={clearFilters}>
            {t('filters.clear')}
          </button>
        )}
      </div>
    );
  }

  // A list that just got shorter may still hold a scroll position past its end, until the browser's scroll event arrives.
  const top = Math.min(scrollTop, Math.max(0, count * EVENT_ROW_HEIGHT - viewportHeight));
  const range = rowsInView(top, viewportHeight, EVENT_ROW_HEIGHT, count);
  const rows: number[] = [];
  // The selected row is always rendered, even when scrolled away, so that aria-activedescendant points at a real element.
  if (selectedRow >= 0 && selectedRow < range.start) rows.push(selectedRow);
  for (let r = range.start; r < range.end; r++) rows.push(r);
  if (selectedRow >= range.end) rows.push(selectedRow);

  return (
    <div className="event-list">
      <p className="event-list__count" id={`${idPrefix}-count`}>
        {count === events.length
          ? t('toolbar.eventCount', { count, formatted: count.toLocaleString(locale) })
          : t('toolbar.eventCountFiltered', { count: events.length, shown: count.toLocaleString(locale), formatted: events.length.toLocaleString(locale) })}
        <span className="event-list__hint"> · {t('list.moveHint')}</span>
      </p>
      <div
        ref={viewportRef}
        className="event-list__viewport"
        role="listbox"
        aria-label={t('list.label')}
        aria-describedby={`${idPrefix}-count`}
        aria-activedescendant={selectedIndex !== null && selectedRow >= 0 ? optionId(selectedIndex) : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        onMouseLeave={() => hoverEvent(null)}
      >
        <div className="event-list__canvas" role="presentation" style={{ height: count * EVENT_ROW_HEIGHT }}>
          {rows.map((row) => {
            const eventIndex = visible[row]!;
            const event = events[eventIndex]!;
            return (
              <EventOption
                key={eventIndex}
                id={optionId(eventIndex)}
                event={event}
                row={row}
                count={count}
                selected={eventIndex === selectedIndex}
                hovered={event.id === hoveredEventId}
                onSelect={() => selectEvent(event.id)}
                onHover={() => hoverEvent(event.id)}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

function EventOption(props: {
  id: string;
  event: TimelineEvent;
  row: number;
  count: number;
  selected: boolean;
  hovered: boolean;
  onSelect: () => void;
  onHover: () => void;
}) {
  const { event, selected } = props;
  const { t, locale } = useLocale();
  const status = event.review.status;
  const support = supportText(t, { when: event.edtf, evidence: event.evidence });
  const disagrees = support !== null && supportSummary({ when: event.edtf, evidence: event.evidence })?.disagrees;
  return (
    <div
      id={props.id}
      role="option"
      aria-selected={selected}
      aria-setsize={props.count}
      aria-posinset={props.row + 1}
      className={`event-row${selected ? ' is-selected' : ''}${props.hovered ? ' is-hovered' : ''}`}
      style={{ top: props.row * EVENT_ROW_HEIGHT, height: EVENT_ROW_HEIGHT }}
      title={event.title}
      onClick={props.onSelect}
      onMouseEnter={props.onHover}
    >
      <span className="kind-swatch" style={{ background: `var(--kind-${event.kind})` }} aria-hidden="true" />
      <span className="event-row__text">
        <span className="event-row__title">{event.title}</span>
        <span className="visually-hidden">, </span>
        <span className="event-row__meta">
          {formatWhen(event.when, locale)}
          <span aria-hidden="true"> · </span>
          <span className="visually-hidden">, </span>
          {t(`kind.${event.kind}`)}
          {support && (
            <>
              <span aria-hidden="true"> · </span>
              <span className="visually-hidden">, </span>
              <span className={disagrees ? 'event-row__support event-row__support--disagree' : 'event-row__support'}>{support}</span>
            </>
          )}
          {status !== 'accepted' && (
            <>
              <span aria-hidden="true"> · </span>
              <span className="visually-hidden">, </span>
              <span className={`review-badge review-badge--${status}`}>{t(`reviewStatus.${status}`)}</span>
            </>
          )}
        </span>
      </span>
    </div>
  );
}
