/**
 * Calendar phrases that chrono-node misses or misreads, in both languages:
 * - two-digit range ends: "1998–99", "сезон 2019/20" (1998/1999, 2019/2020);
 * - a weekday of a named week: "Thursday of the following week", "в четверг на будущей неделе";
 * - ordinal weekdays of a month: "the second Monday of March", "в последнюю пятницу месяца";
 * - the last or next N units as an interval ending or starting at the publication:
 *   "the past five days", "за последние пять дней", "in the coming three weeks";
 * - open intervals: "after 2018" (2019/..), "не позднее 2030 года" ([..2030]);
 * - Russian numeric days without a year: "03.05", "7–9.11", and ordinal days "3-е мая";
 * - an English month after a cue word that chrono-node passes over: "last May", "next June";
 * - "the week of March 6": the week of that day;
 * - the beginning, middle or end of a week: "the end of this week", "в конце недели".
 */
import { addDays, formatDay, formatMonth, formatYear, isValidYmd, lastDayOfMonth, mondayOf, weekdayOf, type Ymd } from './calendar';
import { candidate, tenseAt } from './context';
import { countOf, durationValue, unitOf } from './durationRules';
import { DASH, EN_MONTH, matchAll, monthOf, RU_MONTH, WB, WE, YEAR } from './patterns';
import { yearForDay, yearForMonth } from './resolve';
import type { Candidate, RuleContext } from './types';

const EN_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const RU_WEEKDAY_STEMS = ['воскресень', 'понедельник', 'вторник', 'сред', 'четверг', 'пятниц', 'суббот'];
const EN_WEEKDAY = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
const RU_WEEKDAY = '(воскресенье|понедельник|вторник|среду|четверг|пятницу|субботу)';

function weekdayNumber(word: string): number {
  const w = word.toLowerCase();
  const en = EN_WEEKDAYS.indexOf(w);
  return en >= 0 ? en : RU_WEEKDAY_STEMS.findIndex((s) => w.startsWith(s));
}

/** -1 for last/прошлой week, 0 for this, 1 for next/following/будущей. */
function weekShift(word: string): number {
  return /^(?:last|previous|past|прошл|минувш|предыдущ)/iu.test(word) ? -1 : /^(?:this|эт|текущ|нынешн)/iu.test(word) ? 0 : 1;
}

const RANGE_2 = new RegExp(`${WB}${YEAR}\\s*(?:${DASH}|/)\\s*(\\d{2})${WE}(?![.,]\\d)`, 'gu');

const EN_WEEKDAY_OF_WEEK = new RegExp(
  `${WB}(?:on\\s+)?${EN_WEEKDAY}\\s+of\\s+(?:the\\s+)?(following|next|last|previous|this)\\s+week${WE}`, 'giu');
const RU_WEEKDAY_OF_WEEK = new RegExp(
  `${WB}(?:(?:в|во)\\s+)?${RU_WEEKDAY}\\s+(?:на\\s+)?(следующей|будущей|прошлой|минувшей|предыдущей|этой|текущей)\\s+неделе${WE}`, 'giu');

const EN_ORDINAL_WEEKDAY = new RegExp(
  `${WB}(?:on\\s+)?the\\s+(first|second|third|fourth|last)\\s+${EN_WEEKDAY}\\s+(?:of|in)\\s+(?:(${EN_MONTH})(?:\\s+${YEAR})?|(this|next|last)\\s+month|the\\s+month)${WE}`, 'giu');
const RU_ORDINAL_WEEKDAY = new RegExp(
  `${WB}(?:(?:в|во)\\s+)?(перв\\p{L}+|втор\\p{L}+|треть\\p{L}+|четв[её]рт\\p{L}+|последн\\p{L}+)\\s+${RU_WEEKDAY}\\s+(?:(${RU_MONTH})(?:\\s+${YEAR}\\s*года)?|(этого|следующего|прошлого)?\\s*месяца)${WE}`, 'giu');

