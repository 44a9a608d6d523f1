import { test, expect } from './support/test';
import { BUILTIN_EVENT_COUNT, titleOf } from './support/builtin';
import type { Dashboard } from './pages/Dashboard';

/** A shared link opens the same view; reload keeps it; back/forward walk earlier selections. */

const DEEP_LINK = { event: 'treaty-signed', from: '2024-06-01', to: '2024-07-01', q: 'договор' };
const HOUR = 3_600_000;

async function expectTreatyView(dashboard: Dashboard): Promise<void> {
  await dashboard.expectSelected('treaty-signed', titleOf('treaty-signed'));
  await expect(dashboard.search).toHaveValue('договор');
  await expect(dashboard.count).toHaveText(`2 of ${BUILTIN_EVENT_COUNT} events`);
  await dashboard.expectListSize(2);
  await expect(dashboard.option(titleOf('treaty-signed'))).toHaveAttribute('aria-selected', 'true');
  await expect(dashboard.reader.currentMarks().first()).toBeVisible();
  expect(await dashboard.reader.currentText()).toContain('19 июня 2024 года');

  // The window is June 2024: the treaty is on screen, the 2025 events are not.
  await dashboard.timeline.waitForDraw();
  await expect(dashboard.timeline.label('treaty-signed')).toBeVisible();
  await expect(dashboard.timeline.label('kim-assures-support')).toHaveCount(0);
  // Drawing the view must not overwrite the window the link asked for.
  const w = dashboard.windowFromUrl();
  expect(w, 'from/to kept in the URL').not.toBeNull();
  expect(Math.abs(w!.start - Date.UTC(2024, 5, 1))).toBeLessThan(HOUR);
  expect(Math.abs(w!.end - Date.UTC(2024, 6, 1))).toBeLessThan(HOUR);
}

test.describe('deep links', () => {
  test('?event, from, to and q restore the view, and a reload keeps it', async ({ dashboard, page }) => {
    await dashboard.open(DEEP_LINK);
    await expectTreatyView(dashboard);
    await expect(dashboard.alerts).toHaveCount(0);

    await page.reload();
    await dashboard.waitForData();
    await expectTreatyView(dashboard);
  });

  test('back and forward restore earlier selections', async ({ dashboard, page }) => {
    await dashboard.open();
    await dashboard.selectInList(titleOf('treaty-signed'));
    await dashboard.expectSelected('treaty-signed', titleOf('treaty-signed'));
    await dashboard.selectInList(titleOf('phone-call'));
    await dashboard.expectSelected('phone-call', titleOf('phone-call'));

    await page.goBack();
    await dashboard.expectSelected('treaty-signed', titleOf('treaty-signed'));
    await expect(dashboard.option(titleOf('treaty-signed'))).toHaveAttribute('aria-selected', 'true');
    expect(await dashboard.reader.currentText()).toContain('19 июня 2024 года');

    await page.goBack();
    await dashboard.expectSelectedInUrl(null);
    await expect(dashboard.eventList.getByRole('option', { selected: true })).toHaveCount(0);

    await page.goForward();
    await dashboard.expectSelected('treaty-signed', titleOf('treaty-signed'));
    await page.goForward();
    await dashboard.expectSelected('phone-call', titleOf('phone-call'));
  });

  test('filters and lanes in the link apply', async ({ dashboard }) => {
    await dashboard.open({ kind: 'anniversary', lanes: 'kind' });
    await expect(dashboard.count).toHaveText(`1 of ${BUILTIN_EVENT_COUNT} events`);
    await dashboard.expectListSize(1);
    await expect(dashboard.option(titleOf('liberation-80th'))).toBeVisible();
    await expect(dashboard.page.getByRole('checkbox', { name: /^Anniversary/ })).toBeChecked();
    await expect(dashboard.page.getByRole('combobox', { name: 'Lanes' })).toHaveValue('kind');
  });

  test('a bad link parameter is named in an alert, and the rest of the link still applies', async ({ dashboard }) => {
    await dashboard.open({ event: 'phone-call', from: 'yesterday', to: '2025-09-01' });
    await expect(dashboard.alerts.filter({ hasText: '?from' })).toBeVisible();
    await dashboard.expectSelected('phone-call', titleOf('phone-call'));
    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT} events`);
  });

  test('an unknown ?event= does not break the view', async ({ dashboard }) => {
    await dashboard.open({ event: 'no-such-event' });
    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT} events`);
    await dashboard.expectListSize(BUILTIN_EVENT_COUNT);
    await expect(dashboard.eventList.getByRole('option', { selected: true })).toHaveCount(0);
    await expect(dashboard.reader.currentMarks()).toHaveCount(0);
  });
});
