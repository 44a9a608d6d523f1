import { test, expect } from './support/test';
import { BUILTIN_EVENT_COUNT, titleOf } from './support/builtin';

/** A new user opens Sourceline and sees the built-in article's chronology, with no set-up. */

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe('the built-in article', () => {
  test('lists every event, and the treaty, the call and the 15 August anniversary among them', async ({ dashboard }) => {
    await dashboard.open();
    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT} events`);
    await dashboard.expectListSize(BUILTIN_EVENT_COUNT);
    for (const id of ['treaty-signed', 'phone-call', 'liberation-80th'] as const) {
      await expect(await dashboard.revealOption(titleOf(id))).toBeVisible();
    }
    // Nothing is selected on a fresh start.
    await expect(dashboard.eventList.getByRole('option', { selected: true })).toHaveCount(0);
  });

  test('draws the timeline with the three named events labelled, dated on their own calendar day', async ({ dashboard }) => {
    await dashboard.open();
    const drawn = await dashboard.timeline.waitForDraw();
    expect(drawn, 'events drawn when the view fits all').toBe(BUILTIN_EVENT_COUNT);
    expect(await dashboard.timeline.firstDrawMarked(), 'performance mark sourceline:first-draw').toBe(true);

    // The browser runs in New York (playwright.config.ts): a calendar date must not slip a day.
    const expected = {
      'treaty-signed': '19 Jun 2024',
      'phone-call': '12 Aug 2025',
      'liberation-80th': '15 Aug 2025',
    } as const;
    for (const [id, when] of Object.entries(expected) as [keyof typeof expected, string][]) {
      const label = dashboard.timeline.label(id);
      await expect(label, `timeline label of ${id}`).toBeVisible();
      await expect(label).toHaveAccessibleName(new RegExp(`^${escape(titleOf(id))}, ${when}$`));
    }
  });

  test('shows an undated event by its bound: Kursk "before 12 Aug 2025"', async ({ dashboard }) => {
    await dashboard.open({ event: 'kursk-liberated' });
    await expect(dashboard.detailsTitle).toHaveText(titleOf('kursk-liberated'));
    await expect(dashboard.details).toContainText('before 12 Aug 2025');
  });
});