const UNITS_EN = '(days|weeks|months|years)';
const UNITS_RU = '(дн(?:я|ей)|недел[иь]|месяц(?:а|ев)|лет|года)';
const EN_LAST_N = new RegExp(`${WB}(?:the\\s+)?(past|last|previous|coming|next)\\s+(\\d{1,3}|[a-z]+)\\s+${UNITS_EN}${WE}`, 'giu');
const RU_LAST_N = new RegExp(`${WB}(?:за\\s+|в\\s+)?(последние|прошедшие|минувшие|ближайшие|следующие)\\s+(\\d{1,3}|\\p{L}+)\\s+${UNITS_RU}${WE}`, 'giu');

const EN_OPEN = new RegExp(`${WB}(after|before|no\\s+later\\s+than|not\\s+later\\s+than)\\s+${YEAR}${WE}(?!\\s*${DASH}\\s*\\d)`, 'giu');
const RU_OPEN = new RegExp(`${WB}(после|не\\s+позднее|не\\s+позже|не\\s+ранее)\\s+${YEAR}\\s*(?:года|г\\.?)(?![\\p{L}])`, 'giu');

const RU_NUMERIC_DAY = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(\\d{1,2})(?:\\s*${DASH}\\s*(\\d{1,2}))?\\.(0[1-9]|1[0-2])(?![\\p{N}]|[.,]\\d|\\s*(?:%|млн|млрд|тыс|руб|долл|евро|процент|раз|км|кг|м\\b))`, 'gu');
const RU_ORDINAL_DAY = new RegExp(`${WB}(\\d{1,2})${DASH}(?:е|ое|го|ого|м|му)\\s+(${RU_MONTH})(?![\\p{L}])(?!\\s*${YEAR})`, 'giu');

const EN_EVERY_WEEKDAY = new RegExp(`${WB}(?:every|each)\\s+${EN_WEEKDAY}${WE}`, 'giu');
const RU_EVERY_WEEKDAY = new RegExp(
  `${WB}(?:(?:каждый|каждую|каждое)\\s+${RU_WEEKDAY}|по\\s+(понедельникам|вторникам|средам|четвергам|пятницам|субботам|воскресеньям))(?![\\p{L}])`, 'giu');
/** "the end of this week", "early next week", "в конце недели", "к началу следующей недели". */
const EN_WEEK_PART = new RegExp(
  `${WB}(?:(by|at|in|since|until)\\s+)?(?:the\\s+(beginning|start|middle|end)\\s+of\\s+(?:the\\s+)?(this|last|next|following|previous|coming)?\\s*week|(early|late|mid)[\\s-]+(this|last|next)\\s+week)${WE}`, 'giu');
const RU_WEEK_PART = new RegExp(
  `${WB}(?:(в|во|до|к|с|со)\\s+)?(начал[еаоу]|середин[еыу]|конц[еау]|конец)\\s+(?:(этой|текущей|нынешней|прошлой|минувшей|предыдущей|следующей|будущей)\\s+)?недели(?![\\p{L}])`, 'giu');
/** Days of the week (Monday = 0) that its beginning, middle and end cover. */
function weekPartDays(word: string): [number, number] {
  return /^(?:beginning|start|early|начал)/iu.test(word) ? [0, 1] : /^(?:middle|mid|середин)/iu.test(word) ? [2, 3] : [4, 6];
}

/** "the week of March 6": the week that day falls in. */
const EN_WEEK_OF = new RegExp(`${WB}the\\s+week\\s+of\\s+(${EN_MONTH})\\s+(\\d{1,2})(?:,?\\s+${YEAR})?${WE}`, 'gu');
const EN_CUED_MONTH = new RegExp(`${WB}([Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\\s+(${EN_MONTH})(?!\\s*\\d)${WE}`, 'gu');
const EN_DAY_PART = new RegExp(`${WB}(this|yesterday|tomorrow)\\s+(?:morning|afternoon|evening)${WE}`, 'giu');
const RU_DAY_PART = new RegExp(`${WB}(вчера|сегодня|завтра)\\s+(?:утром|днём|днем|вечером|ночью)(?![\\p{L}])`, 'giu');

function nthWeekday(year: number, month: number, weekday: number, nth: number | 'last'): Ymd | undefined {
  if (nth === 'last') {
    const end = { year, month, day: lastDayOfMonth(year, month) };
    return addDays(end, -((weekdayOf(end) - weekday + 7) % 7));
  }
  const first = { year, month, day: 1 };
  const d = addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + (nth - 1) * 7);
  return d.month === month ? d : undefined;
}

function shiftUnits(d: Ymd, n: number, unit: string): Ymd {
  const u = unit.toLowerCase();
  if (/^(?:day|дн)/u.test(u)) return addDays(d, n);
  if (/^(?:week|недел)/u.test(u)) return addDays(d, 7 * n);
  const months = /^(?:month|месяц)/u.test(u) ? n : 12 * n;
  const m = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(m / 12);
  const month = (m % 12) + 1;
  return { year, month, day: Math.min(d.day, lastDayOfMonth(year, month)) };
}

export function calendarPhrases(ctx: RuleContext): Candidate[] {
  const { text, lang, ref } = ctx;
  const out: Candidate[] = [];
  // Above the year and weekday rules that read a part of the same words ("after 2018" as 2018).
  const at = (m: RegExpExecArray, value: string, precision: 'year' | 'day', rule: string, extra: Partial<Candidate> = {}) =>
    out.push(candidate(ctx, m.index, m.index + m[0].length, value, precision, rule, { priority: 2, ...extra }));

  for (const m of matchAll(RANGE_2, text)) {
    const a = Number(m[1]);
    const b = Math.floor(a / 100) * 100 + Number(m[2]);
    if (b > a && b - a <= 10) at(m, `${formatYear(a)}/${formatYear(b)}`, 'year', 'year-range-short');
  }

  for (const m of matchAll(lang === 'ru' ? RU_WEEKDAY_OF_WEEK : EN_WEEKDAY_OF_WEEK, text)) {
    const monday = addDays(mondayOf(ref), 7 * weekShift(m[2]!));
    at(m, formatDay(addDays(monday, (weekdayNumber(m[1]!) + 6) % 7)), 'day', 'weekday-of-week');
  }

  for (const m of matchAll(lang === 'ru' ? RU_ORDINAL_WEEKDAY : EN_ORDINAL_WEEKDAY, text)) {
    const [, ord, wd, monthWord, year, rel] = m;
    const nth = /^(?:last|последн)/iu.test(ord!) ? ('last' as const) : (['first', 'second', 'third', 'fourth'].indexOf(ord!.toLowerCase()) + 1 || ['перв', 'втор', 'трет', 'четв'].findIndex((s) => ord!.toLowerCase().startsWith(s)) + 1);
    let y = ref.year;
    let mo = ref.month;
    if (monthWord) {
      mo = monthOf(monthWord)!;
      y = year ? Number(year) : yearForMonth(mo, ref, tenseAt(ctx, m.index, m.index + m[0].length));
    } else if (rel) {
      const shift = /^(?:next|следующ)/iu.test(rel) ? 1 : /^(?:last|прошл)/iu.test(rel) ? -1 : 0;
      const n = y * 12 + mo - 1 + shift;
      y = Math.floor(n / 12);
      mo = (n % 12) + 1;
    }
    const day = nth ? nthWeekday(y, mo, weekdayNumber(wd!), nth) : undefined;
    if (day) at(m, formatDay(day), 'day', 'ordinal-weekday');
  }

  for (const m of matchAll(lang === 'ru' ? RU_LAST_N : EN_LAST_N, text)) {
    const n = countOf(m[2]!, lang);
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) continue;
    const forward = /^(?:coming|next|ближайш|следующ)/iu.test(m[1]!);
    const today = { year: ref.year, month: ref.month, day: ref.day };
    const other = shiftUnits(today, forward ? n : -n, m[3]!);
    const [a, b] = forward ? [today, other] : [other, today];
    const unit = unitOf(m[3]!, lang);
    at(m, `${formatDay(a)}/${formatDay(b)}`, 'day', forward ? 'next-n-units' : 'last-n-units',
      unit ? { timex: { type: 'duration', value: durationValue(n, unit) } } : {});
  }

  for (const m of matchAll(lang === 'ru' ? RU_OPEN : EN_OPEN, text)) {
    const word = m[1]!.toLowerCase().replace(/\s+/gu, ' ');
    const y = Number(m[2]);
    const value = word === 'after' || word === 'после' ? `${formatYear(y + 1)}/..`
      : word === 'before' ? `[..${formatYear(y - 1)}]`
      : word === 'не ранее' ? `${formatYear(y)}/..` : `[..${formatYear(y)}]`;
    at(m, value, 'year', 'open-interval');
  }

  // "every Monday", "каждый понедельник", "по понедельникам": a recurrence (TimeML XXXX-WXX-1, quant EVERY).
  for (const m of matchAll(lang === 'ru' ? RU_EVERY_WEEKDAY : EN_EVERY_WEEKDAY, text)) {
    const wd = weekdayNumber(m[1] ?? m[2]!);
    if (wd >= 0) at(m, `XXXX-WXX-${wd === 0 ? 7 : wd}`, 'day', 'every-weekday', { type: 'set' });
  }

  // "this morning", "вчера днём": the part of the day stays with its day.
  for (const m of matchAll(lang === 'ru' ? RU_DAY_PART : EN_DAY_PART, text)) {
    const word = m[1]!.toLowerCase();
    const shift = /^(?:yesterday|вчера)/u.test(word) ? -1 : /^(?:tomorrow|завтра)/u.test(word) ? 1 : 0;
    at(m, formatDay(addDays({ year: ref.year, month: ref.month, day: ref.day }, shift)), 'day', 'day-part');
  }

  for (const m of matchAll(lang === 'ru' ? RU_WEEK_PART : EN_WEEK_PART, text)) {
    const prep = (m[1] ?? '').toLowerCase();
    const part = lang === 'ru' ? m[2]! : (m[2] ?? m[4])!;
    const which = (lang === 'ru' ? m[3] : m[3] ?? m[5])?.toLowerCase() ?? 'this';
    const monday = addDays(mondayOf(ref), 7 * (/^(?:this|эт|текущ|нынешн)/u.test(which) ? 0 : weekShift(which)));
    const [a, b] = weekPartDays(part);
    const first = formatDay(addDays(monday, a));
    const last = formatDay(addDays(monday, b));
    const value = prep === 'by' || prep === 'until' || prep === 'до' || prep === 'к' ? `[..${last}]` : prep === 'since' || prep === 'с' || prep === 'со' ? `${first}/..` : `${first}/${last}`;
    at(m, value, 'day', 'week-part');
  }

  if (lang === 'en') {
    for (const m of matchAll(EN_WEEK_OF, text)) {
      const month = monthOf(m[1]!)!;
      const day = Number(m[2]);
      const year = m[3] ? Number(m[3]) : yearForDay(month, day, ref, tenseAt(ctx, m.index, m.index + m[0].length));
      if (!isValidYmd({ year, month, day })) continue;
      const monday = mondayOf({ year, month, day });
      at(m, `${formatDay(monday)}/${formatDay(addDays(monday, 6))}`, 'day', 'week-of');
    }
    for (const m of matchAll(EN_CUED_MONTH, text)) {
      const month = monthOf(m[2]!)!;
      const cue = m[1]!.toLowerCase();
      const year = cue === 'this' ? ref.year
        : cue === 'last' || cue === 'past' ? (month >= ref.month ? ref.year - 1 : ref.year)
        : month <= ref.month ? ref.year + 1 : ref.year;
      out.push(candidate(ctx, m.index, m.index + m[0].length, formatMonth(year, month), 'month', 'month-by-cue', { priority: 1 }));
    }
  }

  if (lang === 'ru') {
    for (const m of matchAll(RU_NUMERIC_DAY, text)) {
      const [first, last, month] = [Number(m[1]), m[2] ? Number(m[2]) : undefined, Number(m[3])];
      const tense = tenseAt(ctx, m.index, m.index + m[0].length);
      const year = yearForDay(month, first, ref, tense);
      const a = { year, month, day: first };
      const b = last !== undefined ? { year, month, day: last } : undefined;
      if (!isValidYmd(a) || (b && (!isValidYmd(b) || b.day <= a.day))) continue;
      at(m, b ? `${formatDay(a)}/${formatDay(b)}` : formatDay(a), 'day', 'numeric-day');
    }
    for (const m of matchAll(RU_ORDINAL_DAY, text)) {
      const month = monthOf(m[2]!)!;
      const day = Number(m[1]);
      const tense = tenseAt(ctx, m.index, m.index + m[0].length);
      const d = { year: yearForDay(month, day, ref, tense), month, day };
      if (isValidYmd(d)) at(m, formatDay(d), 'day', 'ordinal-day');
    }
  }
  return out;
}

