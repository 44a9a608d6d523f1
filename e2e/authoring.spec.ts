import { test, expect } from './support/test';
import { BUILTIN_EVENT_COUNT } from './support/builtin';

/**
 * An analyst corrects the built-in chronology: edits kept over the dataset (never in it),
 * reverted per event, and every change undone and redone from the toolbar or Ctrl+Z.
 */
test.describe('editing and undo', () => {
  test('edit a built-in event’s date and note → reload → still edited → revert to the original', async ({ dashboard, page }) => {
    await dashboard.open({ event: 'treaty-signed' });
    await dashboard.details.getByRole('button', { name: 'Edit', exact: true }).click();
    const when = dashboard.details.getByLabel('Date (EDTF)');
    await when.fill('2024-06');
    await expect(dashboard.details.getByText('Jun 2024 — known to the month')).toBeVisible();
    await dashboard.details.getByLabel(/^Note/u).fill('Check the signing day against the Kremlin site');
    await dashboard.details.getByRole('button', { name: 'Save' }).click();
    await expect(dashboard.details.getByText('Check the signing day against the Kremlin site')).toBeVisible();
    await expect(dashboard.details.getByText(/^Edited /u)).toBeVisible();

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
