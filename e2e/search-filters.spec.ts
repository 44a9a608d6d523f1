import { test, expect } from './support/test';
import { BUILTIN_EVENT_COUNT, titleOf, type BuiltinEventId } from './support/builtin';
import type { Dashboard } from './pages/Dashboard';

/** Search is case-insensitive, treats ё as е, and reads Russian excerpts as well as English titles. */

async function expectResults(dashboard: Dashboard, ids: readonly BuiltinEventId[]): Promise<void> {
  await expect(dashboard.count).toHaveText(`${ids.length} of ${BUILTIN_EVENT_COUNT} events`);
  // The list holds exactly these: as many rows as ids, and a row for each id.
  await dashboard.expectListSize(ids.length);
  for (const id of ids) await expect(await dashboard.revealOption(titleOf(id))).toBeVisible();
}

test.describe('search', () => {
  for (const query of ['договор', 'ДОГОВОР']) {
    test(`"${query}" finds the treaty in the Russian text`, async ({ dashboard }) => {
      await dashboard.open();
      await dashboard.searchFor(query);
      // The treaty's excerpts say «Договора»/«Договором»; Kim's assurance cites «духу договора».
      await expectResults(dashboard, ['treaty-signed', 'kim-assures-support']);
      await expect.poll(() => dashboard.param('q')).toBe(query);
    });
  }

  test('ё and е are the same letter: "ещё" finds "еще раз заверил"', async ({ dashboard }) => {
    await dashboard.open();
    await dashboard.searchFor('ЕЩЁ');
    await expectResults(dashboard, ['kim-assures-support']);
  });

  test('"Путин" finds the events he takes part in, and not the others', async ({ dashboard }) => {
    await dashboard.open();
    await dashboard.searchFor('Путин');
    await expectResults(dashboard, [
      'treaty-signed',
      'phone-call',
      'kim-assures-support',
      'putin-praises-kpa',
      'putin-congratulates',
      'leaders-agree-contacts',
    ]);
  });

  test('"treaty" matches the English title', async ({ dashboard }) => {
    await dashboard.open();
    await dashboard.searchFor('TREATY');
    await expectResults(dashboard, ['treaty-signed']);
  });

  test('a search with no match says so, and clearing it brings every event back', async ({ dashboard }) => {
    await dashboard.open();
    await dashboard.searchFor('no such words anywhere');
    await expect(dashboard.count).toHaveText(`0 of ${BUILTIN_EVENT_COUNT} events`);
    await dashboard.expectListSize(0);
    await dashboard.searchFor('');
    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT} events`);
    await dashboard.expectListSize(BUILTIN_EVENT_COUNT);
  });
});

test.describe('filters', () => {
  test('kind and actor filters update the counts, the list and the URL', async ({ dashboard, page }) => {
    await dashboard.open();
    await dashboard.openFilters();
    await page.getByRole('checkbox', { name: /^Anniversary/ }).check();
    await expectResults(dashboard, ['liberation-80th']);
    await expect.poll(() => dashboard.param('kind')).toBe('anniversary');

    // Kinds add up within the facet…
    await page.getByRole('checkbox', { name: /^Report or statement/ }).check();
    await expect(dashboard.count).toHaveText(`8 of ${BUILTIN_EVENT_COUNT} events`);
    await dashboard.expectListSize(8);

    // …and narrow across facets.
    await page.getByRole('checkbox', { name: /^KCNA/ }).check();
    await expectResults(dashboard, ['kcna-reports-call']);
    await expect.poll(() => dashboard.param('actor')).toBe('kcna');

    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT} events`);
    await expect.poll(() => dashboard.param('kind')).toBeNull();
  });

  test('the timeline draws only what the filters leave', async ({ dashboard, page }) => {
    await dashboard.open();
    await expect(dashboard.timeline.root).toHaveAttribute('data-drawn-events', String(BUILTIN_EVENT_COUNT));
    await dashboard.openFilters();
    await page.getByRole('checkbox', { name: /^Occurrence/ }).check();
    await expect(dashboard.count).toHaveText(`4 of ${BUILTIN_EVENT_COUNT} events`);
    await expect(dashboard.timeline.root).toHaveAttribute('data-drawn-events', '4');
    await expect(dashboard.timeline.label('liberation-80th')).toHaveCount(0);
  });
});
