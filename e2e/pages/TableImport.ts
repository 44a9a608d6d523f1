import { expect, type Locator, type Page } from '@playwright/test';

/** The import dialog's table step: mapping, preview, confirm. */
export class TableImport {
  readonly root: Locator;
  readonly counts: Locator;
  readonly problems: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Import' });
    this.counts = this.root.getByTestId('import-counts');
    this.problems = this.root.getByRole('region', { name: 'Rows with problems' });
  }

  /** Opens Import…, chooses the file and waits for the preview. */
  async choose(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByRole('button', { name: 'Import…' }).click();
    // The dialog's code is loaded on first use: slow on a busy machine.
    await expect(this.root).toBeVisible({ timeout: 15_000 });
    await this.root.getByLabel('Choose a file to import').setInputFiles(file, { timeout: 15_000 });
    await expect(this.root.getByRole('heading', { name: /^Map the columns of/u })).toBeVisible({ timeout: 15_000 });
    await expect(this.counts).toBeVisible({ timeout: 20_000 });
  }

  async confirm(): Promise<void> {
    await this.root.getByRole('button', { name: /^Import \d+ rows?/u }).click();
    await expect(this.root).toBeHidden({ timeout: 15_000 });
  }
}
