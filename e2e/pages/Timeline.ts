import { expect, type Locator, type Page } from '@playwright/test';

/** The canvas timeline: role application "Timeline"; its visible labels are buttons. */
export class Timeline {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('application', { name: 'Timeline', exact: true });
  }

  /** The DOM label of an event drawn on the canvas (present only while it is visible). */
  label(eventId: string): Locator {
    return this.root.locator(`button[data-event-id="${eventId}"]`);
  }

  labels(): Locator {
    return this.root.locator('button[data-event-id]');
  }

  /** Waits until the canvas has been drawn at least once and returns how many events the last draw drew. */
  async waitForDraw(): Promise<number> {
    await expect(this.root).toHaveAttribute('data-drawn-events', /^\d+$/);
    return Number(await this.root.getAttribute('data-drawn-events'));
  }

  /** Whether the app marked its first draw for the benchmark. */
  firstDrawMarked(): Promise<boolean> {
    return this.page.evaluate(() => performance.getEntriesByName('sourceline:first-draw', 'mark').length > 0);
  }
}
