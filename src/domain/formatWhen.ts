import type { CalendarDate, QualifiedDate, SpanEnd, When } from './when';
import { utc } from './when';

/**
 * A When in words that show its precision: "15 Aug 2025", "Aug 2025", "2025",
 * "before 12 Aug 2025", "c. 1945". Never shows a day (or month) it does not know.
 * Calendar dates are formatted on the UTC calendar; a date-time keeps its own offset.
 */

type DateFields = Pick<Intl.DateTimeFormatOptions, 'year' | 'month' | 'day' | 'hour' | 'minute'>;

const FIELDS: Record<CalendarDate['precision'], DateFields> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'short' },
  day: { year: 'numeric', month: 'short', day: 'numeric' },
  minute: { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' },
};

const formatterCache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, fields: DateFields): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(fields)}`;
  let f = formatterCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...fields, timeZone: 'UTC', hourCycle: 'h23' });
    formatterCache.set(key, f);
  }
  return f;
}

function offsetLabel(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes < 0 ? '−' : '+';
  const abs = Math.abs(offsetMinutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? ':' + String(m).padStart(2, '0') : ''}`;
}

export function formatCalendarDateWords(d: CalendarDate, locale = 'en-GB'): string {
  // Wall-clock fields of the date as written (its own offset), formatted on the UTC calendar.
  const t = utc(d.year, (d.month ?? 1) - 1, d.day ?? 1, d.hour ?? 0, d.minute ?? 0);
  const text = formatter(locale, FIELDS[d.precision]).format(t);
  if (d.precision === 'minute' && d.offsetMinutes !== undefined) return `${text} ${offsetLabel(d.offsetMinutes)}`;
  return text;
}

function qualified(q: QualifiedDate, locale: string): string {
  const text = formatCalendarDateWords(q.date, locale);
  if (q.approximate && q.uncertain) return `c. ${text}?`;
  if (q.approximate) return `c. ${text}`;
  if (q.uncertain) return `${text}?`;
  return text;
}

function spanEnd(end: SpanEnd, locale: string): string {
  return end === 'open' ? 'ongoing' : end === 'unknown' ? 'unknown' : qualified(end, locale);
}

export function formatWhen(when: When, locale = 'en-GB'): string {
  switch (when.type) {
    case 'point':
      return qualified(when.at, locale);
    case 'span': {
      if (when.end === 'open' && typeof when.start !== 'string') return `since ${qualified(when.start, locale)}`;
      if (when.start === 'open' && typeof when.end !== 'string') return `until ${qualified(when.end, locale)}`;
      return `${spanEnd(when.start, locale)} – ${spanEnd(when.end, locale)}`;
    }
    case 'bounded': {
      const { earliest, latest } = when;
      if (earliest && latest) {
        return `between ${formatCalendarDateWords(earliest, locale)} and ${formatCalendarDateWords(latest, locale)}`;
      }
      if (latest) return `before ${formatCalendarDateWords(latest, locale)}`;
      return `after ${formatCalendarDateWords(earliest!, locale)}`;
    }
  }
}

/** "day", "month"… in words, for screen readers and the details panel. */
export function describePrecision(when: When): string {
  switch (when.type) {
    case 'point':
      return `known to the ${when.at.date.precision}${when.at.approximate ? ', approximate' : ''}${when.at.uncertain ? ', uncertain' : ''}`;
    case 'span':
      return 'a span of time';
    case 'bounded':
      return 'date not stated; bounded';
  }
}
