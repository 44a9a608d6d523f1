/**
 * The visible labels as real buttons (focusable, clickable, named for screen readers),
 * kept in step with the canvas without React: during a gesture the same frame that draws
 * the marks moves the labels, by transform only. Buttons are keyed by event, so a label
 * that stays in view keeps its element (and its focus) while the view moves.
 */

export interface LabelItem {
  readonly eventIndex: number;
  /** Left edge of the text, px. */
  readonly x: number;
  /** Vertical centre, px. */
  readonly y: number;
  readonly selected: boolean;
  readonly hovered: boolean;
  /** Narrower than the usual cap (cut short before a fold), px including padding. */
  readonly maxWidth?: number;
}

export interface BadgeItem {
  readonly x: number;
  readonly y: number;
  readonly count: number;
  readonly lane: number;
  /** The stretch of the lane (px, label anchors) whose hidden labels the badge stands for. */
  readonly fromX: number;
  readonly toX: number;
}

export interface LabelText {
  readonly id: string;
  readonly text: string;
  readonly ariaLabel: string;
  /** Kind index, for the label's colour cue. */
  readonly kind: number;
}

/** Horizontal padding inside a label button; the text starts this far after its left edge. */
export const LABEL_PADDING_PX = 5;
export const LABEL_HEIGHT_PX = 20;
export const LABEL_MAX_WIDTH_PX = 240;

interface BadgeElement extends HTMLButtonElement {
  badge?: BadgeItem;
  shownTransform?: string;
}

interface LabelElement extends HTMLButtonElement {
  /** Lane-major reading order (row, then x), used to keep the DOM (and Tab) order sensible. */
  order: number;
  /** What was last written, so that a frame touches the DOM only for what changed (reading styles back is slow). */
  shown?: { transform: string; maxWidth: string; selected: boolean; hovered: boolean };
}

const orderOf = (item: LabelItem) => Math.round(item.y) * 1e7 + Math.round(item.x);

export class LabelLayer {
  private readonly labels = new Map<number, LabelElement>();
  /** Hidden buttons kept for reuse: during a zoom labels come and go every frame. */
  private readonly spare: LabelElement[] = [];
  private readonly badges: BadgeElement[] = [];
  private readonly seen = new Set<number>();
  /** Texts already formatted (formatWhen is not free, and zooming shows the same labels again and again). */
  private readonly texts = new Map<number, LabelText>();

  constructor(
    private readonly container: HTMLElement,
    private readonly describe: (eventIndex: number) => LabelText,
    /** "3 more events here", in the interface language. */
    private readonly badgeLabel: (count: number) => string = (count) => `${count} more ${count === 1 ? 'event' : 'events'} here`,
  ) {}

