import { pad2, validDate, type TextSpan } from './published';
import { zoneOffsetAt } from './zoneOffset';

/**
 * Dates with an optional time and zone as news pages print them above an article:
 * "13 августа 2025 / 10:15", "13.08.2025, 10:15 мск", "10:15, 13 августа 2025",
 * "August 13, 2025 10:15 AM EDT", "13 Aug 2025 10:15 GMT", "2025-08-13 10:15".
 * Only full dates (with a year) count: a dateline states the day, it does not imply it.
 */
export interface Dateline extends TextSpan {
  readonly date: { readonly year: number; readonly month: number; readonly day: number };
  readonly time: { readonly hour: number; readonly minute: number } | null;
  /** The offset the text states; null when it names none. */
  readonly offsetMinutes: number | null;
  /** The IANA zone the text names ("мск" → Europe/Moscow), when it names one. */
  readonly zone: string | null;
  /** A label on the same line: "Опубликовано", "Updated"… */
  readonly label: 'published' | 'updated' | null;
}

const RU_MONTHS: readonly [RegExp, number][] = [
  [/^янв/u, 1], [/^фев/u, 2], [/^мар/u, 3], [/^апр/u, 4], [/^ма[яй]/u, 5], [/^июн/u, 6],
  [/^июл/u, 7], [/^авг/u, 8], [/^сен/u, 9], [/^окт/u, 10], [/^ноя/u, 11], [/^дек/u, 12],
];
const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const RU_MONTH = 'январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь]|янв|фев|апр|авг|сент?|окт|нояб?|дек';
const EN_MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const MONTH = `(?:${RU_MONTH}|${EN_MONTH})\\.?(?![\\p{L}])`;

