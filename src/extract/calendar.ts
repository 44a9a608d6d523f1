/**
 * Day arithmetic on the proleptic Gregorian calendar, with no time zone: a day is a
 * number of days since 1970-01-01. Only UTC Date methods are used, so the result
 * never depends on the machine's zone.
 */

export interface Ymd {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–31
}

const DAY_MS = 86_400_000;

function utcMs(year: number, monthIndex: number, day: number): number {
  const t = new Date(0);
  t.setUTCFullYear(year, monthIndex, day);
  t.setUTCHours(0, 0, 0, 0);
  return t.getTime();
}

export function dayNumber(d: Ymd): number {
  return Math.round(utcMs(d.year, d.month - 1, d.day) / DAY_MS);
}

export function fromDayNumber(n: number): Ymd {
  const t = new Date(n * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addDays(d: Ymd, days: number): Ymd {
  return fromDayNumber(dayNumber(d) + days);
}

/** 0 = Sunday … 6 = Saturday, as in Date#getUTCDay. */
export function weekdayOf(d: Ymd): number {
  return (((dayNumber(d) + 4) % 7) + 7) % 7;
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return dayNumber(a) - dayNumber(b);
}

export function isValidYmd(d: Ymd): boolean {
  if (!Number.isInteger(d.year) || d.month < 1 || d.month > 12 || d.day < 1) return false;
  return d.day <= lastDayOfMonth(d.year, d.month);
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(utcMs(year, month, 0)).getUTCDate();
}

/** Monday of the ISO week that contains the day. */
export function mondayOf(d: Ymd): Ymd {
  return addDays(d, -((weekdayOf(d) + 6) % 7));
}

/** Months since year 0, so that month distances are plain subtraction. */
export function monthNumber(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function fromMonthNumber(n: number): { year: number; month: number } {
  return { year: Math.floor(n / 12), month: (((n % 12) + 12) % 12) + 1 };
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

export function formatYear(year: number): string {
  return (year < 0 ? '-' : '') + pad(year, 4);
}

export function formatMonth(year: number, month: number): string {
  return `${formatYear(year)}-${pad(month)}`;
}

export function formatDay(d: Ymd): string {
  return `${formatMonth(d.year, d.month)}-${pad(d.day)}`;
}

export function formatOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'Z';
  const abs = Math.abs(offsetMinutes);
  return `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A wall-clock minute, with the zone it was given in, or none for "local time" of an unnamed place. */
export function formatMinute(d: Ymd, hour: number, minute: number, offsetMinutes: number | undefined): string {
  return `${formatDay(d)}T${pad(hour)}:${pad(minute)}${offsetMinutes === undefined ? '' : formatOffset(offsetMinutes)}`;
}
