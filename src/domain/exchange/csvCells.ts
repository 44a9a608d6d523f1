/**
 * One cell of a spreadsheet, on its way out and back in. Two concerns:
 *
 * - **Formula injection.** A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`,
 *   a tab or a carriage return as a formula, so a quote like `=HYPERLINK(…)` taken from a
 *   hostile page would run on the analyst's machine. As OWASP advises, such a cell is
 *   written with a leading `'`, which spreadsheets show as text. The escape is reversible:
 *   a cell that already starts with quotes before one of those characters gets one more,
 *   and reading takes exactly one off, so every string comes back as it was.
 * - **Lists** (actors, tags, source ids) share one cell, `|`-separated; a `|` or `\` inside
 *   an item is escaped with `\`.
 */

const FORMULA_START = /^'*[=+\-@\t\r]/u;
const ESCAPED_FORMULA = /^'+[=+\-@\t\r]/u;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The inverse of neutraliseFormula: one leading quote off a cell that would otherwise be a formula. */
export function restoreFormula(cell: string): string {
  return ESCAPED_FORMULA.test(cell) ? cell.slice(1) : cell;
}

export const LIST_SEPARATOR = '|';

export function joinList(items: readonly string[]): string {
  return items.map((item) => item.replace(/[\\|]/gu, (c) => `\\${c}`)).join(LIST_SEPARATOR);
}

/** The items of a `|`-separated cell, trimmed, empty ones dropped. */
export function splitList(cell: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (c === '\\' && (cell[i + 1] === '|' || cell[i + 1] === '\\')) {
      current += cell[i + 1];
      i++;
    } else if (c === LIST_SEPARATOR) {
      items.push(current);
      current = '';
    } else current += c;
  }
  items.push(current);
  return items.map((s) => s.trim()).filter((s) => s !== '');
}