  /**
   * `settled`: the view is at rest; the buttons are then put in reading order (lane, then
   * x) so that Tab walks them sensibly. During a gesture the order is left alone.
   */
  update(labels: readonly LabelItem[], badges: readonly BadgeItem[], settled = true): void {
    const seen = this.seen;
    seen.clear();
    for (const item of labels) {
      seen.add(item.eventIndex);
      let button = this.labels.get(item.eventIndex);
      if (!button) {
        button = this.create(item.eventIndex, orderOf(item));
        this.labels.set(item.eventIndex, button);
      }
      button.order = orderOf(item);
      const transform = `translate(${Math.round(item.x - LABEL_PADDING_PX)}px, ${Math.round(item.y - LABEL_HEIGHT_PX / 2)}px)`;
      const maxWidth = item.maxWidth === undefined ? '' : `${Math.round(item.maxWidth)}px`;
      const shown = (button.shown ??= { transform: '', maxWidth: '', selected: false, hovered: false });
      if (shown.transform !== transform) button.style.transform = shown.transform = transform;
      if (shown.maxWidth !== maxWidth) button.style.maxWidth = shown.maxWidth = maxWidth;
      if (shown.selected !== item.selected) {
        shown.selected = item.selected;
        button.classList.toggle('is-selected', item.selected);
        if (item.selected) button.setAttribute('aria-current', 'true');
        else button.removeAttribute('aria-current');
      }
      if (shown.hovered !== item.hovered) {
        shown.hovered = item.hovered;
        button.classList.toggle('is-hovered', item.hovered);
      }
    }
    for (const [eventIndex, button] of this.labels) {
      if (!seen.has(eventIndex)) {
        // A spare must not be found by its old event (tests and tools query data-event-id).
        button.hidden = true;
        delete button.dataset.eventId;
        button.removeAttribute('aria-label');
        button.removeAttribute('aria-current');
        button.classList.remove('is-selected', 'is-hovered');
        if (button.shown) {
          button.shown.selected = false;
          button.shown.hovered = false;
        }
        this.labels.delete(eventIndex);
        this.spare.push(button);
      }
    }
    if (settled) this.sortDom();

    for (let i = 0; i < badges.length; i++) {
      const badge = badges[i]!;
      let el = this.badges[i];
      if (!el) {
        el = document.createElement('button') as BadgeElement;
        el.type = 'button';
        el.className = 'tl-badge';
        this.container.appendChild(el);
        this.badges.push(el);
      }
      el.badge = badge;
      const text = badge.count < 1000 ? `+${badge.count}` : `+${Math.floor(badge.count / 1000)}k`;
      if (el.textContent !== text) {
        el.textContent = text;
        el.setAttribute('aria-label', this.badgeLabel(badge.count));
      }
      const transform = `translate(${Math.round(badge.x)}px, ${Math.round(badge.y - 9)}px)`;
      if (el.shownTransform !== transform) el.style.transform = el.shownTransform = transform;
      if (el.hidden) el.hidden = false;
    }
    for (let i = badges.length; i < this.badges.length; i++) {
      const el = this.badges[i]!;
      if (!el.hidden) el.hidden = true;
      el.badge = undefined;
    }
  }

  private create(eventIndex: number, order: number): LabelElement {
    let described = this.texts.get(eventIndex);
    if (!described) {
      if (this.texts.size > 5000) this.texts.clear();
      described = this.describe(eventIndex);
      this.texts.set(eventIndex, described);
    }
    const { id, text, ariaLabel, kind } = described;
    let button = this.spare.pop();
    if (!button) {
      button = document.createElement('button') as LabelElement;
      button.type = 'button';
      this.container.insertBefore(button, this.badges[0] ?? null);
    }
    button.order = order;
    button.className = `tl-label tl-label--k${kind}`;
    button.dataset.eventId = id;
    button.setAttribute('aria-label', ariaLabel);
    button.textContent = text;
    button.hidden = false;
    return button;
  }

  /** Puts the label buttons in reading order (only if they are not already). */
  private sortDom(): void {
    let previous = Number.NEGATIVE_INFINITY;
    let sorted = true;
    const children = this.container.children;
    for (let i = 0; i < children.length; i++) {
      const el = children[i] as LabelElement;
      if (el.hidden || !el.classList.contains('tl-label')) continue;
      if (el.order < previous) {
        sorted = false;
        break;
      }
      previous = el.order;
    }
    if (sorted) return;
    const visible = [...this.labels.values()].sort((a, b) => a.order - b.order);
    const before = this.badges[0] ?? null;
    // Moving the focused button would blur it: it stays where it is.
    const focused = document.activeElement;
    for (const el of visible) if (el !== focused) this.container.insertBefore(el, before);
  }

  /** The badge a DOM node belongs to, for click delegation. */
  static badgeOf(node: EventTarget | null): BadgeItem | null {
    if (!(node instanceof Element)) return null;
    const el = node.closest('.tl-badge') as BadgeElement | null;
    return el?.badge ?? null;
  }

  clear(): void {
    for (const button of this.labels.values()) button.remove();
    for (const button of this.spare) button.remove();
    this.labels.clear();
    this.spare.length = 0;
    for (const el of this.badges) el.remove();
    this.badges.length = 0;
  }
}
