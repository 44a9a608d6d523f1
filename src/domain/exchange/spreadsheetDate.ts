import { daysInMonth, formatCalendarDate, parseEdtf, type CalendarDate, type Precision } from '../when';
import { precisionOf } from './precision';

/**
 * A date as people type it into a spreadsheet cell → EDTF at the precision that was
 * written: `2025` is a year, `Aug 2025` a month, `15.08.2025` a day, `2025-08-15 10:15` a
 * minute. A day is never invented: what was not written stays unknown. Accepted:
 *
 *   EDTF (anything parseEdtf reads)          2025-08-15, 1945~, [..2025-08-12], 2024/2025
 *   ISO date-times, T or a space              2025-08-15T10:15:00Z, 2025-08-15 10:15
 *   day.month.year                            15.08.2025, 5.8.2025
 *   slashes, in the order chosen              08/15/2025 (month first), 15/08/2025 (day first), 08/2025
 *   month names, English or Russian           Aug 15 2025, Aug 15, 2025, 15 August 2025, August 2025, 15 августа 2025
 *   a year alone                              2025
 */

export type DayMonthOrder = 'day-first' | 'month-first';

export type DateCellResult = { readonly ok: true; readonly edtf: string; readonly precision: Precision } | { readonly ok: false; readonly reason: string };

const MONTHS: Record<string, number> = {};
const EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const RU = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
EN.forEach((name, i) => {
  MONTHS[name] = i + 1;
  MONTHS[name.slice(0, 3)] = i + 1;
});
MONTHS['sept'] = 9;

function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/u, '');
  if (MONTHS[w]) return MONTHS[w];
  // Russian month names in any case ending: "августа", "мая", "март".
  const i = RU.findIndex((stem) => (stem === 'ма' ? /^ма[йяе]$/u.test(w) : w.startsWith(stem) && w.length <= stem.length + 2));
  return i >= 0 ? i + 1 : null;
}

function date(year: number, month?: number, day?: number): DateCellResult {
  if (month !== undefined && (month < 1 || month > 12)) return { ok: false, reason: `${month} is not a month (1–12)` };
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return { ok: false, reason: `${year}-${String(month).padStart(2, '0')} has no day ${day}` };
  }
  const precision: Precision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const d: CalendarDate = { year, precision, ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}) };
  return { ok: true, edtf: formatCalendarDate(d), precision };
}

const SPACED_ISO = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)$/u;
const YEAR_ONLY = /^(\d{4})$/u;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u;
const SLASHED = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/u;
const MONTH_YEAR = /^(\d{1,2})[/.](\d{4})$/u;
const ORDINAL_DAY = /^\d{1,2}(?:st|nd|rd|th)?$/u;
// Cheap tests that decide which readers are worth trying.
const EDTF_LIKE = /^[[.\-/]*\d{4}/u;

export function parseDateCell(cell: string, order: DayMonthOrder = 'day-first'): DateCellResult {
  const text = cell.trim().replace(/\s+/gu, ' ');
  if (text === '') return { ok: false, reason: 'the date is empty' };

  // ISO with a space instead of T, as spreadsheets write date-times.
  if (EDTF_LIKE.test(text)) {
    const spaced = SPACED_ISO.exec(text);
    const normal = spaced ? `${spaced[1]}T${spaced[2]}` : text;
    const edtf = parseEdtf(normal);
    if (edtf.ok) return { ok: true, edtf: normal, precision: precisionOf(edtf.value) };
  }

  let m = YEAR_ONLY.exec(text);
  if (m) return date(Number(m[1]));

  m = DOTTED.exec(text);
  if (m) return date(Number(m[3]), Number(m[2]), Number(m[1]));

  m = SLASHED.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const [day, month] = order === 'day-first' ? [a, b] : [b, a];
    const result = date(Number(m[3]), month, day);
    if (!result.ok && month > 12 && day <= 12) {
      return { ok: false, reason: `${month} is not a month: the day/month order is set to ${order === 'day-first' ? 'day first' : 'month first'}` };
    }
    return result;
  }

  m = MONTH_YEAR.exec(text);
  if (m) return date(Number(m[2]), Number(m[1]));

  // "Aug 15 2025", "Aug 15, 2025", "August 2025", "15 August 2025", "15 августа 2025 г."
  const words = text.replace(/,/gu, ' ').replace(/\s*г\.?$/u, '').split(' ').filter(Boolean);
  if (words.length >= 2 && words.length <= 3 && /^\d{4}$/u.test(words.at(-1)!)) {
    const year = Number(words.at(-1));
    if (words.length === 2) {
      const month = monthNumber(words[0]!);
      if (month) return date(year, month);
    } else {
      const [p, q] = [words[0]!, words[1]!];
      const monthFirst = monthNumber(p);
      const monthSecond = monthNumber(q);
      if (monthFirst && ORDINAL_DAY.test(q)) return date(year, monthFirst, parseInt(q, 10));
      if (monthSecond && ORDINAL_DAY.test(p)) return date(year, monthSecond, parseInt(p, 10));
    }
  }

  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/u.test(text)) return { ok: false, reason: `"${text}" has a two-digit year; write the year in full` };
  return {
    ok: false,
    reason: `"${text.slice(0, 40)}" is not a date Sourceline reads; write it like 2025-08-15, 15.08.2025, 08/15/2025, Aug 15 2025, Aug 2025 or 2025`,
  };
}

/** Which order the slashed dates of a column must be in, when some cell settles it (a first number over 12 means day first). */
export function guessDayMonthOrder(cells: readonly string[]): DayMonthOrder | null {
  let dayFirst = false;
  let monthFirst = false;
  for (const cell of cells) {
    const m = /^\s*(\d{1,2})[/-](\d{1,2})[/-]\d{4}\s*$/u.exec(cell);
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  return dayFirst === monthFirst ? null : dayFirst ? 'day-first' : 'month-first';
}

/** Coarsens an EDTF point to a stated precision (a spreadsheet's precision column); never makes it finer. */
export function coarsen(edtf: string, precision: Precision): string {
  const parsed = parseEdtf(edtf);
  if (!parsed.ok || parsed.value.type !== 'point') return edtf;
  const { at } = parsed.value;
  const order: Precision[] = ['year', 'month', 'day', 'minute'];
  if (order.indexOf(precision) >= order.indexOf(at.date.precision)) return edtf;
  const qualifier = at.approximate && at.uncertain ? '%' : at.approximate ? '~' : at.uncertain ? '?' : '';
  const { hour: _h, minute: _m, second: _s, offsetMinutes: _o, ...rest } = at.date;
  return formatCalendarDate({ ...rest, precision }) + qualifier;
}
