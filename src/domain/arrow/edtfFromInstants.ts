import { formatCalendarDate, PRECISIONS, rangeOfDate, type CalendarDate, type Precision } from '../when';

/**
 * EDTF for an event that a dataframe gave only as timestamps: `start` (and `end`, end
 * exclusive, as the Arrow writer stores them) at a precision. A table written from
 * pandas or DuckDB usually has timestamps and no EDTF; this lets it say "1945" or
 * "Aug 2025" by naming the precision instead of pretending to know the minute.
 * Without a precision, a midnight instant is a day and any other is a minute (in UTC).
 * Returns undefined when there is no start, so the schema reports `when` as missing.
 */
export function edtfFromInstants(start: number | null, end: number | null, precision: string | null): string | undefined {
  if (start === null || !Number.isFinite(start)) return undefined;
  const p: Precision = isPrecision(precision) ? precision : start % 86_400_000 === 0 ? 'day' : 'minute';
  const first = calendarAt(start, p);
  const natural = rangeOfDate(first).end;
  // A stretch longer than one unit of its precision is a span to the unit that holds its last moment.
  if (end === null || !Number.isFinite(end) || end <= natural) return formatCalendarDate(first);
  return `${formatCalendarDate(first)}/${formatCalendarDate(calendarAt(end - 1, p))}`;
}

function isPrecision(value: string | null): value is Precision {
  return value !== null && (PRECISIONS as readonly string[]).includes(value);
}

function calendarAt(ms: number, precision: Precision): CalendarDate {
  const d = new Date(ms);
  const base = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), precision };
  return precision === 'minute' ? { ...base, hour: d.getUTCHours(), minute: d.getUTCMinutes(), offsetMinutes: 0 } : base;
}
