/**
 * When something happened: a calendar date at an explicit precision, a span of two,
 * or a bound ("before 12 Aug 2025"). Stored and exchanged as EDTF (ISO 8601-2);
 * this module is the one place that reads and writes it.
 *
 * Supported EDTF:
 *   2025 | 2025-08 | 2025-08-12 | 2025-08-13T10:15+03:00   a date (level 0)
 *   …followed by ~ (approximate), ? (uncertain) or % (both)  (level 1)
 *   A/B, ../B, A/..                                           a span, open ends allowed
 *   [..B], [A..], [A..B]                                      one day somewhere in a bound (level 2 set)
 *
 * Calendar dates without a time carry no time zone; they are placed on the UTC
 * calendar so that "19 June 2024" is the same day for every reader.
 */

export type Precision = 'year' | 'month' | 'day' | 'minute';

export const PRECISIONS: readonly Precision[] = ['year', 'month', 'day', 'minute'];

export interface CalendarDate {
  readonly year: number;
  readonly month?: number; // 1–12
  readonly day?: number; // 1–31
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: number;
  /** Offset from UTC in minutes for date-times written with a zone; undefined when none was given. */
  readonly offsetMinutes?: number;
  readonly precision: Precision;
}

export interface QualifiedDate {
  readonly date: CalendarDate;
  readonly approximate: boolean;
  readonly uncertain: boolean;
}

/** An end of a span: a date, open (it goes on), or unknown. */
export type SpanEnd = QualifiedDate | 'open' | 'unknown';

export type When =
  | { readonly type: 'point'; readonly at: QualifiedDate }
  | { readonly type: 'span'; readonly start: SpanEnd; readonly end: SpanEnd }
  /** A single moment known only to lie within bounds; a missing bound is unknown. */
  | { readonly type: 'bounded'; readonly earliest: CalendarDate | null; readonly latest: CalendarDate | null };

/**
 * A failure says why in English (`reason`) and as a catalogue key with values (`problem`),
 * which the interface words in its own language.
 */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string; problem?: MessageCode };

/** A message as a catalogue key and the values it names; the domain never holds translated words. */
export interface MessageCode {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

function fail(reason: string, key: string, params: Readonly<Record<string, string | number>> = {}): { ok: false; reason: string; problem: MessageCode } {
  return { ok: false, reason, problem: { key: `edtf.${key}`, params } };
}

const DATE_RE =
  /^(-?\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** A regular expression loose enough for JSON Schema; parseEdtf does the real checking. */
export const EDTF_PATTERN = '^(\\[|\\.\\.|-?\\d{4})[0-9T:+\\-Z~?%./\\[\\]]*$';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
}

export function parseCalendarDate(text: string): ParseResult<CalendarDate> {
  const m = DATE_RE.exec(text);
  if (!m) return fail(`"${text}" is not a date like 2025, 2025-08, 2025-08-12 or 2025-08-13T10:15+03:00`, 'notADate', { text });
  const [, y, mo, d, h, mi, s, zone] = m;
  const year = Number(y);
  if (mo === undefined) return { ok: true, value: { year, precision: 'year' } };
  const month = Number(mo);
  if (month < 1 || month > 12) return fail(`month ${mo} is out of range in "${text}"`, 'month', { month: mo, text });
  if (d === undefined) return { ok: true, value: { year, month, precision: 'month' } };
  const day = Number(d);
  if (day < 1 || day > daysInMonth(year, month)) return fail(`day ${d} does not exist in ${y}-${mo}`, 'day', { day: d!, month: `${y}-${mo}` });
  if (h === undefined) return { ok: true, value: { year, month, day, precision: 'day' } };
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? undefined : Number(s);
  if (hour > 23 || minute > 59 || (second !== undefined && second > 59)) {
    return fail(`time ${h}:${mi}${s ? ':' + s : ''} is out of range in "${text}"`, 'time', { time: `${h}:${mi}${s ? ':' + s : ''}`, text });
  }
  let offsetMinutes: number | undefined;
  if (zone === 'Z') offsetMinutes = 0;
  else if (zone) {
    const sign = zone.startsWith('-') ? -1 : 1;
    const [oh, om] = zone.slice(1).split(':').map(Number) as [number, number];
    if (oh > 14 || om > 59) return fail(`offset ${zone} is out of range in "${text}"`, 'offset', { offset: zone, text });
    offsetMinutes = sign * (oh * 60 + om);
  }
  return {
    ok: true,
    value: {
      year, month, day, hour, minute, precision: 'minute',
      ...(second !== undefined ? { second } : {}),
      ...(offsetMinutes !== undefined ? { offsetMinutes } : {}),
    },
  };
}

function parseQualified(text: string): ParseResult<QualifiedDate> {
  const q = text.at(-1);
  const hasQualifier = q === '~' || q === '?' || q === '%';
  const parsed = parseCalendarDate(hasQualifier ? text.slice(0, -1) : text);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    value: { date: parsed.value, approximate: q === '~' || q === '%', uncertain: q === '?' || q === '%' },
  };
}

