/**
 * Nights and pairs of days: "в ночь на 13 августа" (the night from the 12th to the 13th),
 * "в ночь с 12 на 13 августа", "в ночь на вторник", "on the night of August 12",
 * "12 и 13 августа", "Aug. 12 and 13", "between August 6 and 15".
 */
import { addDays, formatDay, isValidYmd, type Ymd } from './calendar';
import { candidate, tenseAt } from './context';
import { EN_MONTH, matchAll, monthOf, RU_MONTH, WB, YEAR } from './patterns';
import { dayForWeekday, yearForDay } from './resolve';
import type { Candidate, RuleContext } from './types';

const RU_YEAR_TAIL = `(?:\\s+${YEAR}\\s*(?:года|г\\.?)?(?![\\p{L}\\d]))?`;
const EN_YEAR_TAIL = `(?:,?\\s+${YEAR}(?![\\p{L}\\d]))?`;

const RU_NIGHT = new RegExp(
  `${WB}(?:в\\s+)?ночь\\s+(?:с\\s+(\\d{1,2})(?:\\s+(${RU_MONTH}))?\\s+)?на\\s+(\\d{1,2})\\s+(${RU_MONTH})${RU_YEAR_TAIL}`, 'giu');
const RU_NIGHT_WEEKDAY = new RegExp(
  `${WB}(?:в\\s+)?ночь\\s+(?:с\\s+\\p{L}+\\s+)?на\\s+(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?![\\p{L}])`, 'giu');
const EN_NIGHT = new RegExp(
  `${WB}(?:on\\s+)?the\\s+night\\s+of\\s+(${EN_MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:-|–|to|into)\\s*(\\d{1,2}))?${EN_YEAR_TAIL}`, 'giu');

const RU_PAIR = new RegExp(`${WB}(\\d{1,2})\\s*(?:и|,)\\s*(\\d{1,2})\\s+(${RU_MONTH})${RU_YEAR_TAIL}`, 'giu');
const EN_PAIR = new RegExp(
  `${WB}(?:between\\s+)?(${EN_MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:and|&)\\s+(?:(${EN_MONTH})\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\d])${EN_YEAR_TAIL}`, 'giu');

/** "12-го августа": chrono-node reads only the month. */
const RU_ORDINAL_DAY = new RegExp(`${WB}(\\d{1,2})${'[-‐‑–]'}?го\\s+(${RU_MONTH})${RU_YEAR_TAIL}`, 'giu');

const RU_WEEKDAY: Record<string, number> = { понедельник: 1, вторник: 2, среду: 3, четверг: 4, пятницу: 5, субботу: 6, воскресенье: 0 };

function dayOf(ctx: RuleContext, start: number, end: number, month: number, day: number, year: string | undefined): Ymd | null {
  const y = year ? Number(year) : yearForDay(month, day, ctx.ref, tenseAt(ctx, start, end));
  const d = { year: y, month, day };
  return isValidYmd(d) ? d : null;
}

export const daySpanRules = (ctx: RuleContext): Candidate[] => {
  const { text, lang } = ctx;
  const out: Candidate[] = [];
  const span = (start: number, end: number, a: Ymd, b: Ymd, rule: string) =>
    out.push(candidate(ctx, start, end, `${formatDay(a)}/${formatDay(b)}`, 'day', rule));

  if (lang === 'ru') {
    for (const m of matchAll(RU_NIGHT, text)) {
      const [, fromDay, fromMonth, toDay, toMonth, year] = m;
      const end = m.index + m[0].length;
      const last = dayOf(ctx, m.index, end, monthOf(toMonth!)!, Number(toDay), year);
      if (!last) continue;
      const first = fromDay ? { year: last.year, month: fromMonth ? monthOf(fromMonth)! : last.month, day: Number(fromDay) } : addDays(last, -1);
      if (!isValidYmd(first)) continue;
      span(m.index, end, first.month > last.month ? { ...first, year: last.year - 1 } : first, last, 'night');
    }
    for (const m of matchAll(RU_NIGHT_WEEKDAY, text)) {
      const end = m.index + m[0].length;
      const weekday = RU_WEEKDAY[m[1]!.toLowerCase()];
      if (weekday === undefined) continue;
      const tense = tenseAt(ctx, m.index, end);
      const last = dayForWeekday(weekday, ctx.ref, tense, false);
      span(m.index, end, addDays(last, -1), last, 'night');
    }
    for (const m of matchAll(RU_ORDINAL_DAY, text)) {
      const end = m.index + m[0].length;
      const d = dayOf(ctx, m.index, end, monthOf(m[2]!)!, Number(m[1]), m[3]);
      if (d) out.push(candidate(ctx, m.index, end, formatDay(d), 'day', 'day-ordinal'));
    }
    for (const m of matchAll(RU_PAIR, text)) {
      const [, d1, d2, monthWord, year] = m;
      const end = m.index + m[0].length;
      const month = monthOf(monthWord!)!;
      const b = dayOf(ctx, m.index, end, month, Number(d2), year);
      const a = b && { year: b.year, month, day: Number(d1) };
      if (!a || !b || !isValidYmd(a) || a.day >= b.day) continue;
      pair(ctx, out, m.index, m.index + m[1]!.length, end, a, b);
    }
  } else {
    for (const m of matchAll(EN_NIGHT, text)) {
      const [, monthWord, d1, d2, year] = m;
      const end = m.index + m[0].length;
      const first = dayOf(ctx, m.index, end, monthOf(monthWord!)!, Number(d1), year);
      if (!first) continue;
      const last = d2 ? { ...first, day: Number(d2) } : addDays(first, 1);
      if (isValidYmd(last)) span(m.index, end, first, last, 'night');
    }
    for (const m of matchAll(EN_PAIR, text)) {
      const [, month1, d1, month2, d2, year] = m;
      if (/^\p{Ll}/u.test(month1!)) continue;
      const end = m.index + m[0].length;
      const a = dayOf(ctx, m.index, end, monthOf(month1!)!, Number(d1), year);
      if (!a) continue;
      const b = { year: a.year, month: month2 ? monthOf(month2)! : a.month, day: Number(d2) };
      if (!isValidYmd(b) || formatDay(b) <= formatDay(a)) continue;
      if (/^between/iu.test(m[0])) span(m.index, end, a, b, 'day-range');
      else pair(ctx, out, m.index, -1, end, a, b);
    }
  }
  return out;
};

/**
 * Two days named together: neighbours make one span ("12 и 13 августа"); days apart are two
 * dates, the first of which is just its number ("5 и 12 августа").
 */
function pair(ctx: RuleContext, out: Candidate[], start: number, firstEnd: number, end: number, a: Ymd, b: Ymd): void {
  if (formatDay(addDays(a, 1)) === formatDay(b) || firstEnd < 0) {
    out.push(candidate(ctx, start, end, `${formatDay(a)}/${formatDay(b)}`, 'day', 'day-pair'));
    return;
  }
  out.push(candidate(ctx, start, firstEnd, formatDay(a), 'day', 'day-pair'));
}
