import { test, expect } from './support/test';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { BUILTIN_EVENT_COUNT } from './support/builtin';
import type { Dashboard } from './pages/Dashboard';
import { ImportDialog } from './pages/ImportDialog';
import { ReviewPanel } from './pages/ReviewPanel';

const seed = readFileSync(new URL('../scripts/seed/000_8816d55d54cfc59c.txt', import.meta.url), 'utf8');

/**
 * An analyst corrects the built-in chronology: edits kept over the dataset (never in it),
 * reverted per event, and every change undone and redone from the toolbar or Ctrl+Z.
 */
test.describe('editing and undo', () => {
  test('edit a built-in event’s date and note → reload → still edited → revert to the original', async ({ dashboard, page }) => {
    test.setTimeout(45_000);
    await dashboard.open({ event: 'treaty-signed' });
    // The profile name goes on every edit.
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Your name').fill('Ana Analyst');
    await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Save' }).click();
    await dashboard.details.getByRole('button', { name: 'Edit', exact: true }).click();
    const when = dashboard.details.getByLabel('Date (EDTF)');
    await when.fill('2024-06');
    await expect(dashboard.details.getByText('Jun 2024 — known to the month')).toBeVisible();
    await dashboard.details.getByLabel(/^Note/u).fill('Check the signing day against the Kremlin site');
    await dashboard.details.getByRole('button', { name: 'Save' }).click();
    await expect(dashboard.details.getByText('Check the signing day against the Kremlin site')).toBeVisible();
    await expect(dashboard.details.getByText(/^Edited .* by Ana Analyst$/u)).toBeVisible();

    await page.reload();
    await dashboard.waitForData();
    await expect(dashboard.detailsTitle).toHaveText('Russia and the DPRK sign the Treaty on Comprehensive Strategic Partnership');
    await expect(dashboard.details.locator('.details__edtf')).toContainText('2024-06');

    await dashboard.details.getByRole('button', { name: 'Revert to original' }).click();
    await expect(dashboard.details.locator('.details__edtf')).toContainText('2024-06-19');
    await expect(dashboard.details.getByText(/^Edited /u)).toHaveCount(0);
  });

  test('delete an event → Ctrl+Z brings it back → Redo deletes it again', async ({ dashboard, page }) => {
    await dashboard.open({ event: 'kcna-reports-call' });
    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT} events`);
    await dashboard.details.getByRole('button', { name: 'Delete' }).click();
    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT - 1} events`);
    const undo = page.getByRole('button', { name: 'Undo: delete “KCNA reports the call”' });
    await expect(undo).toBeEnabled();

    await page.locator('body').press('Control+z');
    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT} events`);
    await expect(page.getByRole('status').filter({ hasText: 'Undone: delete “KCNA reports the call”' })).toBeVisible();

    await page.getByRole('button', { name: 'Redo: delete “KCNA reports the call”' }).click();
    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT - 1} events`);
    await page.reload();
    await dashboard.waitForData();
    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT - 1} events`);
    await page.getByRole('button', { name: 'Undo: delete “KCNA reports the call”' }).click();
    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT} events`);
  });
});

/** Selects `phrase` in the reader's text as a user would with the mouse (a DOM range over its text nodes). */
async function selectInReader(page: Page, phrase: string): Promise<void> {
  await page.evaluate((wanted) => {
    const root = document.querySelector('article.reader__text')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const whole = nodes.map((n) => n.data).join('');
    const at = whole.indexOf(wanted);
    if (at < 0) throw new Error(`"${wanted}" is not in the reader`);
    const locate = (offset: number): [Text, number] => {
      for (const n of nodes) {
        if (offset <= n.data.length) return [n, offset];
        offset -= n.data.length;
      }
      throw new Error('offset past the text');
    };
    const range = document.createRange();
    range.setStart(...locate(at));
    range.setEnd(...locate(at + wanted.length));
    const sel = document.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
  }, phrase);
}

