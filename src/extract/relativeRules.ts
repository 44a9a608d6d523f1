/**
 * Months and days with a relative year ("в мае прошлого года", "12 мая прошлого года",
 * "June last year") and relative weeks ("на прошлой неделе", "last week"), which
 * chrono-node either misses or resolves to a single day.
 */
import { addDays, formatDay, formatMonth, isValidYmd, mondayOf } from './calendar';
import { candidate } from './context';
import { EN_MONTH, EN_REL_YEAR, matchAll, monthOf, relativeYearShift, RU_MONTH, RU_REL_YEAR, WB, WE } from './patterns';
import type { Candidate, RuleContext } from './types';

const RU_MONTH_REL = new RegExp(`${WB}(?:(?:в|во)\\s+)?(?:(\\d{1,2})\\s+)?(${RU_MONTH})\\s+(${RU_REL_YEAR})`, 'giu');
const EN_MONTH_REL = new RegExp(
  `${WB}(?:in\\s+|on\\s+)?(${EN_MONTH})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(?:of\\s+)?(${EN_REL_YEAR})${WE}`, 'giu');

const RU_WEEK = new RegExp(`${WB}на\\s+(позапрошлой|прошлой|минувшей|прошедшей|этой|текущей|нынешней|следующей|будущей|предстоящей)\\s+неделе${WE}`, 'giu');
const EN_WEEK = new RegExp(`${WB}(?:(earlier|later)\\s+)?(last|this|next|the\\s+past|the\\s+previous)\\s+week${WE}(?!end)`, 'giu');

export const relativeRules = (ctx: RuleContext): Candidate[] => {
  const { text, lang, ref } = ctx;
  const out: Candidate[] = [];
  for (const m of matchAll(lang === 'ru' ? RU_MONTH_REL : EN_MONTH_REL, text)) {
    const [day, monthWord, rel] = lang === 'ru' ? [m[1], m[2], m[3]] : [m[2], m[1], m[3]];
    const month = monthOf(monthWord!);
    if (!month || (lang === 'en' && /^\p{Ll}/u.test(monthWord!))) continue;
    const year = ref.year + (relativeYearShift(rel!, lang) ?? 0);
    const end = m.index + m[0].length;
    if (day) {
      const d = { year, month, day: Number(day) };
      if (isValidYmd(d)) out.push(candidate(ctx, m.index, end, formatDay(d), 'day', 'day-relative-year'));
    } else {
      out.push(candidate(ctx, m.index, end, formatMonth(year, month), 'month', 'month-relative-year'));
    }
  }
  for (const m of matchAll(lang === 'ru' ? RU_WEEK : EN_WEEK, text)) {
    const word = (lang === 'ru' ? m[1] : m[2])!.toLowerCase();
    const shift = /позапрошл/u.test(word) ? -2 : /прошл|минувш|прошедш|last|past|previous/u.test(word) ? -1 : /следующ|будущ|предстоящ|next/u.test(word) ? 1 : 0;
    const monday = addDays(mondayOf(ref), shift * 7);
    const value = `${formatDay(monday)}/${formatDay(addDays(monday, 6))}`;
    out.push(candidate(ctx, m.index, m.index + m[0].length, value, 'day', 'relative-week'));
  }
  return out;
};
