import { readFileSync } from 'node:fs';
import { test, expect } from './support/test';
import { BUILTIN_EVENT_COUNT } from './support/builtin';
import { ImportDialog } from './pages/ImportDialog';

/**
 * Storage that throws, hangs or fills up part-way: the dataset is always shown, the
 * user is told that imports cannot be kept, and a failed import leaves nothing behind.
 * (IndexedDB missing altogether: e2e/import.spec.ts.) See docs/faults.md.
 */

const seed = readFileSync(new URL('../scripts/seed/000_8816d55d54cfc59c.txt', import.meta.url), 'utf8');
const NOTICE = 'Imports cannot be kept in this window';

test.describe('storage faults', () => {
  test('indexedDB.open throws: the dataset works, with the notice and the reason', async ({ dashboard, page }) => {
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });
    await dashboard.open();
    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT} events`);
    const notice = dashboard.alerts.filter({ hasText: NOTICE });
    await expect(notice).toContainText('denied permission');
  });

  test('indexedDB.open never answers: the dataset is shown after the timeout, with the notice', async ({ dashboard, page }) => {
    await page.addInitScript(() => {
      // A request whose success or error never comes, as when another tab holds a version upgrade.
      IDBFactory.prototype.open = () => Object.setPrototypeOf(new EventTarget(), IDBOpenDBRequest.prototype) as IDBOpenDBRequest;
    });
    await dashboard.goto();
    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT} events`, { timeout: 10_000 });
    await expect(dashboard.alerts.filter({ hasText: NOTICE })).toContainText('did not answer within 5 seconds');
  });

  test('storage full part-way through an import: nothing is kept, the dialog says so, the dataset is untouched', async ({ dashboard, page }) => {
    test.setTimeout(45_000);
    await page.addInitScript(() => {
      let calls = 0;
      // Writes go through add or put: the source and two candidates fit; the third finds the disk full.
      for (const method of ['add', 'put'] as const) {
        const write = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
          if (++calls === 4) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return write.apply(this, args);
        };
      }
    });
    await dashboard.open();
    const dialog = new ImportDialog(page);
    await dialog.open();
    await dialog.paste(seed);
    await dialog.root.getByRole('button', { name: 'Extract events' }).click();
    await expect(dialog.alert).toContainText(/Nothing was saved.*quota/i, { timeout: 15_000 });
    await dialog.close();

    await page.reload();
    await dashboard.waitForData();
    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT} events`);
    const stored = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('sourceline-workspace');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const count = open.result.transaction('sources').objectStore('sources').count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
    expect(stored).toBe(0);
  });
});

test.describe('a link with ids this dataset does not have', () => {
  test('?actor= and ?source= that match nothing are dropped with a notice naming them', async ({ dashboard }) => {
    await dashboard.open({ actor: 'ghost', source: 'nowhere' });
    const notice = dashboard.alerts.filter({ hasText: 'Some link parameters were ignored' });
    await expect(notice).toContainText('no actor "ghost"');
    await expect(notice).toContainText('no source "nowhere"');
    await expect(dashboard.count).toHaveText(`${BUILTIN_EVENT_COUNT} events`);
    await expect.poll(() => dashboard.param('actor')).toBeNull();
    await notice.getByRole('button', { name: 'Dismiss message' }).click();
    await expect(notice).toBeHidden();
  });
});
