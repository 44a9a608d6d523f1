/**
 * "через 3 дня", "Через два года", "in 3 days": a date counted forward from the publication.
 * Chrono reads the English form but not the Russian one (and "через" is kept from chrono on
 * purpose, see chronoMentions: "через два года после войны" counts from the war). Here a count
 * is taken from the publication only when nothing after it names another start ("после",
 * "after") and the sentence is not told in the past, where the count runs from the story's time.
 */
import { addDays, formatDay, formatMonth, formatYear, fromMonthNumber, monthNumber } from './calendar';
import { candidate, tenseAt } from './context';
import { countOf, unitOf } from './durationRules';
import type { Precision } from '../domain/when';
import type { Candidate, RuleContext } from './types';

const RU_FORWARD = /(?<![\p{L}])[Чч]ерез\s+(\d{1,3}|\p{L}+)\s+(год|года|лет|месяц\p{L}*|недел\p{L}*|день|дня|дней|сутки|суток)(?![\p{L}])/gu;
const EN_FORWARD = /\b[Ii]n\s+(\d{1,3}|[a-z]+)\s+(years?|months?|weeks?|days?)(?![\p{L}])/gu;
const OTHER_START = /^\s*(?:после|спустя|с\s+момента|after|from)(?![\p{L}])/iu;

export function countFromPublication(ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(new RegExp(ctx.lang === 'ru' ? RU_FORWARD : EN_FORWARD))) {
    const n = countOf(m[1]!, ctx.lang);
    const unit = unitOf(m[2]!, ctx.lang);
    if (typeof n !== 'number' || !Number.isInteger(n) || n === 0 || unit === undefined) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (OTHER_START.test(ctx.text.slice(end, end + 16)) || tenseAt(ctx, start, end) === 'past') continue;
    const ref = ctx.ref;
    let value: string;
    let precision: Precision;
    if (unit === 'D' || unit === 'W') {
      value = formatDay(addDays(ref, unit === 'D' ? n : 7 * n));
      precision = 'day';
    } else if (unit === 'M') {
      const ym = fromMonthNumber(monthNumber(ref.year, ref.month) + n);
      value = formatMonth(ym.year, ym.month);
      precision = 'month';
    } else if (unit === 'Y') {
      value = formatYear(ref.year + n);
      precision = 'year';
    } else continue;
    out.push(candidate(ctx, start, end, value, precision, 'count-from-publication'));
  }
  return out;
}
