import { expect, type Locator, type Page } from '@playwright/test';

/** The review tab of the explore pane: an import's candidates, decided by key or button. */
export class ReviewPanel {
  readonly tab: Locator;
  readonly eventsTab: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: /^Review/ });
    this.eventsTab = page.getByRole('tab', { name: 'Events' });
    this.list = page.getByRole('listbox', { name: 'Candidates' });
  }

  /** The candidate whose date reads `when` ("12 Aug 2025"). */
  candidate(when: string): Locator {
    return this.list.getByRole('option').filter({ has: this.page.locator('.candidate__when', { hasText: new RegExp(`^${when}$`) }) });
  }

  async titleOf(when: string): Promise<string> {
    return (await this.candidate(when).locator('.candidate__title').textContent()) ?? '';
  }

  /** Selects a candidate and decides it with its key (a, r…), as an analyst does. */
  async decide(when: string, key: 'a' | 'r' | 'e' | 'm'): Promise<void> {
    await this.candidate(when).click();
    await expect(this.candidate(when)).toHaveAttribute('aria-selected', 'true');
    await expect(this.list).toBeFocused();
    await this.page.keyboard.press(key);
  }
}
