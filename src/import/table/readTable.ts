import Papa from 'papaparse';
import { parseDateCell } from '../../domain/exchange/spreadsheetDate';

/**
 * Delimited text → rows of cells with their line numbers, the way spreadsheets write it
 * (quoted cells may hold delimiters, quotes and line breaks). The delimiter and the
 * header are detected when not given; rows are numbered by the line they start on, so a
 * problem can say "line 12". Pure: runs in the table worker or in tests.
 */

export type Delimiter = ',' | '\t' | ';' | '|';
export const DELIMITERS: readonly Delimiter[] = [',', '\t', ';', '|'];
export const DELIMITER_NAMES: Record<Delimiter, string> = { ',': 'comma', '\t': 'tab', ';': 'semicolon', '|': 'vertical bar' };

export interface TableRow {
  /** 1-based line of the file the row starts on. */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface TableProblem {
  readonly line: number;
  readonly message: string;
}

export interface ReadTable {
  readonly delimiter: Delimiter;
  /** The first row, when it is a header. */
  readonly header: readonly string[] | null;
  readonly rows: readonly TableRow[];
  readonly problems: readonly TableProblem[];
}

export interface ReadTableOptions {
  readonly delimiter?: Delimiter;
  readonly hasHeader?: boolean;
  /** Called every few thousand rows with the share of the text read (0–1). */
  readonly onProgress?: (share: number) => void;
}

function firstRows(text: string, delimiter: Delimiter, count: number): string[][] {
  return Papa.parse<string[]>(text, { delimiter, preview: count, skipEmptyLines: 'greedy' }).data;
}

/** The delimiter that splits the first lines into the same number (≥ 2) of cells, the most cells winning; null when none does. */
export function detectDelimiter(text: string, lines = 20): Delimiter | null {
  let best: { delimiter: Delimiter; cells: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const rows = firstRows(text, delimiter, lines);
    if (rows.length === 0) continue;
    const cells = rows[0]!.length;
    if (cells < 2 || rows.some((r) => r.length !== cells)) continue;
    if (!best || cells > best.cells) best = { delimiter, cells };
  }
  return best?.delimiter ?? null;
}

const looksLikeValue = (cell: string) => /^[-+]?\d[\d\s.,]*$/u.test(cell.trim()) || parseDateCell(cell).ok;

/** A header row: every cell named, none a number or a date, none long, no two the same. */
export function looksLikeHeader(cells: readonly string[]): boolean {
  const names = cells.map((c) => c.trim().toLowerCase());
  return (
    names.length >= 2 &&
    names.every((c) => c !== '' && c.length <= 60 && !looksLikeValue(c)) &&
    new Set(names).size === names.length
  );
}

/**
 * Whether a .txt is a table rather than an article: its first line is a header and its
 * delimiter repeats the same number of times on the lines that follow (at least one).
 */
export function looksLikeTable(text: string): boolean {
  const delimiter = detectDelimiter(text, 12);
  if (!delimiter) return false;
  const rows = firstRows(text, delimiter, 12);
  return rows.length >= 2 && looksLikeHeader(rows[0]!);
}

export function readTable(text: string, options: ReadTableOptions = {}): ReadTable {
  const delimiter = options.delimiter ?? detectDelimiter(text) ?? ',';
  const rows: TableRow[] = [];
  const problems: TableProblem[] = [];
  // Lines are counted as the parser moves on: `line` is the line at offset `counted`.
  let line = 1;
  let counted = 0;
  const advanceTo = (offset: number) => {
    for (let i = counted; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
    counted = Math.max(counted, offset);
  };
  const blankLines = /(?:[ \t]*\r?\n)*/y;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: 'greedy',
    step: (result) => {
      // The row starts after the line breaks and blank lines that follow the previous one.
      blankLines.lastIndex = counted;
      blankLines.exec(text);
      advanceTo(blankLines.lastIndex);
      const at = line;
      advanceTo(result.meta.cursor);
      for (const e of result.errors) problems.push({ line: at, message: papaMessage(e) });
      rows.push({ line: at, cells: result.data });
      if (options.onProgress && rows.length % 5000 === 0) options.onProgress(counted / Math.max(1, text.length));
    },
  });
  const hasHeader = options.hasHeader ?? (rows[0] ? looksLikeHeader(rows[0].cells) : false);
  const header = hasHeader && rows[0] ? rows[0].cells.map((c) => c.trim()) : null;
  const body = hasHeader ? rows.slice(1) : rows;
  const width = header?.length ?? rows[0]?.cells.length ?? 0;
  for (const row of body) {
    if (row.cells.length !== width) {
      problems.push({ line: row.line, message: `has ${row.cells.length} ${row.cells.length === 1 ? 'cell' : 'cells'} where the ${header ? 'header has' : 'first row has'} ${width}` });
    }
  }
  options.onProgress?.(1);
  return { delimiter, header, rows: body, problems: problems.sort((a, b) => a.line - b.line) };
}

function papaMessage(e: Papa.ParseError): string {
  switch (e.code) {
    case 'MissingQuotes':
      return 'has a quoted cell that is never closed';
    case 'InvalidQuotes':
      return 'has a quote inside a cell that is not quoted';
    default:
      return e.message;
  }
}
