/**
 * Months and days with a relative year ("в мае прошлого года", "12 мая прошлого года",
 * "June last year") and relative weeks ("на прошлой неделе", "last week"), which
 * chrono-node either misses or resolves to a single day.
 */
import { addDays, compareYmd, formatDay, formatMonth, isValidYmd, mondayOf, weekdayOf, type Ymd } from './calendar';
import { candidate, tenseAt } from './context';
import type { Direction } from './resolve';
import { EN_MONTH, EN_REL_YEAR, matchAll, monthOf, relativeYearShift, RU_MONTH, RU_REL_YEAR, WB, WE } from './patterns';
import type { Candidate, RuleContext } from './types';

const RU_MONTH_REL = new RegExp(`${WB}(?:(?:в|во)\\s+)?(?:(\\d{1,2})\\s+)?(${RU_MONTH})\\s+(${RU_REL_YEAR})`, 'giu');
const EN_MONTH_REL = new RegExp(
  `${WB}(?:in\\s+|on\\s+)?(${EN_MONTH})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(?:of\\s+)?(${EN_REL_YEAR})${WE}`, 'giu');

const RU_REL_YEAR_MONTH = new RegExp(
  `${WB}(?:в|во)\\s+(позапрошлом|прошлом|минувшем|прошедшем|этом|текущем|нынешнем|следующем|будущем|наступающем)\\s+(году|месяце)${WE}`, 'giu');
const RU_WEEK = new RegExp(`${WB}на\\s+(позапрошлой|прошлой|минувшей|прошедшей|этой|текущей|нынешней|следующей|будущей|предстоящей)\\s+неделе${WE}`, 'giu');
const EN_WEEK = new RegExp(`${WB}(?:(earlier|later)\\s+)?(last|this|next|the\\s+past|the\\s+previous)\\s+week${WE}(?!end)`, 'giu');

const RU_WEEKEND = new RegExp(
  `${WB}(?:(?:в|на)\\s+)?(?:(эти|минувшие|прошлые|прошедшие|ближайшие|предстоящие|следующие|будущие)\\s+)?выходн(?:ые|ых)(?![\\p{L}])(?!\\s+дн)`, 'giu');
const EN_WEEKEND = new RegExp(`${WB}(?:(?:over|during|on|at)\\s+)?(the|this|last|next|the\\s+past|the\\s+coming)\\s+weekend${WE}`, 'giu');

/** The Saturday of the weekend meant, from a cue word or else the tense. */
function weekendSaturday(ref: Ymd, direction: Direction, cued: boolean): Ymd {
  let saturday = addDays(mondayOf(ref), 5);
  const sunday = () => addDays(saturday, 1);
  switch (direction) {
    case 'past':
      if (compareYmd(cued ? sunday() : saturday, ref) >= (cued ? 0 : 1)) saturday = addDays(saturday, -7);
      return saturday;
    case 'future':
      if (cued ? compareYmd(saturday, ref) <= 0 : compareYmd(sunday(), ref) < 0) saturday = addDays(saturday, 7);
      return saturday;
    case 'this':
      return saturday;
    case 'none':
      // Early in the week "the weekend" is the one just gone.
      return weekdayOf(ref) >= 1 && weekdayOf(ref) <= 3 ? addDays(saturday, -7) : saturday;
  }
}

function weekendDirection(word: string | undefined): Direction | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (/минувш|прошл|прошедш|last|past/u.test(w)) return 'past';
  if (/ближайш|предстоящ|следующ|будущ|next|coming/u.test(w)) return 'future';
  if (/^(эти|this)$/u.test(w)) return 'this';
  return undefined;
}

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
  if (lang === 'ru') {
    // "в текущем году", "в этом месяце": chrono-node knows only some of these words.
    for (const m of matchAll(RU_REL_YEAR_MONTH, text)) {
      const shift = relativeYearShift(m[1]!, 'ru') ?? 0;
      const end = m.index + m[0].length;
      if (m[2]!.toLowerCase() === 'году') out.push(candidate(ctx, m.index, end, String(ref.year + shift), 'year', 'relative-year'));
      else {
        const n = ref.year * 12 + ref.month - 1 + shift;
        out.push(candidate(ctx, m.index, end, formatMonth(Math.floor(n / 12), (n % 12) + 1), 'month', 'relative-month'));
      }
    }
  }
  for (const m of matchAll(lang === 'ru' ? RU_WEEK : EN_WEEK, text)) {
    const word = (lang === 'ru' ? m[1] : m[2])!.toLowerCase();
    const shift = /позапрошл/u.test(word) ? -2 : /прошл|минувш|прошедш|last|past|previous/u.test(word) ? -1 : /следующ|будущ|предстоящ|next/u.test(word) ? 1 : 0;
    const monday = addDays(mondayOf(ref), shift * 7);
    const value = `${formatDay(monday)}/${formatDay(addDays(monday, 6))}`;
    out.push(candidate(ctx, m.index, m.index + m[0].length, value, 'day', 'relative-week'));
  }
  for (const m of matchAll(lang === 'ru' ? RU_WEEKEND : EN_WEEKEND, text)) {
    const end = m.index + m[0].length;
    const cue = weekendDirection(m[1]);
    const saturday = weekendSaturday(ref, cue ?? tenseAt(ctx, m.index, end), cue !== undefined);
    out.push(candidate(ctx, m.index, end, `${formatDay(saturday)}/${formatDay(addDays(saturday, 1))}`, 'day', 'weekend'));
  }
  return out;
};
