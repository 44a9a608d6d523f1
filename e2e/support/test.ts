import { test as base, expect } from '@playwright/test';
import { Dashboard } from '../pages/Dashboard';

/**
 * `test` with a `dashboard` page object. Every journey also fails on an uncaught error in
 * the page: a blank or half-drawn screen must never pass because the assertions that
 * would notice came too late.
 */
export const test = base.extend<{ dashboard: Dashboard; pageErrors: Error[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: Error[] = [];
      page.on('pageerror', (error) => errors.push(error));
      await use(errors);
      expect(errors.map((e) => e.message), 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
  dashboard: async ({ page }, use) => {
    await use(new Dashboard(page));
  },
});

export { expect };
