import { test, expect } from './support/test';
import { BUILTIN_EVENT_COUNT } from './support/builtin';
import type { Dashboard } from './pages/Dashboard';

/**
 * ?data= pointing at a file that cannot be used ends in a message that says what and
 * where, never a blank page, and the way back to the built-in dataset works. The files
 * are served from e2e/fixtures by page.route, so no second server is needed.
 */

async function expectRecovers(dashboard: Dashboard): Promise<void> {
  await expect(dashboard.page.getByRole('heading', { level: 1, name: 'Sourceline' })).toBeVisible();
  await dashboard.page.getByRole('link', { name: /built-in dataset/i }).click();
  await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT} events`);
  await expect(dashboard.alerts).toHaveCount(0);
  await expect.poll(() => dashboard.param('data')).toBeNull();
}

test.describe('a dataset that cannot be used', () => {
  test('invalid JSON: the alert names the file and says it is not JSON', async ({ dashboard }) => {
    const url = await dashboard.serveDataset('invalid-json.json');
    await dashboard.goto({ data: url });
    const alert = dashboard.alerts.filter({ hasText: url });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(/not valid JSON/i);
    await expect(dashboard.count).toBeHidden();
    await expectRecovers(dashboard);
  });

  test('another format: the alert names the field that is wrong', async ({ dashboard }) => {
    const url = await dashboard.serveDataset('wrong-format.json');
    await dashboard.goto({ data: url });
    const alert = dashboard.alerts.filter({ hasText: url });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('format');
    await expect(alert).toContainText('sourceline/dataset');
    await expectRecovers(dashboard);
  });

  test('HTTP 404: the alert names the file and the status', async ({ dashboard }) => {
    const url = await dashboard.serveDataset('missing.json', { status: 404 });
    await dashboard.goto({ data: url });
    const alert = dashboard.alerts.filter({ hasText: url });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('404');
    await expectRecovers(dashboard);
  });

  test('unreachable: the alert names the address', async ({ dashboard, page }) => {
    await page.route('**/e2e-fixtures/unreachable.json', (route) => route.abort('connectionrefused'));
    await dashboard.goto({ data: 'e2e-fixtures/unreachable.json' });
    await expect(dashboard.alerts.filter({ hasText: 'e2e-fixtures/unreachable.json' })).toBeVisible();
    await expectRecovers(dashboard);
  });

  test('some bad events: the good ones are shown and the bad ones listed by path', async ({ dashboard }) => {
    const url = await dashboard.serveDataset('partial.json');
    await dashboard.open({ data: url });
    await expect(dashboard.count).toHaveText('2 events');

    const alert = dashboard.alerts.filter({ hasText: url });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('events[1].when');
    await expect(alert).toContainText('events[3].evidence[0].quote');

    await dashboard.expectListSize(2);
    await expect(dashboard.option('The city council meets')).toBeVisible();
    await expect(dashboard.option('An event on a day that does not exist')).toHaveCount(0);

    // The good part is fully usable: select, read the excerpt.
    await dashboard.selectInList('The council adopts the budget');
    await dashboard.expectSelected('budget-adopted', 'The council adopts the budget');
    expect(await dashboard.reader.currentText()).toContain('on 5 March 2025, it adopted the budget');
    await dashboard.timeline.waitForDraw();
    await expect(dashboard.timeline.label('council-meets')).toBeVisible();
  });
});
