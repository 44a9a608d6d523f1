import { parseDateCell } from './spreadsheetDate';
import type { Precision } from '../when';

/**
 * Dates spread over columns (TimelineJS3's Year, Month, Day, Time) and precision columns
 * (a word, or ACLED's time_precision code), read into EDTF. Pure.
 */

export type ComposedDate = { readonly ok: true; readonly edtf: string; readonly precision: Precision } | { readonly ok: false; readonly reason: string };

export function composeDate(year: string, month: string, day: string, time: string): ComposedDate {
  if (!/^-?\d{1,4}$/u.test(year)) return { ok: false, reason: `"${year}" is not a year` };
  const y = Number(year);
  const yyyy = `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}`;
  if (!month) {
    if (day) return { ok: false, reason: 'a day is given without a month' };
    return { ok: true, edtf: yyyy, precision: 'year' };
  }
  const monthNumber = /^\d{1,2}$/u.test(month) ? Number(month) : null;
  const monthDate = monthNumber !== null ? parseDateCell(`${monthNumber}/${yyyy}`) : parseDateCell(`${month} ${yyyy}`);
  if (!monthDate.ok) return { ok: false, reason: `"${month}" is not a month` };
  if (!day) {
    if (time) return { ok: false, reason: 'a time is given without a day' };
    return monthDate;
  }
  const dayDate = parseDateCell(`${day}.${monthDate.edtf.slice(-2)}.${yyyy}`);
  if (!dayDate.ok) return dayDate;
  if (!time) return dayDate;
  const t = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?$/iu.exec(time.trim());
  if (!t) return { ok: false, reason: `"${time}" is not a time (write 14:30 or 2:30 pm)` };
  let hour = Number(t[1]);
  const pm = t[4]?.toLowerCase() === 'pm';
  if (t[4]) hour = (hour % 12) + (pm ? 12 : 0);
  if (hour > 23 || Number(t[2]) > 59) return { ok: false, reason: `"${time}" is not a time of day` };
  return { ok: true, edtf: `${dayDate.edtf}T${String(hour).padStart(2, '0')}:${t[2]}`, precision: 'minute' };
}

/**
 * A precision cell: year, month, day or minute (any case), or ACLED's time_precision
 * code — 1: the day; 2: within a week around the day given (approximate); 3: only the month.
 */
export function readPrecision(cell: string): { readonly precision: Precision; readonly approximate: boolean } | null {
  const c = cell.trim().toLowerCase();
  if (c === '1') return { precision: 'day', approximate: false };
  if (c === '2') return { precision: 'day', approximate: true };
  if (c === '3') return { precision: 'month', approximate: false };
  if (c === 'year' || c === 'month' || c === 'day' || c === 'minute') return { precision: c, approximate: false };
  return null;
}
