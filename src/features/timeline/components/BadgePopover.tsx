import { useEffect, useRef } from 'react';
import type { TimelineEvent } from '../../../domain/dataset';
import { formatWhen } from '../../../domain/formatWhen';
import { useLocale } from '../../../i18n/useLocale';

export interface BadgeGroup {
  /** Where the badge is, px in the plot. */
  readonly x: number;
  readonly y: number;
  readonly events: readonly TimelineEvent[];
  /** All events in the group (the list may be cut short). */
  readonly total: number;
  /** The time they cover, for "Zoom in here". */
  readonly range: readonly [number, number] | null;
}

export interface BadgePopoverProps {
  readonly group: BadgeGroup;
  readonly plotWidth: number;
  readonly plotHeight: number;
  readonly onSelect: (id: string) => void;
  readonly onZoomIn: () => void;
  readonly onClose: () => void;
}

/**
 * What a "+N" badge stands for: the events whose labels did not fit, as a list to pick
 * from. Events on the same day never separate however far one zooms, so this list (and
 * ←/→) is how each of them stays reachable.
 */
export function BadgePopover({ group, plotWidth, plotHeight, onSelect, onZoomIn, onClose }: BadgePopoverProps) {
  const { t, locale } = useLocale();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
    const onPointerDown = (e: PointerEvent) => {
      if (ref.current && e.target instanceof Node && !ref.current.contains(e.target)) onClose();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [onClose]);

  const width = 320;
  const left = Math.max(4, Math.min(plotWidth - width - 4, group.x - 12));
  // Open toward the side with more room, and use all of it: the plot can be short.
  const below = plotHeight - group.y - 14;
  const above = group.y - 14;
  const placement =
    below >= above
      ? { top: group.y + 14, maxHeight: Math.max(80, below - 4) }
      : { bottom: plotHeight - group.y + 14, maxHeight: Math.max(80, above - 4) };
  return (
    <div
      ref={ref}
      className="tl-popover"
      role="dialog"
      aria-label={t('timeline.eventsHere', { count: group.total })}
      data-no-zoom=""
      style={{ left, width, ...placement }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <p className="tl-popover__title">{t('timeline.eventsHere', { count: group.total })}</p>
      <ul className="tl-popover__list">
        {group.events.map((event) => (
          <li key={event.id}>
            <button
              type="button"
              className="tl-popover__item"
              data-popover-event-id={event.id}
              onClick={() => onSelect(event.id)}
            >
              <span className="tl-popover__item-title">{event.title}</span>
              <span className="tl-popover__item-when">{formatWhen(event.when, locale)}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="tl-popover__actions">
        {group.total > group.events.length && (
          <span className="tl-popover__more">{t('timeline.andMore', { count: group.total - group.events.length })}</span>
        )}
        <button type="button" className="tl-popover__action" onClick={onZoomIn}>
          {t('timeline.zoomHere')}
        </button>
      </div>
    </div>
  );
}
