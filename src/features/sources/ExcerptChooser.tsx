import { useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useLocale } from '../../i18n/useLocale';
import type { TimelineEvent } from '../../domain/dataset';
import { formatWhen } from '../../domain/formatWhen';

export interface ChooserItem {
  readonly event: TimelineEvent;
  readonly evidenceIndex: number;
}

/** Where the chooser opens: the line box of the mark that was activated, in viewport coordinates. */
export interface ChooserAnchor {
  readonly left: number;
  readonly top: number;
  readonly bottom: number;
}

const GAP = 4;
const EDGE = 8;

/**
 * A small menu for an excerpt several events share: pick which event to select.
 * ↑/↓/Home/End move, Enter or Space picks, Esc or Tab closes and returns to the excerpt.
 */
export function ExcerptChooser(props: {
  items: readonly ChooserItem[];
  anchor: ChooserAnchor;
  selectedEventId: string | null;
  onChoose: (item: ChooserItem) => void;
  onClose: (returnFocus: boolean) => void;
}) {
  const { items, anchor, selectedEventId, onChoose, onClose } = props;
  const { t, locale } = useLocale();
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();

  // Place it below the excerpt, or above when there is no room, inside the window; then focus an item.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    const left = Math.max(EDGE, Math.min(anchor.left, window.innerWidth - width - EDGE));
    const below = anchor.bottom + GAP;
    const top = below + height <= window.innerHeight - EDGE ? below : Math.max(EDGE, anchor.top - GAP - height);
    el.style.left = `${left}px`;
    el.style.top = `${top}px`;
    const options = menuItems(el);
    const current = options.findIndex((o) => o.dataset.eventId === selectedEventId);
    options[Math.max(0, current)]?.focus({ preventScroll: true });
  }, [anchor, selectedEventId]);

  useEffect(() => {
    const onPointerDown = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose(false);
    };
    const onResize = () => onClose(false);
    document.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('resize', onResize);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('resize', onResize);
    };
  }, [onClose]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const options = menuItems(e.currentTarget);
    const at = options.indexOf(document.activeElement as HTMLElement);
    let next: number;
    switch (e.key) {
      case 'ArrowDown':
        next = (at + 1) % options.length;
        break;
      case 'ArrowUp':
        next = (at - 1 + options.length) % options.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = options.length - 1;
        break;
      case 'Escape':
      case 'Tab':
        e.preventDefault();
        // Esc here closes the menu only; it must not also clear the selection.
        e.stopPropagation();
        onClose(true);
        return;
      default:
        return;
    }
    e.preventDefault();
    e.stopPropagation();
    options[next]?.focus();
  };

  return (
    <div ref={ref} className="chooser" onKeyDown={onKeyDown}>
      <p className="chooser__head" id={headingId}>
        {t('reader.chooserHead', { count: items.length })}
      </p>
      <div role="menu" aria-labelledby={headingId} className="chooser__menu">
        {items.map((item) => {
          const selected = item.event.id === selectedEventId;
          return (
            <button
              key={item.event.id}
              type="button"
              role="menuitem"
              tabIndex={-1}
              data-event-id={item.event.id}
              className={`chooser__item${selected ? ' is-selected' : ''}`}
              onClick={() => onChoose(item)}
            >
              <span className="chooser__swatch" style={{ background: `var(--kind-${item.event.kind})` }} aria-hidden="true" />
              <span className="chooser__text">
                <span className="chooser__title">{item.event.title}</span>
                <span className="chooser__when">
                  {formatWhen(item.event.when, locale)}
                  {selected && <span className="chooser__current"> · {t('reader.selected')}</span>}
                </span>
              </span>
            </button>
          );
        })}
      </div>
    </div>
  );
}

function menuItems(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[role="menuitem"]'));
}