const DATE_PATTERNS: readonly { re: RegExp; order: 'dmy' | 'mdy' | 'ymd' }[] = [
  { re: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})[ \\t\\u00a0]+(${MONTH})(?:[ \\t\\u00a0]+|,[ \\t\\u00a0]*)(\\d{4})(?:[ \\t\\u00a0]*(?:г\\.|года?)(?![\\p{L}]))?`, 'giu'), order: 'dmy' },
  { re: new RegExp(`(?<![\\p{L}\\d])(${MONTH})[ \\t\\u00a0]+(\\d{1,2})(?:st|nd|rd|th)?,?[ \\t\\u00a0]+(\\d{4})(?!\\d)`, 'giu'), order: 'mdy' },
  { re: /(?<![\p{L}\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d])/gu, order: 'dmy' },
  { re: /(?<![\p{L}\d-])(\d{4})-(\d{2})-(\d{2})(?![\d])/gu, order: 'ymd' },
];

const SEPARATOR = String.raw`[ \t\u00a0,/|•·–—-]{0,5}(?:(?:в|at)[ \t\u00a0]+)?`;
const TIME = String.raw`(\d{1,2}):(\d{2})(?::\d{2})?(?:[ \t\u00a0]*([AaPp])\.?[ \t\u00a0]*[Mm]\.?(?![\p{L}]))?`;
const TIME_AFTER = new RegExp(`${SEPARATOR}T?${TIME}`, 'uy');
const TIME_BEFORE = new RegExp(`${TIME}[ \\t\\u00a0,/|•·–—-]{1,5}$`, 'u');

const NAMED_ZONES: Record<string, { zone: string | null; offset: number | null }> = {
  мск: { zone: 'Europe/Moscow', offset: null }, msk: { zone: 'Europe/Moscow', offset: null },
  gmt: { zone: 'UTC', offset: 0 }, utc: { zone: 'UTC', offset: 0 }, z: { zone: 'UTC', offset: 0 },
  edt: { zone: null, offset: -240 }, est: { zone: null, offset: -300 }, cdt: { zone: null, offset: -300 },
  cst: { zone: null, offset: -360 }, pdt: { zone: null, offset: -420 }, pst: { zone: null, offset: -480 },
  bst: { zone: null, offset: 60 }, cet: { zone: null, offset: 60 }, cest: { zone: null, offset: 120 },
  eet: { zone: null, offset: 120 }, eest: { zone: null, offset: 180 },
};
const ZONE = new RegExp(
  String.raw`[ \t\u00a0,(]{0,3}(?:(мск|msk|gmt|utc|edt|est|cdt|cst|pdt|pst|bst|cet|cest|eet|eest|z)(?![\p{L}])[ \t\u00a0]*(?:([+\-−])(\d{1,2})(?::?(\d{2}))?)?|([+\-−])(\d{2}):?(\d{2})(?!\d)|(по[ \t\u00a0]+московскому[ \t\u00a0]+времени|по[ \t\u00a0]+москве|moscow[ \t\u00a0]+time))\)?`,
  'iuy',
);
const LABEL_PUBLISHED = /(опубликован\p{L}*|дата\s+публикации|published|posted|first\s+published)/iu;
const LABEL_UPDATED = /(обновлен\p{L}*|изменен\p{L}*|updated|last\s+updated|modified)/iu;

function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/u, '');
  for (const [re, n] of RU_MONTHS) if (re.test(w)) return n;
  const i = EN_MONTHS.indexOf(w.slice(0, 3));
  return i < 0 ? null : i + 1;
}

function readTime(h: string, m: string, ampm: string | undefined): { hour: number; minute: number } | null {
  let hour = Number(h);
  const minute = Number(m);
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (ampm.toLowerCase() === 'p' ? 12 : 0);
  }
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

/** Every dated phrase with a full date in `text` (a line or a longer passage); `base` is added to the offsets. */
export function findDatelines(text: string, base = 0): Dateline[] {
  const out: Dateline[] = [];
  const taken: TextSpan[] = [];
  for (const { re, order } of DATE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [, a, b, c] = m as unknown as [string, string, string, string];
      if (taken.some((t) => m!.index < t.end && m!.index + m![0].length > t.start)) continue;
      const year = Number(order === 'ymd' ? a : c);
      const month = order === 'dmy' ? (/^\d+$/u.test(b) ? Number(b) : monthNumber(b)) : order === 'mdy' ? monthNumber(a) : Number(b);
      const day = Number(order === 'dmy' ? a : order === 'mdy' ? b : c);
      if (month === null || !validDate(year, month, day)) continue;
      let start = m.index;
      let end = m.index + m[0].length;
      let time: Dateline['time'] = null;
      TIME_AFTER.lastIndex = end;
      const after = TIME_AFTER.exec(text);
      if (after && (time = readTime(after[1]!, after[2]!, after[3]))) end = after.index + after[0].length;
      else {
        const before = TIME_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
        if (before && (time = readTime(before[1]!, before[2]!, before[3]))) start -= before[0].length;
      }
      let offsetMinutes: number | null = null;
      let zone: string | null = null;
      ZONE.lastIndex = end;
      const z = ZONE.exec(text);
      if (z) {
        const named = z[1] ? NAMED_ZONES[z[1].toLowerCase()] : undefined;
        const sign = z[2] ?? z[5];
        const hh = z[3] ?? z[6];
        const mm = z[4] ?? z[7];
        if (named) {
          zone = named.zone;
          offsetMinutes = named.offset;
        }
        if (z[8]) zone = 'Europe/Moscow';
        if (sign && hh) {
          offsetMinutes = (sign === '+' ? 1 : -1) * (Number(hh) * 60 + Number(mm ?? 0));
          if (zone === 'UTC') zone = offsetMinutes === 0 ? 'UTC' : null;
        }
        if (zone && offsetMinutes === null) offsetMinutes = zoneOffsetAt(zone, year, month, day, time?.hour, time?.minute);
        if (zone || offsetMinutes !== null) end = z.index + z[0].length;
      }
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      const lineEndRaw = text.indexOf('\n', end);
      const line = text.slice(lineStart, lineEndRaw < 0 ? text.length : lineEndRaw);
      const label = LABEL_UPDATED.test(line) ? 'updated' : LABEL_PUBLISHED.test(line) ? 'published' : null;
      taken.push({ start, end });
      out.push({ start: base + start, end: base + end, date: { year, month, day }, time, offsetMinutes, zone, label });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** A dateline's day as EDTF: "2025-08-13". */
export function datelineDay(d: Dateline): string {
  return `${d.date.year}-${pad2(d.date.month)}-${pad2(d.date.day)}`;
}
