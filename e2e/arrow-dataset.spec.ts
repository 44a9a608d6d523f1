import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './support/test';
import { generateDataset } from '../src/domain/generate/generateDataset';
import type { DatasetInput } from '../src/domain/schema';
import { datasetToArrow } from '../src/domain/arrow/writeArrow';
import { datasetFileName, writeDataset } from '../scripts/lib/datasetFile';

/**
 * A large chronology as Arrow through ?data=: 100,000 generated events, written in the
 * test's setup to a git-ignored folder (kept between runs: the name changes with the
 * generator) and served to the page by page.route, as a server would serve the file.
 */

const EVENTS = 100_000;
const OPTIONS = { events: EVENTS, seed: 1 };
const GENERATED = new URL('./.generated/', import.meta.url);
const file = fileURLToPath(new URL(datasetFileName(OPTIONS, 'arrow'), GENERATED));

test('opens a 100,000-event Arrow file through ?data=, searches it, and shows an event with its excerpt', async ({ page, dashboard }) => {
  test.setTimeout(240_000);
  const dataset: DatasetInput = generateDataset(OPTIONS);
  if (!existsSync(file)) writeDataset(OPTIONS, file, { format: 'arrow' });
  await page.route('**/e2e-generated/big.arrow', (route) => route.fulfill({ path: file, contentType: 'application/vnd.apache.arrow.stream' }));
  await dashboard.goto({ data: 'e2e-generated/big.arrow' });
  await expect(dashboard.count).toHaveText(`${EVENTS} events`, { timeout: 120_000 });
  await expect(dashboard.alerts).toHaveCount(0);

  // An event from the middle of the file, found by the words of its excerpt.
  const wanted = dataset.events[54_321]!;
  const quote = wanted.evidence![0]!.quote;
  // Generous waits: the first search builds the search index of 100,000 events, and the
  // machines that run these journeys are shared.
  const slow = { timeout: 60_000 };
  await dashboard.search.fill(quote, slow);
  await expect(dashboard.count).toHaveText(/^\d+ of 100000 events$/, slow);
  await dashboard.option(wanted.title).first().click(slow);
  await expect.poll(() => dashboard.selectedId(), slow).toBe(wanted.id);
  await expect(dashboard.detailsTitle).toHaveText(wanted.title, slow);
  await expect(dashboard.reader.currentMarks().first()).toBeVisible(slow);
  expect(await dashboard.reader.currentText()).toContain(quote);
});

test('a truncated Arrow file gets a clear message naming the file, like a broken JSON file', async ({ page, dashboard }) => {
  test.setTimeout(60_000);
  const whole = datasetToArrow(generateDataset({ events: 300, seed: 2 }));
  const cut = Buffer.from(whole.subarray(0, Math.floor(whole.length * 0.6)));
  await page.route('**/e2e-generated/cut.arrow', (route) => route.fulfill({ body: cut, contentType: 'application/vnd.apache.arrow.stream' }));
  await dashboard.goto({ data: 'e2e-generated/cut.arrow' });
  const alert = dashboard.alerts.filter({ hasText: 'e2e-generated/cut.arrow' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('is not a readable Arrow file: the file is cut short');
  await expect(dashboard.count).toBeHidden();
});