export function parseEdtf(input: string): ParseResult<When> {
  const text = input.trim();
  if (text === '') return fail('the date is empty', 'empty');

  if (text.startsWith('[') || text.startsWith('{')) {
    if (!text.startsWith('[') || !text.endsWith(']')) {
      return fail(`"${text}": only one-of sets like [..2025-08-12] are supported`, 'onlyBounds', { text });
    }
    const inner = text.slice(1, -1);
    const parts = inner.split('..');
    if (parts.length !== 2) return fail(`"${text}": a bound is written [..B], [A..] or [A..B]`, 'boundForm', { text });
    const [a, b] = parts as [string, string];
    if (a === '' && b === '') return fail(`"${text}": a bound needs at least one end`, 'boundEnd', { text });
    const earliest = a === '' ? null : parseCalendarDate(a);
    const latest = b === '' ? null : parseCalendarDate(b);
    if (earliest && !earliest.ok) return earliest;
    if (latest && !latest.ok) return latest;
    const when: When = { type: 'bounded', earliest: earliest?.value ?? null, latest: latest?.value ?? null };
    if (when.earliest && when.latest && rangeOfDate(when.earliest).start > rangeOfDate(when.latest).start) {
      return fail(`"${text}": the earliest bound is after the latest`, 'boundOrder', { text });
    }
    return { ok: true, value: when };
  }

  if (text.includes('/')) {
    const parts = text.split('/');
    if (parts.length !== 2) return fail(`"${text}": a span has exactly one "/"`, 'spanForm', { text });
    const ends = parts.map((p): ParseResult<SpanEnd> =>
      p === '..' ? { ok: true, value: 'open' } : p === '' ? { ok: true, value: 'unknown' } : parseQualified(p),
    ) as [ParseResult<SpanEnd>, ParseResult<SpanEnd>];
    if (!ends[0].ok) return ends[0];
    if (!ends[1].ok) return ends[1];
    const start = ends[0].value;
    const end = ends[1].value;
    if (typeof start === 'string' && typeof end === 'string') {
      return fail(`"${text}": a span needs at least one known end`, 'spanEnd', { text });
    }
    if (typeof start !== 'string' && typeof end !== 'string' && rangeOfDate(start.date).start > rangeOfDate(end.date).start) {
      return fail(`"${text}": the span ends before it starts`, 'spanOrder', { text });
    }
    return { ok: true, value: { type: 'span', start, end } };
  }

  const at = parseQualified(text);
  return at.ok ? { ok: true, value: { type: 'point', at: at.value } } : at;
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

function formatYear(year: number): string {
  return (year < 0 ? '-' : '') + pad(year, 4);
}

function formatOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'Z';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export function formatCalendarDate(d: CalendarDate): string {
  let s = formatYear(d.year);
  if (d.precision === 'year') return s;
  s += `-${pad(d.month ?? 1)}`;
  if (d.precision === 'month') return s;
  s += `-${pad(d.day ?? 1)}`;
  if (d.precision === 'day') return s;
  s += `T${pad(d.hour ?? 0)}:${pad(d.minute ?? 0)}`;
  if (d.second !== undefined) s += `:${pad(d.second)}`;
  if (d.offsetMinutes !== undefined) s += formatOffset(d.offsetMinutes);
  return s;
}

function formatQualified(q: QualifiedDate): string {
  const qualifier = q.approximate && q.uncertain ? '%' : q.approximate ? '~' : q.uncertain ? '?' : '';
  return formatCalendarDate(q.date) + qualifier;
}

function formatSpanEnd(end: SpanEnd): string {
  return end === 'open' ? '..' : end === 'unknown' ? '' : formatQualified(end);
}

export function formatEdtf(when: When): string {
  switch (when.type) {
    case 'point':
      return formatQualified(when.at);
    case 'span':
      return `${formatSpanEnd(when.start)}/${formatSpanEnd(when.end)}`;
    case 'bounded':
      return `[${when.earliest ? formatCalendarDate(when.earliest) : ''}..${when.latest ? formatCalendarDate(when.latest) : ''}]`;
  }
}

/** The stretch of time a date covers, in UTC milliseconds, end exclusive: a month covers its month. */
export interface TimeRange {
  readonly start: number;
  readonly end: number;
}

export function rangeOfDate(d: CalendarDate): TimeRange {
  const month = (d.month ?? 1) - 1;
  switch (d.precision) {
    case 'year':
      return { start: utc(d.year, 0, 1), end: utc(d.year + 1, 0, 1) };
    case 'month':
      return { start: utc(d.year, month, 1), end: utc(d.year, month + 1, 1) };
    case 'day': {
      const start = utc(d.year, month, d.day ?? 1);
      return { start, end: start + DAY_MS };
    }
    case 'minute': {
      const local = utc(d.year, month, d.day ?? 1, d.hour ?? 0, d.minute ?? 0);
      const start = local - (d.offsetMinutes ?? 0) * MINUTE_MS;
      return { start, end: start + MINUTE_MS };
    }
  }
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Date.UTC, but years 0–99 are not shifted into the 1900s. */
export function utc(year: number, monthIndex: number, day: number, hour = 0, minute = 0): number {
  // Date.UTC is fast but maps years 0–99 to 1900–1999; only those take the slow path.
  if (year >= 100 || year < 0) return Date.UTC(year, monthIndex, day, hour, minute);
  const t = new Date(0);
  t.setUTCFullYear(year, monthIndex, day);
  t.setUTCHours(hour, minute, 0, 0);
  return t.getTime();
}

/**
 * Where a When sits in time, for drawing and ordering.
 * `start`/`end` cover what is known; an open or unknown side is flagged so that the
 * timeline can fade toward it instead of inventing a date. `reference` orders events.
 */
export interface WhenExtent {
  readonly start: number;
  readonly end: number;
  readonly reference: number;
  /** The event could have begun any time before `start`. */
  readonly unknownBefore: boolean;
  /** The event could have ended (or happened) any time after `end`. */
  readonly unknownAfter: boolean;
  /** Drawn as a point at this precision (true) or as a stretch of time (false). */
  readonly isPoint: boolean;
  readonly precision: Precision;
  readonly approximate: boolean;
}

function finerPrecision(a: Precision, b: Precision): Precision {
  return PRECISIONS.indexOf(a) >= PRECISIONS.indexOf(b) ? a : b;
}

export function extentOf(when: When): WhenExtent {
  switch (when.type) {
    case 'point': {
      const r = rangeOfDate(when.at.date);
      // Built field by field (no spread): this runs once per event at load, 100,000 times.
      return {
        start: r.start, end: r.end, reference: r.start, unknownBefore: false, unknownAfter: false, isPoint: true,
        precision: when.at.date.precision, approximate: when.at.approximate || when.at.uncertain,
      };
    }
    case 'span': {
      const s = typeof when.start === 'string' ? null : when.start;
      const e = typeof when.end === 'string' ? null : when.end;
      const sr = s ? rangeOfDate(s.date) : null;
      const er = e ? rangeOfDate(e.date) : null;
      const start = sr?.start ?? er!.start;
      const end = er?.end ?? sr!.end;
      return {
        start, end, reference: start,
        unknownBefore: when.start === 'unknown' || when.start === 'open',
        unknownAfter: when.end === 'unknown' || when.end === 'open',
        isPoint: false,
        precision: s && e ? finerPrecision(s.date.precision, e.date.precision) : (s ?? e)!.date.precision,
        approximate: Boolean(s?.approximate || s?.uncertain || e?.approximate || e?.uncertain),
      };
    }
    case 'bounded': {
      const er = when.earliest ? rangeOfDate(when.earliest) : null;
      const lr = when.latest ? rangeOfDate(when.latest) : null;
      const start = er?.start ?? lr!.start;
      const end = lr?.end ?? er!.end;
      const precisions = [when.earliest, when.latest].filter((d): d is CalendarDate => d !== null).map((d) => d.precision);
      return {
        start, end,
        // "before X" is ordered at X: it is the last moment it can have happened.
        reference: lr ? lr.start : start,
        unknownBefore: !er,
        unknownAfter: !lr,
        isPoint: false,
        precision: precisions.reduce(finerPrecision),
        approximate: true,
      };
    }
  }
}
