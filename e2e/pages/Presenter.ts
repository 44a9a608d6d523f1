import { expect, type Locator, type Page } from '@playwright/test';

/** Presenter mode (the audience window) and its console, as an audience and a presenter see them. */
export class Presenter {
  readonly root: Locator;
  readonly caption: Locator;
  readonly progress: Locator;
  readonly quote: Locator;
  readonly citation: Locator;
  readonly blank: Locator;
  readonly timeline: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('.present');
    this.caption = page.getByTestId('present-caption');
    this.progress = page.getByTestId('present-progress');
    this.quote = page.getByTestId('excerpt-quote');
    this.citation = page.getByTestId('excerpt-citation');
    this.blank = page.getByTestId('present-blank');
    this.timeline = page.getByRole('application', { name: 'Timeline' });
  }

  async open(params: Record<string, string> = {}): Promise<void> {
    const search = new URLSearchParams({ present: '1', ...params }).toString();
    await this.page.goto(`./?${search}`);
    await this.waitForScene();
  }

  async waitForScene(): Promise<void> {
    await expect(this.progress).toHaveText(/^\d+ \/ \d+$/);
    await expect(this.timeline).toBeVisible();
  }

  /** The scene number in the address bar. */
  sceneInUrl(): string | null {
    return new URL(this.page.url()).searchParams.get('scene');
  }

  async expectScene(n: number, of: number): Promise<void> {
    await expect(this.progress).toHaveText(`${n} / ${of}`);
    await expect.poll(() => this.sceneInUrl(), { message: 'the ?scene= of the URL' }).toBe(String(n));
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** The window the timeline was last asked to show, as [start, end] in UTC ms (null: fit all). */
  async storeWindow(): Promise<[number, number] | null> {
    const raw = await this.root.getAttribute('data-window');
    if (!raw || raw === 'all') return null;
    const [a, b] = raw.split(',').map(Number);
    return [a!, b!];
  }

  /** Starts recording every window the presenter page shows (its data-window attribute). */
  async recordWindows(): Promise<void> {
    await this.page.evaluate(() => {
      const root = document.querySelector('.present')!;
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => seen.push(root.getAttribute('data-window') ?? '')).observe(root, { attributes: true, attributeFilter: ['data-window'] });
    });
  }

  /** The windows recorded since recordWindows(), as "start,end" strings. */
  async recordedWindows(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  }

  async fontSize(locator: Locator): Promise<number> {
    return locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  }

  /** Elements that stick out of the viewport, or that cut off their own content (as short descriptions). */
  async overflow(): Promise<string[]> {
    return this.page.evaluate(() => {
      const out: string[] = [];
      const vw = document.documentElement.clientWidth;
      const vh = document.documentElement.clientHeight;
      if (document.documentElement.scrollHeight > vh + 1) out.push(`page scrolls: ${document.documentElement.scrollHeight} > ${vh}`);
      if (document.documentElement.scrollWidth > vw + 1) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${vw}`);
      for (const el of document.querySelectorAll<HTMLElement>('.present__bar, .present__caption, .present__timeline, .present-card, .present-card > *')) {
        const r = el.getBoundingClientRect();
        if (r.bottom > vh + 0.5 || r.right > vw + 0.5 || r.left < -0.5 || r.top < -0.5) out.push(`${el.className} at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`);
        if (el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).overflow === 'hidden') out.push(`${el.className} cuts its content`);
      }
      return out;
    });
  }
}

export class PresenterConsole {
  readonly next: Locator;
  readonly previous: Locator;
  readonly current: Locator;
  readonly upNext: Locator;
  readonly notes: Locator;
  readonly progress: Locator;
  readonly clock: Locator;
  readonly connection: Locator;

  constructor(readonly page: Page) {
    this.next = page.getByRole('button', { name: 'Next →' });
    this.previous = page.getByRole('button', { name: '← Previous' });
    this.current = page.getByTestId('console-current');
    this.upNext = page.getByTestId('console-next');
    this.notes = page.getByTestId('console-notes');
    this.progress = page.getByTestId('console-progress');
    this.clock = page.getByTestId('console-clock');
    this.connection = page.getByTestId('console-connection');
  }

  async open(): Promise<void> {
    await this.page.goto('./?console=1');
    await expect(this.page.getByRole('heading', { name: 'Presenter console' })).toBeVisible();
  }
}