test.describe('events from a selection', () => {
  test('select words in the built-in article → n → the date is proposed → Create → on the timeline with that excerpt; Ctrl+Z removes it', async ({ dashboard, page }) => {
    await dashboard.open();
    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT} events`);
    const phrase = 'заверил президента России Владимира Путина в поддержке';
    await selectInReader(page, phrase);
    await expect(page.getByRole('button', { name: /New event from selection/u })).toBeVisible();
    await page.locator('body').press('n');
    const form = page.getByRole('form', { name: 'New event from selection' });
    await expect(form).toBeVisible();
    await expect(form.locator('blockquote')).toHaveText(phrase);
    const when = form.getByLabel('Date (EDTF)');
    await expect(form.getByText(/No date in these words|known to/u)).toBeVisible();
    await when.fill('2025-08-12');
    await expect(form.getByText('12 Aug 2025 — known to the day')).toBeVisible();
    await form.getByLabel('Title').fill('Kim assures Putin of support (by hand)');
    await form.getByRole('button', { name: 'Create event' }).click();

    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT + 1} events`);
    await expect(dashboard.detailsTitle).toHaveText('Kim assures Putin of support (by hand)');
    await expect(dashboard.details.getByText(phrase)).toBeVisible();
    await expect(page.locator('article.reader__text mark[aria-current]')).toContainText(phrase);

    await page.locator('body').press('Control+z');
    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT} events`);
  });

  test('v adds the selection as evidence to the selected built-in event', async ({ dashboard, page }) => {
    await dashboard.open({ event: 'phone-call' });
    const before = await dashboard.details.locator('.evidence-list > li').count();
    await selectInReader(page, 'Центральное телеграфное агентство Кореи');
    await page.locator('body').press('v');
    await expect(page.getByRole('status').filter({ hasText: 'Added to “Putin and Kim Jong Un speak by phone”.' })).toBeVisible();
    await expect(dashboard.details.locator('.evidence-list > li')).toHaveCount(before + 1);
  });
});

/** Imports the built-in article's text as a new source; the review list then has focus. */
async function importBuiltinArticle(dashboard: Dashboard, page: Page): Promise<void> {
  await dashboard.open();
  await dashboard.press('i');
  const dialog = new ImportDialog(page);
  await dialog.paste(seed);
  await dialog.extract();
}

test.describe('review with the keyboard only', () => {
  test('import → e edits a candidate → Enter saves → the list has focus again → r and a work at once', async ({ dashboard, page }) => {
    test.setTimeout(45_000);
    await importBuiltinArticle(dashboard, page);
    const review = new ReviewPanel(page);
    await expect(review.list).toBeFocused();
    // The details pane shows the focused candidate: its date in words, which rule found it, its date words marked.
    await expect(dashboard.details.locator('.details--candidate')).toBeVisible();
    await expect(dashboard.details.getByText('Found as')).toBeVisible();
    // A candidate found in a sentence (the first may be an anniversary's original, whose excerpt is the date words alone).
    await page.keyboard.press('ArrowDown');
    await expect(dashboard.details.locator('.candidate__phrase')).not.toBeEmpty();
    await expect(page.locator('mark[data-date-phrase="true"]').first()).toBeVisible();
    await page.keyboard.press('ArrowUp');

    await page.keyboard.press('e');
    const edit = page.getByRole('form', { name: /^Edit/u });
    const when = edit.getByLabel('Date (EDTF)');
    await expect(when).toBeFocused();
    await when.fill('2025-08');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: /^Saved and accepted/u })).toBeVisible();
    await expect(review.list).toBeFocused();
    const selected = review.list.getByRole('option', { selected: true });
    const next = await selected.getAttribute('id');
    await page.keyboard.press('r');
    await expect(review.list.locator(`[id="${next}"]`)).toContainText('Rejected');
    await expect(review.list).toBeFocused();
    await page.keyboard.press('a');
    await expect(page.getByRole('status').filter({ hasText: /^Accepted/u })).toBeVisible();
  });
});

test.describe('sources', () => {
  test('rename an imported source; remove it → the confirmation counts what goes → its events are gone → Ctrl+Z brings them back', async ({ dashboard, page }) => {
    test.setTimeout(45_000);
    await importBuiltinArticle(dashboard, page);
    const review = new ReviewPanel(page);
    await expect(review.list).toBeFocused();
    await page.keyboard.press('a');
    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT + 1} events`);

    await page.getByRole('tab', { name: /^Sources/u }).click();
    const panel = page.getByRole('list', { name: 'Imported sources' });
    await panel.getByRole('button', { name: 'Rename or correct…' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Kim–Putin call (RIA)');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(panel).toContainText('Kim–Putin call (RIA)');

    await panel.getByRole('button', { name: 'Remove…' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Remove “Kim–Putin call (RIA)”?' });
    await expect(confirm).toContainText('1 event and');
    await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT} events`);
    await expect(panel).toHaveCount(0);

    await page.locator('body').press('Control+z');
    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT + 1} events`);
    await expect(page.getByRole('list', { name: 'Imported sources' })).toContainText('Kim–Putin call (RIA)');
  });
});

