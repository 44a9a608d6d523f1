import { readFileSync } from 'node:fs';
import { test, expect } from './support/test';
import { Presenter, PresenterConsole } from './pages/Presenter';
import { readArrowDataset } from '../src/domain/arrow/readArrow';

/** The built-in story, read from the file: the journeys check the app against it. */
const dataset = JSON.parse(readFileSync(new URL('../public/data/builtin.json', import.meta.url), 'utf8')) as {
  events: { id: string; evidence: { quote: string }[] }[];
  scenes: { id: string; caption: string; notes: string; event: string }[];
};
const SCENES = dataset.scenes;
const COUNT = SCENES.length;
const quoteOf = (n: number) => dataset.events.find((e) => e.id === SCENES[n - 1]!.event)!.evidence[0]!.quote;

test.describe('presenter mode', () => {
  test('opens at the first scene of the built-in story, with the excerpt and its citation', async ({ page }) => {
    const presenter = new Presenter(page);
    await presenter.open();
    await presenter.expectScene(1, COUNT);
    await expect(presenter.caption).toHaveText(SCENES[0]!.caption);
    await expect(presenter.quote).toHaveText(quoteOf(1));
    await expect(presenter.citation).toContainText('Ким Чен Ын в телефонном разговоре заверил Путина в поддержке России');
    await expect(presenter.citation).toContainText('13 Aug 2025');
    // No editing chrome: no search, no filters, no toolbar.
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Story' })).toHaveCount(0);
  });

  test('keys step through the scenes and the address follows, back and forward included', async ({ page }) => {
    const presenter = new Presenter(page);
    await presenter.open();
    await presenter.press('ArrowRight');
    await presenter.expectScene(2, COUNT);
    await presenter.press('Space');
    await presenter.expectScene(3, COUNT);
    await expect(presenter.quote).toContainText('19 июня 2024 года');
    await presenter.press('PageDown');
    await presenter.expectScene(4, COUNT);
    await presenter.press('PageUp');
    await presenter.expectScene(3, COUNT);
    await presenter.press('ArrowLeft');
    await presenter.expectScene(2, COUNT);
    await presenter.press('End');
    await presenter.expectScene(COUNT, COUNT);
    await presenter.press('ArrowRight');
    await presenter.expectScene(COUNT, COUNT);
    await presenter.press('Home');
    await presenter.expectScene(1, COUNT);
    await presenter.press('6');
    await presenter.press('Enter');
    await presenter.expectScene(6, COUNT);
    await expect(presenter.caption).toContainText('1945');

    await page.goBack();
    await presenter.expectScene(1, COUNT);
    await page.goBack();
    await presenter.expectScene(COUNT, COUNT);
    await page.goForward();
    await presenter.expectScene(1, COUNT);
  });

  test('a shared link lands on its scene; B blanks and any key brings the scene back', async ({ page }) => {
    const presenter = new Presenter(page);
    await presenter.open({ scene: '5' });
    await presenter.expectScene(5, COUNT);
    await expect(presenter.quote).toHaveText(quoteOf(5));
    await presenter.press('b');
    await expect(presenter.blank).toBeVisible();
    await presenter.press('ArrowRight');
    await expect(presenter.blank).toBeHidden();
    // The key that woke the screen did not also move on.
    await presenter.expectScene(5, COUNT);
  });

  test('Esc leaves for the analyst view of the same dataset, at the scene’s event', async ({ page, dashboard }) => {
    const presenter = new Presenter(page);
    await presenter.open({ scene: '3' });
    await expect.poll(() => presenter.storeWindow()).not.toBeNull();
    await presenter.press('Escape');
    await dashboard.waitForData();
    await expect(page).not.toHaveURL(/present=/);
    await dashboard.expectSelectedInUrl('treaty-signed');
  });

  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    test(`every scene reads at ${width}×${height}: quote ≥ 28px, nothing overflows`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height });
      const presenter = new Presenter(page);
      await presenter.open();
      for (let n = 1; n <= COUNT; n++) {
        await presenter.expectScene(n, COUNT);
        await expect(presenter.quote).toHaveText(quoteOf(n));
        expect(await presenter.fontSize(presenter.quote), `quote of scene ${n}`).toBeGreaterThanOrEqual(28);
        expect(await presenter.fontSize(presenter.caption), `caption of scene ${n}`).toBeGreaterThanOrEqual(28);
        expect(await presenter.fontSize(presenter.citation), `citation of scene ${n}`).toBeGreaterThanOrEqual(18);
        expect(await presenter.overflow(), `scene ${n}`).toEqual([]);
        if (width === 1280) {
          await page.screenshot({ path: testInfo.outputPath(`scene-${n}-1280x720.png`) });
        }
        if (n < COUNT) await presenter.press('ArrowRight');
      }
    });
  }

  test('the high-contrast theme', async ({ page }, testInfo) => {
    await page.addInitScript(() => localStorage.setItem('sourceline.theme', 'contrast'));
    const presenter = new Presenter(page);
    await presenter.open({ scene: '6' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
    const colours = await presenter.quote.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(document.body).backgroundColor]);
    expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
    await page.screenshot({ path: testInfo.outputPath('scene-6-contrast-1280x720.png') });
    await presenter.press('t');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('under reduced motion the timeline jumps to the next scene’s window at once', async ({ page }) => {
    const presenter = new Presenter(page);
    await presenter.open({ scene: '5' });
    await expect.poll(() => presenter.storeWindow()).not.toBeNull();
    const before = await presenter.storeWindow();
    await presenter.recordWindows();
    await presenter.press('ArrowRight');
    await presenter.expectScene(6, COUNT);
    await page.waitForTimeout(800);
    const seen = await presenter.recordedWindows();
    expect(seen, 'one move, straight to the window of scene 6').toHaveLength(1);
    expect(seen[0]).not.toBe(before?.join(','));
  });

  test('with motion allowed the timeline travels to the window through steps in between', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const presenter = new Presenter(page);
    await presenter.open({ scene: '5' });
    await expect.poll(() => presenter.storeWindow()).not.toBeNull();
    await presenter.recordWindows();
    await presenter.press('ArrowRight');
    await presenter.expectScene(6, COUNT);
    await expect.poll(async () => (await presenter.recordedWindows()).at(-1)).toBe(
      `${Date.UTC(1945, 4, 1)},${Date.UTC(2025, 9, 1)}`,
    );
    const seen = await presenter.recordedWindows();
    expect(seen.length).toBeGreaterThan(5);
  });
});

