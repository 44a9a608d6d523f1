import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './support/test';
import { BUILTIN_EVENT_COUNT } from './support/builtin';
import { ImportDialog } from './pages/ImportDialog';
import { ReviewPanel } from './pages/ReviewPanel';

/**
 * An analyst brings in an article, reviews what the extractor proposes, and finds the
 * accepted events on the timeline — and again after a reload (IndexedDB lasts within the
 * browser context; every test starts with an empty one).
 */

const seed = readFileSync(new URL('../scripts/seed/000_8816d55d54cfc59c.txt', import.meta.url), 'utf8');
const articleHtml = fileURLToPath(new URL('./fixtures/article.html', import.meta.url));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe('importing and reviewing', () => {
  test('paste the built-in article → accept the treaty, the call and the anniversary → on the timeline, and still there after a reload', async ({ dashboard, page }) => {
    test.setTimeout(45_000);
    await dashboard.open();
    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT} events`);

    // The shortcut opens the dialog as the button does.
    await dashboard.press('i');
    const dialog = new ImportDialog(page);
    await expect(dialog.root).toBeVisible();
    await expect(dialog.pasteField).toBeFocused();
    await dialog.paste(seed);

    // What was read from the scraped page: the title next to the article's own dateline, Moscow time assumed.
    await expect(dialog.title).toHaveValue('Ким Чен Ын в телефонном разговоре заверил Путина в поддержке России');
    await expect(dialog.date).toHaveValue('2025-08-13');
    await expect(dialog.time).toHaveValue('10:15');
    await expect(dialog.zone).toHaveValue('Europe/Moscow');
    await expect(dialog.root.getByText('assumed', { exact: true })).toBeVisible();
    await expect(dialog.language).toHaveValue('ru');
    await dialog.extract();

    const review = new ReviewPanel(page);
    await expect(review.tab).toHaveAttribute('aria-selected', 'true');
    await expect(review.list).toBeFocused();
    const wanted = ['19 Jun 2024', '12 Aug 2025', '15 Aug 2025'];
    const titles: string[] = [];
    for (const when of wanted) {
      await expect(review.candidate(when), `a candidate dated ${when}`).toHaveCount(1);
      titles.push(await review.titleOf(when));
    }
    // "во вторник" in an article of Wednesday 13 August is the 12th, not next week.
    await expect(review.candidate('12 Aug 2025')).toContainText('Кремля');
    // Unreviewed candidates are underlined in the reader, apart from the curated excerpts.
    await expect(dashboard.reader.root.locator('mark.excerpt--candidate').first()).toBeVisible();

    for (const when of wanted) {
      await review.decide(when, 'a');
      await expect(review.candidate(when)).toContainText('Accepted');
    }
    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT + wanted.length} events`);

    const expectOnTimeline = async () => {
      await review.eventsTab.click();
      for (const [i, title] of titles.entries()) {
        await dashboard.selectInList(title);
        await expect(dashboard.detailsTitle).toHaveText(title);
        const label = dashboard.timeline.labels().filter({ hasText: title.slice(0, 20) }).first();
        await expect(label).toBeVisible();
        await expect(label).toHaveAccessibleName(new RegExp(`^${escape(title)}, ${wanted[i]}$`));
      }
    };
    await expectOnTimeline();

    await page.reload();
    await dashboard.waitForData();
    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT + wanted.length} events`);
    await expectOnTimeline();
  });

  test('an HTML page: its title and publication time are read from the page', async ({ dashboard, page }) => {
    await dashboard.open();
    const dialog = new ImportDialog(page);
    await dialog.open();
    await dialog.chooseFile(articleHtml);
    await expect(dialog.title).toHaveValue('Harbour bridge reopens after two-year repair');
    await expect(dialog.date).toHaveValue('2025-03-04');
    await expect(dialog.time).toHaveValue('09:30');
    await expect(dialog.zone).toHaveValue('UTC');
    await expect(dialog.language).toHaveValue('en');
    await dialog.extract();

    const review = new ReviewPanel(page);
    // "on Monday" in an article of Tuesday 4 March 2025; the ceremony on 21 March.
    await expect(review.candidate('3 Mar 2025')).toHaveCount(1);
    await expect(review.candidate('21 Mar 2025')).toHaveCount(1);
    await expect(dashboard.reader.root).toContainText('The harbour bridge reopened to traffic on Monday');
    // The page's script never ran.
    expect(await page.evaluate(() => (window as { __ran?: boolean }).__ran)).toBeUndefined();
  });

  test('a broken file (binary, empty) gets a clear message and changes nothing', async ({ dashboard, page }) => {
    await dashboard.open();
    const dialog = new ImportDialog(page);
    await dialog.open();

    await dialog.chooseFile({ name: 'scan.txt', mimeType: 'text/plain', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]) });
    await expect(dialog.alert).toContainText('Nothing was imported');
    await expect(dialog.alert).toContainText(/"scan.txt" (looks like a binary file|is not valid UTF-8 text)/);

    await dialog.chooseFile({ name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.alloc(0) });
    await expect(dialog.alert).toContainText('"notes.md" is empty.');

    await dialog.paste('   \n  ');
    await expect(dialog.alert).toContainText('There is no text to import.');

    await dialog.close();
    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT} events`);
    await expect(new ReviewPanel(page).tab).toHaveCount(0);
  });

  test('without IndexedDB the dataset still works, with a notice', async ({ dashboard, page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    await dashboard.open();
    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT} events`);
    await expect(dashboard.alerts.filter({ hasText: 'Imports cannot be kept in this window' })).toBeVisible();
    await dashboard.expectListSize(BUILTIN_EVENT_COUNT);
  });
});
