import { test, expect } from './support/test';
import { BUILTIN_EVENT_COUNT, TIME_ORDER, titleOf } from './support/builtin';
import type { Dashboard } from './pages/Dashboard';

/** Everything from the keyboard: stepping through time, zoom, search, help. */

/** Presses a key and waits for the selection in the URL to move off `from`; returns where it went. */
async function step(dashboard: Dashboard, key: string, from: string | null): Promise<string> {
  await dashboard.press(key);
  await expect.poll(() => dashboard.selectedId(), { message: `${key} from ${from}` }).not.toBe(from);
  return dashboard.selectedId()!;
}

/** Cuts a walk into runs the size of TIME_ORDER's groups, as sets. */
function asGroups(walk: readonly string[]): string[][] {
  const groups: string[][] = [];
  let at = 0;
  for (const group of TIME_ORDER) {
    groups.push(walk.slice(at, at + group.length).sort());
    at += group.length;
  }
  return groups;
}

test.describe('keyboard', () => {
  test('→ and ← walk every event in time order, and stop at the ends', async ({ dashboard }) => {
    await dashboard.open();
    const forward: string[] = [];
    let at: string | null = null;
    for (let i = 0; i < BUILTIN_EVENT_COUNT; i++) {
      at = await step(dashboard, 'ArrowRight', at);
      forward.push(at);
    }
    expect(new Set(forward).size, `every event once: ${forward.join(', ')}`).toBe(BUILTIN_EVENT_COUNT);
    expect(asGroups(forward)).toEqual(TIME_ORDER.map((g) => [...g].sort()));
    await dashboard.expectSelected('liberation-80th', titleOf('liberation-80th'));

    // At the last event, → stays.
    await dashboard.press('ArrowRight');
    await expect(dashboard.detailsTitle).toHaveText(titleOf('liberation-80th'));
    await dashboard.expectSelectedInUrl('liberation-80th');

    const backward: string[] = [at!];
    for (let i = 1; i < BUILTIN_EVENT_COUNT; i++) {
      at = await step(dashboard, 'ArrowLeft', at);
      backward.push(at);
    }
    expect(backward, '← retraces → exactly').toEqual([...forward].reverse());
    await dashboard.expectSelected('korea-liberated-1945', titleOf('korea-liberated-1945'));
  });

  test('→ and ← step among the events the search leaves', async ({ dashboard }) => {
    await dashboard.open({ q: 'договор' });
    await expect(dashboard.count).toHaveText(`2 of ${BUILTIN_EVENT_COUNT} events`);
    await dashboard.search.blur();
    expect(await step(dashboard, 'ArrowRight', null)).toBe('treaty-signed');
    expect(await step(dashboard, 'ArrowRight', 'treaty-signed')).toBe('kim-assures-support');
    expect(await step(dashboard, 'ArrowLeft', 'kim-assures-support')).toBe('treaty-signed');
  });

  test('+ and − zoom the timeline, 0 fits all events again', async ({ dashboard }) => {
    await dashboard.open();
    await dashboard.timeline.waitForDraw();
    expect(dashboard.windowFromUrl(), 'a fresh view fits all').toBeNull();

    await dashboard.press('+');
    await expect.poll(() => dashboard.windowFromUrl(), { message: 'window after +' }).not.toBeNull();
    const first = dashboard.windowFromUrl()!;
    await dashboard.press('+');
    await expect.poll(() => span(dashboard), { message: 'a second + zooms in further' }).toBeLessThan(first.end - first.start);
    const zoomed = span(dashboard);
    await dashboard.press('-');
    await expect.poll(() => span(dashboard), { message: '− zooms out' }).toBeGreaterThan(zoomed);

    await dashboard.press('0');
    // Fitting all either clears the window or sets one that holds every event, 1945 to 2025.
    await expect
      .poll(() => {
        const w = dashboard.windowFromUrl();
        return w === null || (w.start <= Date.UTC(1945, 7, 15) && w.end >= Date.UTC(2025, 7, 16));
      }, { message: 'window after 0' })
      .toBe(true);
    await expect(dashboard.timeline.root).toHaveAttribute('data-drawn-events', String(BUILTIN_EVENT_COUNT));
  });

  test('/ focuses the search without typing a slash; Esc clears the search, then the selection', async ({ dashboard }) => {
    await dashboard.open({ event: 'treaty-signed' });
    await dashboard.expectSelected('treaty-signed', titleOf('treaty-signed'));

    await dashboard.press('/');
    await expect(dashboard.search).toBeFocused();
    await dashboard.page.keyboard.type('kursk');
    await expect(dashboard.search).toHaveValue('kursk');
    await expect(dashboard.count).toHaveText(`1 of ${BUILTIN_EVENT_COUNT} events`);

    await dashboard.press('Escape');
    await expect(dashboard.search).toHaveValue('');
    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT} events`);

    await dashboard.search.blur();
    await dashboard.press('Escape');
    await dashboard.expectSelectedInUrl(null);
    await expect(dashboard.reader.currentMarks()).toHaveCount(0);
    await expect(dashboard.eventList.getByRole('option', { selected: true })).toHaveCount(0);
  });

  test('? opens the keyboard help and Esc closes it', async ({ dashboard }) => {
    await dashboard.open();
    await expect(dashboard.helpDialog).toBeHidden();
    await dashboard.press('?');
    await expect(dashboard.helpDialog).toBeVisible();
    await expect(dashboard.helpDialog.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expect(dashboard.helpDialog).toContainText('Next event in time');
    await expect(dashboard.helpDialog).toContainText('Fit all events');

    await dashboard.press('Escape');
    await expect(dashboard.helpDialog).toBeHidden();
    // Closing the help does not also clear anything else, and the keys work again.
    await dashboard.press('ArrowRight');
    await dashboard.expectSelectedInUrl('korea-liberated-1945');
  });
});

function span(dashboard: Dashboard): number {
  const w = dashboard.windowFromUrl();
  return w ? w.end - w.start : Number.POSITIVE_INFINITY;
}
