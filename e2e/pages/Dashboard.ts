import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';
import { SourceReader } from './SourceReader';
import { Timeline } from './Timeline';

/** Where the journeys serve their own datasets from (see serveDataset). */
const FIXTURE_PREFIX = 'e2e-fixtures/';

/** The analyst's dashboard: toolbar, timeline, event list, details and the source reader. */
export class Dashboard {
  readonly timeline: Timeline;
  readonly reader: SourceReader;
  readonly search: Locator;
  readonly count: Locator;
  readonly eventList: Locator;
  readonly details: Locator;
  readonly detailsTitle: Locator;
  readonly helpDialog: Locator;
  readonly alerts: Locator;
  readonly themeSelect: Locator;

  constructor(readonly page: Page) {
    this.timeline = new Timeline(page);
    this.reader = new SourceReader(page);
    this.search = page.getByRole('searchbox', { name: 'Search events and excerpts' });
    this.count = page.getByTestId('event-count');
    this.eventList = page.getByRole('listbox', { name: 'Events', exact: true });
    this.details = page.getByRole('region', { name: 'Event details', exact: true });
    this.detailsTitle = this.details.getByRole('heading', { level: 2 });
    this.helpDialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    this.alerts = page.getByRole('alert');
    this.themeSelect = page.getByRole('combobox', { name: 'Theme' });
  }

  /** Opens the app with these URL parameters and waits for the dataset to be shown. */
  async open(params: Record<string, string> = {}): Promise<void> {
    await this.goto(params);
    await this.waitForData();
  }

  /** Opens the app without waiting for anything (for datasets that fail to load). */
  async goto(params: Record<string, string> = {}): Promise<void> {
    const search = new URLSearchParams(params).toString();
    await this.page.goto(search ? `./?${search}` : './');
  }

  /** Opens the filter facets (folded away by default on a 720 px high window). */
  async openFilters(): Promise<void> {
    const filters = this.page.locator('details.filters');
    if (!(await filters.evaluate((d) => (d as HTMLDetailsElement).open))) {
      await filters.getByText('Filters', { exact: true }).click();
    }
    await expect(this.page.getByRole('group', { name: 'Kind' })).toBeVisible();
  }

  async waitForData(): Promise<void> {
    await expect(this.count).toHaveText(/\d+ events?$/);
  }

  /** Serves e2e/fixtures/<name> (or an HTTP error) at e2e-fixtures/<name>, and returns the address to pass as ?data=. */
  async serveDataset(name: string, response: { status: number } | 'file' = 'file'): Promise<string> {
    await this.page.route(`**/${FIXTURE_PREFIX}${name}`, (route) =>
      response === 'file'
        ? route.fulfill({ path: fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), contentType: 'application/json' })
        : route.fulfill({ status: response.status, contentType: 'text/plain', body: 'Not Found' }),
    );
    return `${FIXTURE_PREFIX}${name}`;
  }

  param(name: string): string | null {
    return new URL(this.page.url()).searchParams.get(name);
  }

  /** The selected event as the address bar has it. */
  selectedId(): string | null {
    return this.param('event');
  }

  async expectSelectedInUrl(id: string | null): Promise<void> {
    await expect.poll(() => this.selectedId(), { message: 'the ?event= of the URL' }).toBe(id);
  }

  /** The selection everywhere it shows: the URL and the details panel's heading. */
  async expectSelected(id: string, title: string): Promise<void> {
    await this.expectSelectedInUrl(id);
    await expect(this.detailsTitle).toHaveText(title);
  }

  /** The list's row for an event, if it is rendered (the list only renders the rows in view). */
  option(title: string): Locator {
    return this.eventList.getByRole('option', { name: title });
  }

  /** Scrolls the list until the event's row is rendered and visible, and returns it. */
  async revealOption(title: string): Promise<Locator> {
    const option = this.option(title);
    await expect(async () => {
      if ((await option.count()) === 0) {
        await this.eventList.evaluate((list) => {
          const atEnd = list.scrollTop + list.clientHeight >= list.scrollHeight - 1;
          list.scrollTop = atEnd ? 0 : list.scrollTop + list.clientHeight / 2;
        });
      }
      await expect(option).toBeVisible({ timeout: 250 });
    }, `the list has a row for "${title}"`).toPass({ timeout: 5_000 });
    await option.scrollIntoViewIfNeeded();
    return option;
  }

  /**
   * How many events the list holds. Its rows are virtualised, so this is the
   * aria-setsize the rows announce (or the rows present, if they announce none).
   */
  async listSize(): Promise<number> {
    if ((await this.eventList.count()) === 0) return 0;
    return this.eventList.evaluate((list) => {
      const options = list.querySelectorAll('[role="option"]');
      const size = options[0]?.getAttribute('aria-setsize');
      return size ? Number(size) : options.length;
    });
  }

  async expectListSize(n: number): Promise<void> {
    await expect.poll(() => this.listSize(), { message: 'events in the list' }).toBe(n);
  }

  async selectInList(title: string): Promise<void> {
    await (await this.revealOption(title)).click();
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }

  /** A key press on the page itself, as a user does with nothing focused. */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** The visible window from the URL, in ms since the epoch, or null when the view fits all. */
  windowFromUrl(): { start: number; end: number } | null {
    const from = this.param('from');
    const to = this.param('to');
    if (from === null || to === null) return null;
    const parse = (s: string) => Date.parse(s.includes('T') ? (s.endsWith('Z') ? s : `${s}Z`) : `${s}T00:00Z`);
    return { start: parse(from), end: parse(to) };
  }
}