test.describe('presenter console', () => {
  test('drives the audience window, follows it, and finds it again after a reload', async ({ page, context }) => {
    const audience = new Presenter(page);
    await audience.open();
    const consolePage = await context.newPage();
    const console = new PresenterConsole(consolePage);
    await console.open();
    await expect(console.connection).toHaveText('Audience window: connected');
    await expect(console.progress).toHaveText(`1 / ${COUNT}`);
    await expect(console.current).toHaveText(SCENES[0]!.caption);
    await expect(console.upNext).toHaveText(SCENES[1]!.caption);
    await expect(console.notes).toHaveText(SCENES[0]!.notes);
    await expect(console.clock).toHaveText(/^\d\d:\d\d$/);

    // The console's Next moves the audience page.
    await console.next.click();
    await audience.expectScene(2, COUNT);
    await expect(console.current).toHaveText(SCENES[1]!.caption);

    // Driven directly, the audience page is followed by the console.
    await audience.page.bringToFront();
    await audience.press('ArrowRight');
    await audience.expectScene(3, COUNT);
    await expect(console.progress).toHaveText(`3 / ${COUNT}`);
    await expect(console.notes).toHaveText(SCENES[2]!.notes);

    // Either window reopened finds the other again.
    await consolePage.reload();
    await expect(console.progress).toHaveText(`3 / ${COUNT}`);
    await page.reload();
    await audience.waitForScene();
    await expect(console.connection).toHaveText('Audience window: connected');
    await console.next.click();
    await audience.expectScene(4, COUNT);
  });
});

