import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './support/test';
import { Dashboard } from './pages/Dashboard';
import { TableImport } from './pages/TableImport';
import { BUILTIN_EVENT_COUNT } from './support/builtin';

const fixture = fileURLToPath(new URL('./fixtures/chronology.csv', import.meta.url));

test.describe('getting a chronology in and out as a table', () => {
  // Several dialogs, a worker and (in one) a second browser profile: more than the default 20 s on a busy 2-core machine.
  test.describe.configure({ timeout: 60_000 });

  test('a CSV with a bad date: the preview names the row and its problem, the rest is imported, one Undo takes it back', async ({ dashboard, page }) => {
    await dashboard.open();
    const table = new TableImport(page);
    await table.choose(fixture);
    await expect(table.counts).toHaveText('4 rows: 3 new, 0 update an event with the same id, 1 cannot be imported and will be skipped.');
    await expect(table.problems).toContainText('Line 3 (bad-row), skipped: Date (start): 2025-02 has no day 31');
    await expect(table.root.getByRole('combobox', { name: 'Import column “Notes” as' })).toHaveValue('description');
    await table.confirm();

    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT + 3} events`);
    await dashboard.search.fill('Port strike');
    await expect(dashboard.option('Port strike begins in Hamburg')).toBeVisible({ timeout: 10_000 });
    await dashboard.search.fill('');
    const undo = page.getByRole('button', { name: 'Undo: import 3 rows from “chronology.csv”' });
    await undo.click();
    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT} events`);
  });

  test('export the events as CSV, import the file into a fresh profile: the same events', async ({ dashboard, page, browser }) => {
    await dashboard.open();
    const table = new TableImport(page);
    await table.choose(fixture);
    await table.confirm();
    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT + 3} events`);

    await page.getByRole('button', { name: 'Export…' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Events as CSV' }).click()]);
    const csv = readFileSync(await download.path());
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(download.suggestedFilename()).toMatch(/-events\.csv$/u);

    const fresh = await browser.newContext({ baseURL: new URL(page.url()).origin + new URL(page.url()).pathname.replace(/[^/]*$/u, '') });
    const other = await fresh.newPage();
    const otherDashboard = new Dashboard(other);
    await otherDashboard.open();
    await expect(otherDashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT} events`);
    const otherTable = new TableImport(other);
    await otherTable.choose({ name: 'exported.csv', mimeType: 'text/csv', buffer: csv });
    await expect(otherTable.root.getByRole('combobox', { name: 'Format' })).toHaveValue('sourceline');
    await expect(otherTable.counts).toHaveText(`${BUILTIN_EVENT_COUNT + 3} rows: 3 new, ${BUILTIN_EVENT_COUNT} update an event with the same id.`);
    await otherTable.confirm();
    await expect(otherDashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT + 3} events`);
    for (const title of ['Talks resume', 'Treaty year', 'Port strike begins in Hamburg']) {
      await otherDashboard.search.fill(title);
      await expect(otherDashboard.option(title)).toBeVisible({ timeout: 10_000 });
    }
    await otherDashboard.option('Port strike begins in Hamburg').click();
    await expect(otherDashboard.details).toContainText('Dockworkers walk out');
    await expect(otherDashboard.details).toContainText('Port of Hamburg');
    await fresh.close();
  });

  test('a TimelineJS3 sheet: the preset is recognised and its events reach the timeline', async ({ dashboard, page }) => {
    await dashboard.open();
    const table = new TableImport(page);
    await table.choose(fileURLToPath(new URL('./fixtures/timelinejs-sheet.csv', import.meta.url)));
    await expect(table.root.getByRole('combobox', { name: 'Format' })).toHaveValue('timelinejs');
    await expect(table.counts).toHaveText('6 rows: 6 new, 0 update an event with the same id.');
    await table.confirm();
    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT + 6} events`);
    await dashboard.search.fill('Liberation of Korea');
    await dashboard.option('Liberation of Korea').click();
    await expect(dashboard.details).toContainText('15 Aug 1945');
  });

  test('Web Annotations: an excerpt whose text moved is found again by its words and added to the event it names, one Undo', async ({ dashboard, page }) => {
    const builtin = JSON.parse(readFileSync(new URL('../public/data/builtin.json', import.meta.url), 'utf8')) as {
      events: { id: string; evidence: { quote: string }[] }[];
    };
    const quote = builtin.events.find((e) => e.id === 'treaty-signed')!.evidence[0]!.quote;
    const annotations = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      first: {
        type: 'AnnotationPage',
        items: [
          {
            type: 'Annotation',
            body: [{ type: 'TextualBody', value: 'phone-call', purpose: 'identifying' }],
            // Positions from an older copy of the text: they no longer hold.
            target: { source: 'urn:sha256:0000', selector: [{ type: 'TextQuoteSelector', exact: quote }, { type: 'TextPositionSelector', start: 3, end: 3 + [...quote].length }] },
          },
        ],
      },
    };
    await dashboard.open({ event: 'phone-call' });
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await expect(dialog).toBeVisible({ timeout: 15_000 });
    await dialog.getByLabel('Choose a file to import').setInputFiles({ name: 'notes.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(JSON.stringify(annotations)) });
    await expect(dialog.getByTestId('annotation-counts')).toHaveText('1 excerpt for 1 event (1 found again by their words: the text had moved).', { timeout: 15_000 });
    await dialog.getByRole('button', { name: 'Add 1 excerpt' }).click();
    await expect(dialog).toBeHidden({ timeout: 15_000 });
    await expect(dashboard.details).toContainText(quote.slice(0, 30));
    await page.getByRole('button', { name: 'Undo: import 1 excerpt from “notes.jsonld”' }).click();
    await expect(dashboard.details).not.toContainText(quote.slice(0, 30));
  });

  test('TimelineJS3 JSON: export the built-in chronology, bring it into a fresh profile, the events are there with their dates', async ({ dashboard, page, browser }) => {
    await dashboard.open();
    await page.getByRole('button', { name: 'Export…' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'TimelineJS3 JSON' }).click()]);
    const file = readFileSync(await download.path());
    const timeline = JSON.parse(file.toString('utf8')) as { events: { text: { headline: string } }[] };
    expect(timeline.events).toHaveLength(BUILTIN_EVENT_COUNT);

    const fresh = await browser.newContext({ baseURL: new URL(page.url()).origin + new URL(page.url()).pathname.replace(/[^/]*$/u, '') });
    const other = await fresh.newPage();
    const otherDashboard = new Dashboard(other);
    await otherDashboard.open();
    const table = new TableImport(other);
    await table.choose({ name: 'timeline.json', mimeType: 'application/json', buffer: file });
    // Its unique_ids are the events' ids: every row updates the event it came from, none is duplicated.
    await expect(table.counts).toHaveText(`${BUILTIN_EVENT_COUNT} rows: 0 new, ${BUILTIN_EVENT_COUNT} update an event with the same id.`);
    await table.confirm();
    await expect(otherDashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT} events`);
    await otherDashboard.search.fill('Russia and the DPRK sign');
    await otherDashboard.option('Russia and the DPRK sign the Treaty on Comprehensive Strategic Partnership').click();
    await expect(otherDashboard.details).toContainText('19 Jun 2024');
    await fresh.close();
  });

  test('Cancel while a 300,000-row table is being read: back to choosing a file, nothing imported', async ({ dashboard, page }) => {
    await dashboard.open();
    const rows = ['id,title,date'];
    // Large enough that reading takes seconds even on a quiet machine.
    for (let i = 0; i < 300_000; i++) rows.push(`row-${i},Event number ${i},${1900 + (i % 120)}-0${1 + (i % 9)}-1${i % 10}`);
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await dialog.getByLabel('Choose a file to import').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) }, { timeout: 20_000 });
    await expect(dialog.getByRole('heading', { name: 'Reading “big.csv”…' })).toBeVisible({ timeout: 15_000 });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog.getByLabel('Choose a file to import')).toBeAttached();
    await expect(dialog.getByRole('heading', { name: /^Map the columns/u })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT} events`);
  });
});
