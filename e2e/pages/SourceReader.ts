import type { Locator, Page } from '@playwright/test';

/** The reader: the source text with <mark data-event-ids="…"> highlights. */
export class SourceReader {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('article[aria-label="Source text"]');
  }

  /** Highlights that are evidence for this event (alone or shared with others). */
  marksFor(eventId: string): Locator {
    return this.root.locator(`mark[data-event-ids~="${eventId}"]`);
  }

  /** Highlights that are evidence for exactly this event and no other. */
  ownMark(eventId: string): Locator {
    return this.root.locator(`mark[data-event-ids="${eventId}"]`);
  }

  /** Highlights shared by exactly these events, in either order. */
  sharedMark(a: string, b: string): Locator {
    return this.root.locator(`mark[data-event-ids="${a} ${b}"], mark[data-event-ids="${b} ${a}"]`);
  }

  /** The selected event's evidence. */
  currentMarks(): Locator {
    return this.root.locator('mark[aria-current="true"]');
  }

  /** All the text of the selected event's highlights, joined. */
  async currentText(): Promise<string> {
    return (await this.currentMarks().allTextContents()).join(' ');
  }

  /**
   * The chooser a shared highlight opens: a menu, or a listbox that is not the event list
   * (the event list holds every event; the chooser only the ones sharing the highlight).
   */
  chooser(notIn: string): Locator {
    return this.page
      .getByRole('menu')
      .or(this.page.getByRole('listbox').filter({ hasNot: this.page.getByRole('option', { name: notIn }) }));
  }

  chooserItem(chooser: Locator, name: string): Locator {
    return chooser.getByRole('menuitem', { name }).or(chooser.getByRole('option', { name })).or(chooser.getByRole('menuitemradio', { name }));
  }
}
