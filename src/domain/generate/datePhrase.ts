import type { CalendarDate, QualifiedDate, SpanEnd, When } from '../when';
import { MONTHS_EN, MONTHS_RU_GEN, MONTHS_RU_PREP } from './vocabulary';

/**
 * How a generated sentence says its date, in English or Russian, the way news copy
 * does: "on 12 August 1999", "в марте 1984 года", "no later than 3 May 2001". The
 * sentence and the stored EDTF come from the same When, so they always agree.
 */

export type Language = 'en' | 'ru';

function offsetLabel(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function clock(d: CalendarDate): string {
  return `${String(d.hour ?? 0).padStart(2, '0')}:${String(d.minute ?? 0).padStart(2, '0')}`;
}

/** The date alone, as a noun phrase: "12 August 1999", "August 1999", "1999". */
function dateEn(d: CalendarDate): string {
  const month = MONTHS_EN[(d.month ?? 1) - 1];
  switch (d.precision) {
    case 'year':
      return String(d.year);
    case 'month':
      return `${month} ${d.year}`;
    case 'day':
      return `${d.day} ${month} ${d.year}`;
    case 'minute':
      return `${clock(d)} (${offsetLabel(d.offsetMinutes ?? 0)}) on ${d.day} ${month} ${d.year}`;
  }
}

/** Russian genitive form: "12 августа 1999 года", "августа 1999 года", "1999 года". */
function dateRuGen(d: CalendarDate): string {
  const month = MONTHS_RU_GEN[(d.month ?? 1) - 1];
  switch (d.precision) {
    case 'year':
      return `${d.year} года`;
    case 'month':
      return `${month} ${d.year} года`;
    case 'day':
      return `${d.day} ${month} ${d.year} года`;
    case 'minute':
      return `${d.day} ${month} ${d.year} года в ${clock(d)} (${offsetLabel(d.offsetMinutes ?? 0)})`;
  }
}

/** Russian "when" adverbial: "12 августа 1999 года", "в августе 1999 года", "в 1999 году". */
function atRu(d: CalendarDate): string {
  switch (d.precision) {
    case 'year':
      return `в ${d.year} году`;
    case 'month':
      return `в ${MONTHS_RU_PREP[(d.month ?? 1) - 1]} ${d.year} года`;
    default:
      return dateRuGen(d);
  }
}

function atEn(d: CalendarDate): string {
  switch (d.precision) {
    case 'year':
    case 'month':
      return `in ${dateEn(d)}`;
    case 'day':
      return `on ${dateEn(d)}`;
    case 'minute':
      return `at ${dateEn(d)}`;
  }
}

function qualifiedEn(q: QualifiedDate): string {
  if (q.approximate && q.uncertain) return `possibly around ${dateEn(q.date)}`;
  if (q.approximate) return `around ${dateEn(q.date)}`;
  if (q.uncertain) return `reportedly ${atEn(q.date)}`;
  return atEn(q.date);
}

function qualifiedRu(q: QualifiedDate): string {
  if (q.approximate && q.uncertain) return `предположительно около ${dateRuGen(q.date)}`;
  if (q.approximate) return `около ${dateRuGen(q.date)}`;
  if (q.uncertain) return `предположительно ${atRu(q.date)}`;
  return atRu(q.date);
}

function known(end: SpanEnd): QualifiedDate | null {
  return typeof end === 'string' ? null : end;
}

export function datePhrase(when: When, language: Language): string {
  const en = language === 'en';
  switch (when.type) {
    case 'point':
      return en ? qualifiedEn(when.at) : qualifiedRu(when.at);
    case 'span': {
      const s = known(when.start);
      const e = known(when.end);
      const tilde = (q: QualifiedDate) => (q.approximate ? (en ? 'around ' : 'около ') : '');
      if (s && e) {
        return en
          ? `from ${tilde(s)}${dateEn(s.date)} to ${tilde(e)}${dateEn(e.date)}`
          : `с ${tilde(s)}${dateRuGen(s.date)} по ${tilde(e)}${dateRuGen(e.date)}`;
      }
      if (s) return en ? `from ${tilde(s)}${dateEn(s.date)} onwards` : `начиная с ${tilde(s)}${dateRuGen(s.date)}`;
      return en ? `until ${tilde(e!)}${dateEn(e!.date)}` : `вплоть до ${tilde(e!)}${dateRuGen(e!.date)}`;
    }
    case 'bounded': {
      const { earliest, latest } = when;
      if (earliest && latest) {
        return en
          ? `sometime between ${dateEn(earliest)} and ${dateEn(latest)}`
          : `в период между ${dateRuGen(earliest)} и ${dateRuGen(latest)}`;
      }
      if (latest) return en ? `no later than ${dateEn(latest)}` : `не позднее ${dateRuGen(latest)}`;
      return en ? `no earlier than ${dateEn(earliest!)}` : `не ранее ${dateRuGen(earliest!)}`;
    }
  }
}
