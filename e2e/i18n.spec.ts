import type { Page } from '@playwright/test';
import { test, expect } from './support/test';
import { BUILTIN_EVENT_COUNT, titleOf } from './support/builtin';

/**
 * A Russian analyst opens Sourceline in a Russian browser: the whole interface is Russian,
 * dates read the same way in the list, the details, the timeline and on its axis, and a
 * switch to English in ⚙ Settings is remembered across a reload.
 */

test.use({ locale: 'ru-RU' });

/** Records every text the canvases draw (axis ticks, fold lengths), which the DOM does not hold. */
async function recordCanvasText(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const drawn = new Set<string>();
    (window as unknown as { __drawnText: Set<string> }).__drawnText = drawn;
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number, maxWidth?: number) {
      drawn.add(String(text));
      return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth);
    };
  });
}

const drawnText = (page: Page) => page.evaluate(() => [...(window as unknown as { __drawnText: Set<string> }).__drawnText]);

const ENGLISH_MONTH = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b|\byears\b/u;
const RUSSIAN_MONTH = /(янв|февр|мар|апр|мая|июн|июл|авг|сент|окт|нояб|дек)\S*/u;

test('a Russian browser gets a Russian interface; English chosen in Settings stays after a reload', async ({ page, dashboard }) => {
  await recordCanvasText(page);
  await page.goto('./?event=kursk-liberated');

  // The language follows the browser, and the page says so.
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT} событий`);

  // Toolbar and regions.
  await expect(page.getByRole('button', { name: 'Импорт…' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Поиск по событиям и фрагментам' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Показать все' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Сжать пробелы' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Дорожки' })).toHaveValue('actor');
  const details = page.getByRole('region', { name: 'Подробности события', exact: true });
  const list = page.getByRole('listbox', { name: 'События', exact: true });
  const timeline = page.getByRole('application', { name: 'Лента времени', exact: true });

  // An undated event, bounded by the article's date: the same words in the details, the list and on the timeline.
  const before = 'до 12 авг. 2025 г.';
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(titleOf('kursk-liberated'));
  await expect(details).toContainText(before);
  await expect(details).toContainText('дата не указана; известна граница');
  await expect(details.getByRole('heading', { name: /^Фрагменты/u })).toBeVisible();
  await expect(details.getByRole('button', { name: 'Изменить' })).toBeVisible();
  await expect(list.getByRole('option', { selected: true })).toContainText(before);
  await expect(timeline.locator('button[data-event-id="kursk-liberated"]')).toHaveAccessibleName(`${titleOf('kursk-liberated')}, ${before}`);
  await expect(page.getByRole('button', { name: `${titleOf('treaty-signed')}, 19 июн. 2024 г.` })).toBeAttached();

  // The axis and the folds speak Russian too: no English month or "years" on the canvas.
  await expect(timeline).toHaveAttribute('data-drawn-events', /^\d+$/);
  const ruCanvas = await drawnText(page);
  expect(ruCanvas.some((t) => RUSSIAN_MONTH.test(t)), `Russian months among ${ruCanvas.join(' | ')}`).toBe(true);
  expect(ruCanvas.filter((t) => ENGLISH_MONTH.test(t))).toEqual([]);

  // The switch: ⚙ Settings → English.
  await page.getByRole('button', { name: 'Настройки' }).click();
  const settings = page.getByRole('dialog', { name: 'Настройки' });
  await settings.getByRole('combobox', { name: 'Язык интерфейса' }).selectOption('en');
  await settings.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT} events`);
  await expect(dashboard.details).toContainText('before 12 Aug 2025');

  // Remembered: a reload in the same Russian browser stays English, axis included.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT} events`);
  await expect(page.getByRole('button', { name: 'Import…' })).toBeVisible();
  await expect(dashboard.details).toContainText('before 12 Aug 2025date not stated; bounded');
  await dashboard.timeline.waitForDraw();
  const enCanvas = await drawnText(page);
  expect(enCanvas.some((t) => ENGLISH_MONTH.test(t)), `English months among ${enCanvas.join(' | ')}`).toBe(true);
  expect(enCanvas.filter((t) => RUSSIAN_MONTH.test(t) || /[а-яё]/iu.test(t))).toEqual([]);
});

test('dates are typed in the Russian order and read back in Russian words', async ({ page }) => {
  await page.goto('./?event=treaty-signed');
  const details = page.getByRole('region', { name: 'Подробности события', exact: true });
  await details.getByRole('button', { name: 'Изменить' }).click();
  const date = details.getByRole('textbox', { name: /^Дата/u });
  await date.fill('15.08.2025');
  await expect(details.getByText('15 авг. 2025 г. — с точностью до дня (EDTF 2025-08-15)')).toBeVisible();
  await date.fill('ок. 1945');
  await expect(details.getByText('ок. 1945 — с точностью до года, приблизительно (EDTF 1945~)')).toBeVisible();
  await date.fill('31.02.2025');
  await expect(details.getByText(/^Не дата:/u)).toBeVisible();
});
