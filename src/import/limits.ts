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
  if (n < 1024) return n === 1 ? '1 byte' : `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`;
  return `${(n / (1024 * 1024)).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/**
 * A size beside its limit, each with as many decimals as it takes for them to differ
 * (2,100,000 bytes is "2.003 MB" against "2.000 MB", not "2.0 MB" against "2.0 MB"),
 * and by how much the size is over.
 */
export function formatOverLimit(size: number, limit: number): { size: string; limit: string; over: string } {
  const mb = 1024 * 1024;
  const over = formatBytes(Math.max(0, size - limit));
  if (size < 10 * mb || formatBytes(size) !== formatBytes(limit)) {
    for (let digits = 1; digits <= 6; digits++) {
      const a = `${(size / mb).toFixed(digits)} MB`;
      const b = `${(limit / mb).toFixed(digits)} MB`;
      if (limit >= mb && a !== b) return { size: a, limit: b, over };
    }
  }
  if (formatBytes(size) !== formatBytes(limit)) return { size: formatBytes(size), limit: formatBytes(limit), over };
  const bytes = new Intl.NumberFormat('en-GB');
  return { size: `${bytes.format(size)} bytes`, limit: `${bytes.format(limit)} bytes`, over };
}