test.describe('story drawer', () => {
  test('adds the current view, reorders by keyboard, edits and deletes; presenter mode shows the edit', async ({ page, dashboard }, testInfo) => {
    test.setTimeout(45_000);
    await dashboard.open({ event: 'treaty-signed' });
    await page.getByRole('button', { name: 'Story' }).click();
    const panel = page.getByRole('complementary', { name: /^Story/ });
    await expect(panel).toBeVisible();
    const scenes = panel.getByRole('list', { name: 'Scenes' }).getByRole('listitem');
    await expect(scenes).toHaveCount(COUNT);

    await panel.getByRole('button', { name: '+ Add current view' }).click();
    await expect(scenes).toHaveCount(COUNT + 1);
    const added = panel.getByRole('textbox', { name: `Caption of scene ${COUNT + 1}` });
    await expect(added).toHaveValue(/Treaty on Comprehensive Strategic Partnership/);
    await page.screenshot({ path: testInfo.outputPath('story-drawer-1280x720.png') });

    // Keyboard: the handle moves its scene to the top.
    await panel.getByRole('button', { name: `Scene ${COUNT + 1}: move with the arrow keys` }).focus();
    await page.keyboard.press('Home');
    const first = panel.getByRole('textbox', { name: 'Caption of scene 1' });
    await expect(first).toHaveValue(/Treaty on Comprehensive Strategic Partnership/);
    await expect(panel.getByRole('button', { name: 'Scene 1: move with the arrow keys' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(panel.getByRole('textbox', { name: 'Caption of scene 2' })).toHaveValue(/Treaty on Comprehensive/);
    await page.keyboard.press('ArrowUp');
    // Moves are saved to the workspace: wait for the order to be shown before editing scene 1.
    await expect(first).toHaveValue(/Treaty on Comprehensive/);

    await first.fill('Where it began: the treaty of 19 June 2024.');
    await panel.getByRole('textbox', { name: 'Speaker notes of scene 1' }).fill('Start with the treaty today.');
    await panel.getByRole('button', { name: 'Delete scene 2' }).click();
    await expect(scenes).toHaveCount(COUNT);

    // Scene 2 (the story's own second scene, now that its first is deleted) dragged onto the first.
    await panel.getByRole('button', { name: 'Scene 2: move with the arrow keys' }).dragTo(scenes.first(), { targetPosition: { x: 200, y: 3 } });
    await expect(panel.getByRole('textbox', { name: 'Caption of scene 1' })).toHaveValue(SCENES[1]!.caption);

    const presenter = new Presenter(page);
    await presenter.open();
    await presenter.expectScene(1, COUNT);
    await expect(presenter.caption).toHaveText(SCENES[1]!.caption);
    await presenter.press('ArrowRight');
    await expect(presenter.caption).toHaveText('Where it began: the treaty of 19 June 2024.');
    await expect(presenter.quote).toContainText('19 июня 2024 года');
  });

  test('a story an earlier version saved in localStorage is kept in the workspace; story edits undo with Ctrl+Z and survive a reload', async ({ page, dashboard }) => {
    test.setTimeout(45_000);
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('sourceline.story.v1:data/builtin.json', JSON.stringify({ scenes: [{ id: 'old', caption: 'Saved before the upgrade' }] }));
    });
    await dashboard.open();
    await page.getByRole('button', { name: 'Story' }).click();
    const panel = page.getByRole('complementary', { name: /^Story/ });
    const scenes = panel.getByRole('list', { name: 'Scenes' }).getByRole('listitem');
    await expect(scenes).toHaveCount(1);
    await expect(panel.getByRole('textbox', { name: 'Caption of scene 1' })).toHaveValue('Saved before the upgrade');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('sourceline.story.v1:data/builtin.json'))).toBeNull();

    await panel.getByRole('button', { name: '+ Add current view' }).click();
    await expect(scenes).toHaveCount(2);
    await expect(page.getByRole('button', { name: /^Undo: add the scene/u })).toBeVisible();
    await page.keyboard.press('Control+z');
    await expect(scenes).toHaveCount(1);
    await page.reload();
    await dashboard.waitForData();
    await page.getByRole('button', { name: 'Story', exact: true }).click();
    await expect(panel.getByRole('textbox', { name: 'Caption of scene 1' })).toHaveValue('Saved before the upgrade');
    await expect(scenes).toHaveCount(1);
  });

  test('exports the story as HTML and the dataset with its scenes as JSON and as Arrow', async ({ page, dashboard }) => {
    await dashboard.open();
    await page.getByRole('button', { name: 'Story' }).click();
    const [html] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export story (HTML)' }).click()]);
    const text = readFileSync((await html.path())!, 'utf8');
    expect(text).toContain('<!doctype html>');
    expect(text).toContain(SCENES[0]!.caption);
    expect(text).toContain('19 июня 2024 года');
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export dataset (JSON)' }).click()]);
    const file = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { scenes: { id: string }[]; events: { id: string }[]; format: string };
    expect(file.format).toBe('sourceline/dataset');
    expect(file.scenes.map((s) => s.id)).toEqual(SCENES.map((s) => s.id));
    const [arrow] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export dataset (Arrow)' }).click()]);
    expect(arrow.suggestedFilename()).toMatch(/\.arrow$/);
    const fromArrow = readArrowDataset(new Uint8Array(readFileSync((await arrow.path())!)));
    expect(fromArrow.problems).toEqual([]);
    expect(fromArrow.value!.scenes!.map((s) => s.id)).toEqual(SCENES.map((s) => s.id));
    expect(fromArrow.value!.events.map((e) => e.id).sort()).toEqual(file.events.map((e) => e.id).sort());
  });
});
