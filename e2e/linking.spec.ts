import { test, expect } from './support/test';
import { titleOf } from './support/builtin';

/** Two-way linking: an event opens its excerpt; an excerpt selects its event. */

test.describe('event ⇄ source', () => {
  test('selecting the treaty in the list marks "19 июня 2024 года" in the source, in view', async ({ dashboard }) => {
    await dashboard.open();
    await dashboard.selectInList(titleOf('treaty-signed'));
    await dashboard.expectSelected('treaty-signed', titleOf('treaty-signed'));
    await expect(dashboard.option(titleOf('treaty-signed'))).toHaveAttribute('aria-selected', 'true');

    const current = dashboard.reader.currentMarks();
    await expect(current.first()).toBeVisible();
    expect(await dashboard.reader.currentText()).toContain('19 июня 2024 года');
    // Only the treaty's evidence is current.
    for (const ids of await current.evaluateAll((marks) => marks.map((m) => m.getAttribute('data-event-ids') ?? ''))) {
      expect(ids.split(' ')).toContain('treaty-signed');
    }
    // The reader opens at the excerpt: the dated mark is on screen, not scrolled away.
    await expect(current.filter({ hasText: '19 июня 2024' })).toBeInViewport();
  });

  test('clicking a timeline label selects its event and opens its excerpt', async ({ dashboard }) => {
    await dashboard.open();
    await dashboard.timeline.waitForDraw();
    await dashboard.timeline.label('liberation-80th').click();
    await dashboard.expectSelected('liberation-80th', titleOf('liberation-80th'));
    const current = dashboard.reader.currentMarks();
    await expect(current.first()).toBeInViewport();
    for (const ids of await current.evaluateAll((marks) => marks.map((m) => m.getAttribute('data-event-ids') ?? ''))) {
      expect(ids.split(' ')).toContain('liberation-80th');
    }
  });

  test('the selected excerpt is current; choosing another excerpt of the event moves it there', async ({ dashboard, page }) => {
    // The anniversary has two excerpts: "…годовщиной освобождения…" and "15 августа в КНДР…".
    await dashboard.open({ event: 'liberation-80th' });
    await dashboard.expectSelected('liberation-80th', titleOf('liberation-80th'));
    expect(await dashboard.reader.currentText()).toContain('годовщиной');
    expect(await dashboard.reader.currentText()).not.toContain('15 августа');

    await dashboard.details.getByRole('button', { name: 'Show in source (excerpt 2)' }).click();
    await expect.poll(() => dashboard.reader.currentText()).toContain('15 августа в КНДР');
    expect(await dashboard.reader.currentText()).not.toContain('годовщиной');
    await expect(dashboard.reader.currentMarks().first()).toBeInViewport();
    // The event stays selected: only which of its excerpts is shown changed.
    await expect(page).toHaveURL(/event=liberation-80th/);
  });

  test('clicking a highlight selects its event', async ({ dashboard }) => {
    await dashboard.open();
    const mark = dashboard.reader.ownMark('putin-praises-kpa').first();
    await expect(mark).toHaveAttribute('role', 'button');
    await mark.click();
    await dashboard.expectSelected('putin-praises-kpa', titleOf('putin-praises-kpa'));
    await expect(dashboard.option(titleOf('putin-praises-kpa'))).toHaveAttribute('aria-selected', 'true');
    await expect(mark).toHaveAttribute('aria-current', 'true');
  });

  test('a highlight is reachable and usable from the keyboard', async ({ dashboard }) => {
    await dashboard.open();
    const mark = dashboard.reader.ownMark('kcna-reports-call').first();
    await mark.focus();
    await expect(mark).toBeFocused();
    await dashboard.press('Enter');
    await dashboard.expectSelected('kcna-reports-call', titleOf('kcna-reports-call'));
  });

  test('a highlight shared by two events asks which one, then selects it', async ({ dashboard }) => {
    await dashboard.open();
    // "…героизм солдат Корейской народной армии" supports both the praise and the Kursk liberation.
    const shared = dashboard.reader.sharedMark('putin-praises-kpa', 'kursk-liberated').first();
    // Scroll to it first, as a reader does: the chooser closes when the text scrolls.
    await shared.scrollIntoViewIfNeeded();
    await expect(shared).toBeInViewport();
    await shared.click();
    const chooser = dashboard.reader.chooser(titleOf('treaty-signed'));
    await expect(chooser).toBeVisible();
    await expect(dashboard.reader.chooserItem(chooser, titleOf('putin-praises-kpa'))).toBeVisible();
    const kursk = dashboard.reader.chooserItem(chooser, titleOf('kursk-liberated'));
    await expect(kursk).toBeVisible();
    // Nothing is chosen for the user.
    await dashboard.expectSelectedInUrl(null);

    await kursk.click();
    await dashboard.expectSelected('kursk-liberated', titleOf('kursk-liberated'));
    await expect(chooser).toBeHidden();
  });
});
