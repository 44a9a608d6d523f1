import { expect, type Locator, type Page } from '@playwright/test';

/** The import dialog: paste or choose a file, confirm what was read, extract. */
export class ImportDialog {
  readonly root: Locator;
  readonly pasteField: Locator;
  readonly fileInput: Locator;
  readonly title: Locator;
  readonly date: Locator;
  readonly time: Locator;
  readonly zone: Locator;
  readonly language: Locator;
  readonly alert: Locator;
  readonly progress: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Import' });
    this.pasteField = this.root.getByRole('textbox', { name: 'Paste an article’s text' });
    this.fileInput = this.root.getByLabel('Choose a file to import');
    this.title = this.root.getByRole('textbox', { name: 'Title' });
    this.date = this.root.getByLabel('Date', { exact: true });
    this.time = this.root.getByLabel(/^Time(?! zone)/);
    this.zone = this.root.getByRole('combobox', { name: /^Time zone/ });
    this.language = this.root.getByRole('combobox', { name: 'Language' });
    this.alert = this.root.getByRole('alert');
    this.progress = this.root.getByRole('progressbar');
  }

  /** Opens the dialog from the toolbar button. */
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import…' }).click();
    await expect(this.root).toBeVisible();
  }

  async paste(text: string): Promise<void> {
    await this.pasteField.fill(text);
    await this.root.getByRole('button', { name: 'Continue' }).click();
  }

  async chooseFile(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.fileInput.setInputFiles(file);
  }

  /** Runs the extraction and waits until the source is stored and the dialog closed. */
  async extract(): Promise<void> {
    await this.root.getByRole('button', { name: 'Extract events' }).click();
    await expect(this.root).toBeHidden({ timeout: 15_000 });
  }

  async close(): Promise<void> {
    await this.root.getByRole('button', { name: 'Close import' }).click();
    await expect(this.root).toBeHidden();
  }
}