test.describe('actors', () => {
  test('rename a built-in actor from the details; merge one into another → its lane goes → Ctrl+Z brings it back', async ({ dashboard, page }) => {
    test.setTimeout(45_000);
    await dashboard.open({ event: 'phone-call' });
    const lanes = page.locator('.tl__lane-name');
    await dashboard.details.getByRole('button', { name: 'Kim Jong Un', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Actor: Kim Jong Un' });
    await expect(dialog.getByLabel('Name', { exact: true })).toBeFocused();
    await dialog.getByLabel('Name', { exact: true }).fill('Ким Чен Ын');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(lanes.filter({ hasText: 'Ким Чен Ын' })).toBeVisible();

    await dashboard.open({ event: 'kremlin-reports-call' });
    const before = await lanes.count();
    await dashboard.details.getByRole('button', { name: /^Kremlin press/u }).click();
    const merge = page.getByRole('dialog', { name: /^Actor: Kremlin press/u });
    await merge.getByLabel(/^Merge .* into$/u).selectOption({ label: 'Russia' });
    await expect(merge.getByText(/will name “Russia”/u)).toBeVisible();
    await merge.getByRole('button', { name: 'Merge' }).click();
    await expect(lanes).toHaveCount(before - 1);
    await page.locator('body').press('Control+z');
    await expect(lanes).toHaveCount(before);
  });

  test('create a new actor from the actor field while reviewing → its lane appears on the timeline', async ({ dashboard, page }) => {
    test.setTimeout(45_000);
    await importBuiltinArticle(dashboard, page);
    const review = new ReviewPanel(page);
    await expect(review.list).toBeFocused();
    await page.keyboard.press('e');
    const edit = page.getByRole('form', { name: /^Edit/u });
    await edit.getByLabel(/^New actor/u).fill('Порт Гамбурга / Port of Hamburg');
    await edit.getByRole('button', { name: 'Create' }).click();
    await expect(edit.getByRole('list', { name: 'Actors' })).toContainText('Порт Гамбурга');
    await edit.getByRole('button', { name: 'Save and accept' }).click();
    await expect(page.locator('.tl__lane-name', { hasText: 'Порт Гамбурга' })).toBeVisible();
  });
});

test.describe('two tabs', () => {
  test('tab B edits a candidate that tab A rejects meanwhile: B’s save is a conflict, A’s decision stands', async ({ dashboard, page, context }) => {
    test.setTimeout(60_000);
    await importBuiltinArticle(dashboard, page);
    const reviewA = new ReviewPanel(page);
    await expect(reviewA.list).toBeFocused();
    const options = await reviewA.list.getByRole('option').evaluateAll((els) => els.map((el) => el.getAttribute('aria-selected')));
    const at = options.indexOf('true');
    const first = await reviewA.list.getByRole('option').nth(at).locator('.candidate__title').textContent();

    const tabB = await context.newPage();
    await tabB.goto(page.url());
    const reviewB = new ReviewPanel(tabB);
    await reviewB.tab.click();
    await reviewB.list.getByRole('option').nth(at).click();
    await expect(reviewB.list.getByRole('option').nth(at)).toHaveAttribute('aria-selected', 'true');
    await expect(reviewB.list).toBeFocused();
    await tabB.keyboard.press('e');
    const edit = tabB.getByRole('form', { name: /^Edit/u });
    await edit.getByLabel('Title').fill('Edited in tab B');

    await page.keyboard.press('r');
    await expect(reviewA.list.getByRole('option').nth(at)).toContainText('Rejected');
    // Tab B's list re-reads the candidate meanwhile; its form still carries the revision it was opened on.
    await expect(reviewB.list).toHaveCount(0);
    await edit.getByRole('button', { name: 'Save and accept' }).click();
    const conflict = edit.getByRole('alert');
    await expect(conflict).toContainText('changed in another tab');
    // Both versions, where they differ.
    await expect(conflict.getByRole('row', { name: /Title/u })).toContainText('Edited in tab B');
    await expect(conflict.getByRole('row', { name: /Review/u })).toContainText(/Accepted.*Rejected/u);
    await page.reload();
    await dashboard.waitForData();
    await new ReviewPanel(page).tab.click();
    await expect(new ReviewPanel(page).list.getByRole('option').nth(at)).toContainText('Rejected');
    expect(first).toBeTruthy();
  });

  test('two tabs edit the same built-in event: the second save shows both versions, saving again overwrites knowingly', async ({ dashboard, page, context }) => {
    test.setTimeout(60_000);
    await dashboard.open({ event: 'treaty-signed' });
    const tabB = await context.newPage();
    await tabB.goto(page.url());
    const detailsB = tabB.getByRole('region', { name: 'Event details', exact: true });
    await detailsB.getByRole('button', { name: 'Edit', exact: true }).click();
    await detailsB.getByLabel('Title').fill('Treaty signed in Pyongyang');

    await dashboard.details.getByRole('button', { name: 'Edit', exact: true }).click();
    await dashboard.details.getByLabel('Date (EDTF)').fill('2024-06');
    await dashboard.details.getByRole('button', { name: 'Save' }).click();
    await expect(dashboard.details.locator('.details__edtf')).toContainText('2024-06');

    await detailsB.getByRole('button', { name: 'Save' }).click();
    const conflict = detailsB.getByRole('alert');
    await expect(conflict).toContainText('changed in another tab');
    await expect(conflict.getByRole('row', { name: /Date/u })).toContainText(/19 Jun 2024.*Jun 2024/u);
    await expect(conflict.getByRole('row', { name: /Title/u })).toContainText('Treaty signed in Pyongyang');
    await detailsB.getByRole('button', { name: 'Save' }).click();
    await expect(tabB.locator('.details__title')).toHaveText('Treaty signed in Pyongyang');
    await tabB.close();
  });
});

test.describe('disagreeing sources', () => {
  test('the details count the sources and their dates; Use 13 Aug makes it the date, the others stay noted; Ctrl+Z; an excerpt removed and back', async ({ dashboard, page }) => {
    const url = await dashboard.serveDataset('disagreeing-sources.json');
    await dashboard.open({ data: url, event: 'call' });
    await expect(dashboard.details.getByText('3 sources disagree on the date: 2 sources: 12 Aug 2025 · 1 source: 13 Aug 2025')).toBeVisible();
    await expect(dashboard.details.getByText('This source dates it 13 Aug 2025')).toBeVisible();
    await expect(dashboard.eventList.getByText('3 sources disagree on the date')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Putin and Kim speak by phone, 12 Aug 2025, 3 sources disagree on the date' })).toBeAttached();
    await dashboard.details.getByRole('button', { name: 'Use 13 Aug 2025 (1 source)' }).click();
    await expect(dashboard.details.locator('.details__edtf')).toContainText('2025-08-13');
    await expect(dashboard.details.getByText('3 sources disagree on the date: 2 sources: 12 Aug 2025 · 1 source: 13 Aug 2025')).toBeVisible();
    await expect(dashboard.details.getByText('This source dates it 12 Aug 2025')).toHaveCount(2);
    await page.locator('body').press('Control+z');
    await expect(dashboard.details.locator('.details__edtf')).toContainText('2025-08-12');

    const excerpts = dashboard.details.locator('.evidence-list > li');
    await expect(excerpts).toHaveCount(3);
    await dashboard.details.getByRole('button', { name: 'Remove this excerpt from the event (excerpt 2)' }).click();
    await expect(excerpts).toHaveCount(2);
    await expect(dashboard.details.getByText('2 sources support this event')).toBeVisible();
    await page.locator('body').press('Control+z');
    await expect(excerpts).toHaveCount(3);
  });
});
