/**
 * How much the import accepts, in bytes as read from disk (pasted text is counted as
 * its UTF-8 encoding). The limits keep one import from freezing the tab or filling the
 * workspace: a long news article is 20–200 KB of text; an HTML page carries two to ten
 * times its text in markup; a dataset is the one kind of file that is big by nature.
 */
export const IMPORT_LIMITS = {
  /** .txt, .md and pasted text. */
  textBytes: 2 * 1024 * 1024,
  /** .html / .htm: the page with its markup, before the article is taken out. */
  htmlBytes: 5 * 1024 * 1024,
  /** .json datasets in the documented format. */
  datasetBytes: 50 * 1024 * 1024,
} as const;

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`;
  return `${(n / (1024 * 1024)).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
