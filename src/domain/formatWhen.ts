import type { CalendarDate, QualifiedDate, SpanEnd, When } from './when';
import { utc } from './when';
import { dateWords } from './dateWords';

/**
 * A When in words that show its precision: "15 Aug 2025", "Aug 2025", "2025",
 * "before 12 Aug 2025", "c. 1945" — or, in a Russian locale, "15 авг. 2025 г.", "до 12 авг. 2025 г.",
 * "ок. 1945". Never shows a day (or month) it does not know. The one date formatter of the
 * app: lists, details, tooltips, the presenter and exports all call it with the interface's
 * locale, so a date reads the same way everywhere.
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

export function formatCalendarDateWords(d: CalendarDate, locale: string): string {
  // Wall-clock fields of the date as written (its own offset), formatted on the UTC calendar.
  const t = utc(d.year, (d.month ?? 1) - 1, d.day ?? 1, d.hour ?? 0, d.minute ?? 0);
  const text = formatter(locale, FIELDS[d.precision]).format(t);
  if (d.precision === 'minute' && d.offsetMinutes !== undefined) return `${text} ${offsetLabel(d.offsetMinutes)}`;
  return text;
}

function qualified(q: QualifiedDate, locale: string): string {
  const text = formatCalendarDateWords(q.date, locale);
  const words = dateWords(locale);
  if (q.approximate && q.uncertain) return words.approximately(`${text}?`);
  if (q.approximate) return words.approximately(text);
  if (q.uncertain) return `${text}?`;
  return text;
}

function spanEnd(end: SpanEnd, locale: string): string {
  const words = dateWords(locale);
  return end === 'open' ? words.ongoing : end === 'unknown' ? words.unknown : qualified(end, locale);
}

export function formatWhen(when: When, locale: string): string {
  const words = dateWords(locale);
  switch (when.type) {
    case 'point':
      return qualified(when.at, locale);
    case 'span': {
      if (when.end === 'open' && typeof when.start !== 'string') return words.since(qualified(when.start, locale));
      if (when.start === 'open' && typeof when.end !== 'string') return words.until(qualified(when.end, locale));
      return `${spanEnd(when.start, locale)} – ${spanEnd(when.end, locale)}`;
    }
    case 'bounded': {
      const { earliest, latest } = when;
      if (earliest && latest) {
        return words.between(formatCalendarDateWords(earliest, locale), formatCalendarDateWords(latest, locale));
      }
      if (latest) return words.before(formatCalendarDateWords(latest, locale));
      return words.after(formatCalendarDateWords(earliest!, locale));
    }
  }
}

/** "known to the day", "с точностью до месяца"… in words, for screen readers and the details panel. */
export function describePrecision(when: When, locale: string): string {
  const words = dateWords(locale);
  switch (when.type) {
    case 'point':
      return [words.knownTo[when.at.date.precision], when.at.approximate && words.approximate, when.at.uncertain && words.uncertain]
        .filter(Boolean)
        .join(', ');
    case 'span':
      return words.span;
    case 'bounded':
      return words.bounded;
  }
}

/**
 * A moment the app recorded (an edit, a review), as an ISO instant, in the same words as
 * dates: "2 Sep 2025, 14:05 UTC" at minute precision, "2 Sep 2025" at day precision.
 * Always on the UTC clock, so every reader sees the same time. Unparsable text is returned as is.
 */
export function formatInstant(iso: string, precision: 'day' | 'minute', locale: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t);
  return formatCalendarDateWords(
    {
      year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
      ...(precision === 'minute' ? { hour: d.getUTCHours(), minute: d.getUTCMinutes(), offsetMinutes: 0 } : {}),
      precision,
    },
    locale,
  );
}
