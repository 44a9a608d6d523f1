import type { Locator, Page, TestInfo } from '@playwright/test';
import { test, expect } from './support/test';
import { titleOf } from './support/builtin';
import type { Dashboard } from './pages/Dashboard';

/**
 * The presenter's 1280×720 window, light and dark, saved as artefacts to look at
 * (test-results/<test>/*.png and in the HTML report). They are reviewed by eye, not
 * compared pixel by pixel; what is asserted is that the theme really reaches the page
 * and the canvas.
 */

async function save(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** Mean relative luminance (0 black … 1 white) of what an element shows on screen. */
async function luminance(page: Page, target: Locator): Promise<number> {
  const png = (await target.screenshot({ animations: 'disabled' })).toString('base64');
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, img.width, img.height).data;
    let sum = 0;
    for (let i = 0; i < px.length; i += 4) sum += (0.2126 * px[i]! + 0.7152 * px[i + 1]! + 0.0722 * px[i + 2]!) / 255;
    return sum / (px.length / 4);
  }, png);
}

async function openTreaty(dashboard: Dashboard): Promise<void> {
  await dashboard.open({ event: 'treaty-signed' });
  await dashboard.expectSelected('treaty-signed', titleOf('treaty-signed'));
  await dashboard.timeline.waitForDraw();
  await expect(dashboard.reader.currentMarks().first()).toBeInViewport();
}

test.describe('screenshots at 1280×720', () => {
  test('light, from the system preference', async ({ dashboard, page }, testInfo) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openTreaty(dashboard);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await luminance(page, page.locator('body')), 'page').toBeGreaterThan(0.75);
    expect(await luminance(page, dashboard.timeline.root), 'timeline').toBeGreaterThan(0.6);
    await save(page, testInfo, 'dashboard-light');
  });

  test('dark, from the system preference', async ({ dashboard, page }, testInfo) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openTreaty(dashboard);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await luminance(page, page.locator('body')), 'page').toBeLessThan(0.3);
    expect(await luminance(page, dashboard.timeline.root), 'timeline').toBeLessThan(0.35);
    await save(page, testInfo, 'dashboard-dark');
  });

  test('dark, chosen in the theme menu over a light system, kept after a reload', async ({ dashboard, page }, testInfo) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openTreaty(dashboard);
    await dashboard.themeSelect.selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // The canvas is redrawn in the new colours, not left light.
    await expect.poll(() => luminance(page, dashboard.timeline.root), { message: 'timeline' }).toBeLessThan(0.35);
    expect(await luminance(page, page.locator('body')), 'page').toBeLessThan(0.3);
    await save(page, testInfo, 'dashboard-dark-chosen');

    await page.reload();
    await dashboard.waitForData();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(dashboard.themeSelect).toHaveValue('dark');
  });

  test('help overlay and a partly bad dataset, for review', async ({ dashboard, page }, testInfo) => {
    await dashboard.open();
    await dashboard.press('?');
    await expect(dashboard.helpDialog).toBeVisible();
    await save(page, testInfo, 'help-light');

    const url = await dashboard.serveDataset('partial.json');
    await dashboard.open({ data: url });
    await expect(dashboard.alerts.filter({ hasText: url })).toBeVisible();
    await save(page, testInfo, 'partial-dataset-light');
  });
});
