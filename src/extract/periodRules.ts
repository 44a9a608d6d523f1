/**
 * Parts of a year or a month: quarters ("во втором квартале 2024 года", "Q3 2024"),
 * halves, seasons ("летом прошлого года", "last summer") and early/mid/late
 * ("в начале августа", "в конце 2023 года", "early 2024", "mid-July").
 * A part without a year takes it from a relative phrase or from the tense.
 */
import { formatDay, formatMonth, fromMonthNumber, lastDayOfMonth, monthNumber } from './calendar';
import { candidate, tenseAt } from './context';
import {
  EN_MONTH, EN_REL_YEAR, matchAll, monthOf, ordinalOf, relativeYearShift, RU_MONTH, RU_REL_YEAR, WB, WE, YEAR,
} from './patterns';
import { yearForMonth } from './resolve';
import type { Tense } from './tense';
import type { Candidate, RuleContext } from './types';

const RU_Y = `(?:${YEAR}\\s*(?:года|г\\.?)(?![\\p{L}])|(${RU_REL_YEAR}))`;
const EN_Y = `(?:(?:of\\s+)?${YEAR}${WE}|(?:of\\s+)?(${EN_REL_YEAR}))`;

/** The year named by an explicit year or a relative phrase, else undefined. */
function namedYear(ctx: RuleContext, explicit: string | undefined, relative: string | undefined): number | undefined {
  if (explicit) return Number(explicit);
  if (relative) return ctx.ref.year + (relativeYearShift(relative, ctx.lang) ?? 0);
  return undefined;
}

/** The year of a stretch of months [first, last] (1–12) of an unnamed year, by tense. */
function yearForMonths(ctx: RuleContext, first: number, last: number, tense: Tense): number {
  const here = monthNumber(ctx.ref.year, ctx.ref.month);
  if (tense === 'past' && monthNumber(ctx.ref.year, first) > here) return ctx.ref.year - 1;
  if (tense === 'future' && monthNumber(ctx.ref.year, last) < here) return ctx.ref.year + 1;
  return ctx.ref.year;
}

function monthSpan(year: number, first: number, last: number): string {
  return `${formatMonth(year, first)}/${formatMonth(year, last)}`;
}

const RU_QUARTER = new RegExp(
  `${WB}(?:(?:в|во)\\s+)?(перв\\p{L}*|втор\\p{L}*|трет\\p{L}*|четв[её]рт\\p{L}*|IV|I{1,3}|[1-4](?:${'[-‐‑–]'}?(?:м|й|ом))?)\\s+квартал\\p{L}*(?:\\s+${RU_Y})?`, 'giu');
// "the third quarter", "third-quarter profit", "the 1988 second quarter", "its fiscal first quarter".
const EN_QUARTER = new RegExp(
  `${WB}(?:(?:in|during)\\s+)?(?:(?:the|its|their)\\s+)?(?:${YEAR}\\s+)?(?:fiscal[\\s-]+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+quarter(?:\\s+${EN_Y})?`, 'giu');
const EN_Q = new RegExp(`${WB}(?:Q([1-4])\\s*(?:${YEAR}|['’](\\d{2}))?|${YEAR}\\s*Q([1-4]))${WE}`, 'gu');

const EN_HALF = new RegExp(`${WB}(?:(?:in|during)\\s+)?the\\s+(first|second)\\s+half${WE}(?!\\s+of)`, 'giu');
const EN_MONTH_RANGE = new RegExp(
  `${WB}(?:between|from)\\s+(${EN_MONTH})(?:\\s+${YEAR})?\\s+(?:and|to|through|until|${'[-–—]'})\\s+(${EN_MONTH})(?:,?\\s+${YEAR})?${WE}`, 'gu');
const RU_HALF = new RegExp(`${WB}(?:в|во)\\s+(первом|втором)\\s+полугодии(?:\\s+${RU_Y})?`, 'giu');

const SEASON_FIRST_MONTH: Record<string, number> = {
  весн: 3, лет: 6, осен: 9, зим: 12, spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12,
};
function seasonFirstMonth(word: string): number {
  const w = word.toLowerCase();
  for (const [stem, month] of Object.entries(SEASON_FIRST_MONTH)) if (w.startsWith(stem)) return month;
  return 6;
}

const RU_SEASON = new RegExp(
  `${WB}(?:(прошл\\p{L}*|минувш\\p{L}*|эт\\p{L}*|нынешн\\p{L}*|следующ\\p{L}*|будущ\\p{L}*|грядущ\\p{L}*)\\s+)?(летом|зимой|весной|осенью)(?:\\s+${RU_Y})?`, 'giu');
const EN_SEASON = new RegExp(
  `${WB}(?:(?:in|during|into|over|through|throughout|since|until|of)\\s+)?(?:the\\s+)?(?:(last|this|next|past|coming)\\s+)?(?:(?:early|late|mid)[\\s-]+)?(spring|summer|autumn|fall|winter)(?:\\s+${EN_Y})?`, 'giu');

const RU_PART = new RegExp(
  `${WB}(до\\s+|с\\s+|на\\s+|(?:в|во)\\s+)(начал[еаo]|начало|середин[еыу]|конц[еа]|конец|первой\\s+половин[еы]|второй\\s+половин[еы]|первую\\s+половину|вторую\\s+половину)\\s+` +
    `(?:(${RU_MONTH})(?:\\s+${RU_Y})?|${RU_Y}|(этого|текущего|прошлого|следующего)\\s+месяца|(года|месяца)(?![\\p{L}]))`, 'giu');
const EN_PART = new RegExp(
  `${WB}(?:(by|in|at|since)\\s+)?(early|mid|late|the\\s+(?:beginning|start|middle|end)\\s+of|the\\s+(?:first|second)\\s+half\\s+of)[\\s-]+` +
    `(?:(${EN_MONTH})(?:\\s+${YEAR})?${WE}|${YEAR}${WE}|(${EN_REL_YEAR})|(this|last|next)\\s+month|the\\s+(year|month))`, 'giu');

type Part = 'early' | 'mid' | 'late' | 'h1' | 'h2';
function partOf(word: string): Part {
  const w = word.toLowerCase().replace(/\s+/gu, ' ');
  if (/^(начал|early|the (beginning|start))/u.test(w)) return 'early';
  if (/^(середин|mid|the middle)/u.test(w)) return 'mid';
  if (/^(конц|конец|late|the end)/u.test(w)) return 'late';
  if (/^(перв|the first)/u.test(w)) return 'h1';
  return 'h2';
}
const YEAR_PART_MONTHS: Record<Part, [number, number]> = { early: [1, 4], mid: [5, 8], late: [9, 12], h1: [1, 6], h2: [7, 12] };
function monthPartDays(part: Part, year: number, month: number): [number, number] {
  const last = lastDayOfMonth(year, month);
  return { early: [1, 10], mid: [11, 20], late: [21, last], h1: [1, 15], h2: [16, last] }[part] as [number, number];
}

function seasonValue(ctx: RuleContext, first: number, label: number | undefined, cue: number | 'this' | undefined, tense: Tense): string {
  // An instance is named by its first month; winter 2024 is December 2023 to February 2024.
  const startOf = (year: number) => monthNumber(first === 12 ? year - 1 : year, first);
  const here = monthNumber(ctx.ref.year, ctx.ref.month);
  let startN: number;
  if (label !== undefined) startN = startOf(label);
  else {
    const years = [-2, -1, 0, 1, 2].map((d) => ctx.ref.year + d);
    const starts = years.map(startOf);
    const pick = (pred: (s: number) => boolean, last: boolean) => {
      const ok = starts.filter(pred);
      return (last ? ok.at(-1) : ok[0]) ?? startOf(ctx.ref.year);
    };
    if (cue === -1) startN = pick((s) => s + 2 < here, true);
    else if (cue === 1) startN = pick((s) => s > here, false);
    else if (cue === 'this' || cue === 0) startN = pick((s) => s + 2 >= here, false);
    else if (tense === 'future') startN = pick((s) => s + 2 >= here, false);
    else startN = pick((s) => s <= here, true);
  }
  const a = fromMonthNumber(startN);
  const b = fromMonthNumber(startN + 2);
  return `${formatMonth(a.year, a.month)}/${formatMonth(b.year, b.month)}`;
}

export const periodRules = (ctx: RuleContext): Candidate[] => {
  const { text, lang } = ctx;
  const out: Candidate[] = [];

  // Quarters and halves.
  const quarterRe = lang === 'ru' ? RU_QUARTER : EN_QUARTER;
  for (const m of matchAll(quarterRe, text)) {
    // English has a year before the ordinal ("the 1988 third quarter") as well as after it.
    const [before, ordinal, explicit, relative] = lang === 'en' ? [m[1], m[2], m[3], m[4]] : [undefined, m[1], m[2], m[3]];
    const q = ordinalOf(ordinal!);
    if (!q) continue;
    const first = (q - 1) * 3 + 1;
    const end = m.index + m[0].length;
    const year = namedYear(ctx, before ?? explicit, relative) ?? yearForMonths(ctx, first, first + 2, tenseAt(ctx, m.index, end));
    out.push(candidate(ctx, m.index, end, monthSpan(year, first, first + 2), 'month', 'quarter'));
  }
  if (lang === 'en') {
    for (const m of matchAll(EN_Q, text)) {
      const q = Number(m[1] ?? m[5]);
      const first = (q - 1) * 3 + 1;
      const end = m.index + m[0].length;
      const explicit = m[2] ?? m[4] ?? (m[3] ? `20${m[3]}` : undefined);
      const year = explicit ? Number(explicit) : yearForMonths(ctx, first, first + 2, tenseAt(ctx, m.index, end));
      out.push(candidate(ctx, m.index, end, monthSpan(year, first, first + 2), 'month', 'quarter'));
    }
    // "between January and June 2024": a year written at the end is the start's too.
    for (const m of matchAll(EN_MONTH_RANGE, text)) {
      const [, firstWord, firstYear, lastWord, lastYear] = m;
      const first = monthOf(firstWord!)!;
      const last = monthOf(lastWord!)!;
      const end = m.index + m[0].length;
      const y2 = lastYear ? Number(lastYear) : firstYear ? Number(firstYear) + (last < first ? 1 : 0) : yearForMonths(ctx, first, last, tenseAt(ctx, m.index, end));
      const y1 = firstYear ? Number(firstYear) : last < first ? y2 - 1 : y2;
      out.push(candidate(ctx, m.index, end, `${formatMonth(y1, first)}/${formatMonth(y2, last)}`, 'month', 'month-range'));
    }
    for (const m of matchAll(EN_HALF, text)) {
      const [first, last] = /first/iu.test(m[1]!) ? [1, 6] : [7, 12];
      const end = m.index + m[0].length;
      out.push(candidate(ctx, m.index, end, monthSpan(yearForMonths(ctx, first, last, tenseAt(ctx, m.index, end)), first, last), 'month', 'half-year'));
    }
  } else {
    for (const m of matchAll(RU_HALF, text)) {
      const [first, last] = /перв/iu.test(m[1]!) ? [1, 6] : [7, 12];
      const end = m.index + m[0].length;
      const year = namedYear(ctx, m[2], m[3]) ?? yearForMonths(ctx, first, last, tenseAt(ctx, m.index, end));
      out.push(candidate(ctx, m.index, end, monthSpan(year, first, last), 'month', 'half-year'));
    }
  }

  // Seasons.
  for (const m of matchAll(lang === 'ru' ? RU_SEASON : EN_SEASON, text)) {
    const [, modifier, season, explicit, relative] = m;
    const end = m.index + m[0].length;
    if (lang === 'en') {
      // "into the summer", "over the summer", "of the early summer": a season of the story, not "summer camp".
      const hasPreposition = /^(in|during|into|over|through|throughout|since|until|of)\s/iu.test(m[0]);
      if (!modifier && !explicit && !relative && !(hasPreposition && season!.toLowerCase() !== 'fall')) continue;
    }
    const label = namedYear(ctx, explicit, relative);
    const cue = modifier === undefined ? undefined : /^(эт|нынешн|this)/iu.test(modifier) ? ('this' as const) : relativeYearShift(modifier, lang);
    const value = seasonValue(ctx, seasonFirstMonth(season!), label, cue, tenseAt(ctx, m.index, end));
    out.push(candidate(ctx, m.index, end, value, 'month', 'season'));
  }

  // Early, mid, late; beginning, middle, end; halves.
  if (lang === 'ru') {
    for (const m of matchAll(RU_PART, text)) {
      const [, prep, partWord, monthWord, mExplicit, mRelative, yExplicit, yRelative, monthRel, bare] = m;
      const part = partOf(partWord!);
      const end = m.index + m[0].length;
      out.push(partCandidate(ctx, m.index, end, part, prep!.trim() === 'до' ? 'by' : prep!.trim() === 'с' ? 'since' : 'in', {
        monthWord, monthYear: namedYear(ctx, mExplicit, mRelative), year: namedYear(ctx, yExplicit, yRelative),
        monthShift: monthRel ? (relativeYearShift(monthRel, 'ru') ?? 0) : bare === 'месяца' ? 0 : undefined,
        thisYear: bare === 'года',
      }));
    }
  } else {
    for (const m of matchAll(EN_PART, text)) {
      const [, prep, partWord, monthWord, mYear, yExplicit, yRelative, monthRel, bare] = m;
      const part = partOf(partWord!);
      const end = m.index + m[0].length;
      const p = prep?.toLowerCase();
      out.push(partCandidate(ctx, m.index, end, part, p === 'by' ? 'by' : p === 'since' ? 'since' : 'in', {
        monthWord, monthYear: mYear ? Number(mYear) : undefined, year: namedYear(ctx, yExplicit, yRelative),
        monthShift: monthRel ? (relativeYearShift(monthRel, 'en') ?? 0) : bare === 'month' ? 0 : undefined,
        thisYear: bare === 'year',
      }));
    }
  }
  return out;
};

interface PartTarget {
  readonly monthWord: string | undefined;
  readonly monthYear: number | undefined;
  readonly year: number | undefined;
  readonly monthShift: number | undefined;
  readonly thisYear: boolean;
}

/** "в начале": within the part; "до конца": by its end; "с начала": from its start on. */
type PartRelation = 'in' | 'by' | 'since';

function partCandidate(ctx: RuleContext, start: number, end: number, part: Part, relation: PartRelation, t: PartTarget): Candidate {
  let value: string;
  let precision: 'day' | 'month';
  if (t.monthWord || t.monthShift !== undefined) {
    let year: number;
    let month: number;
    if (t.monthWord) {
      month = monthOf(t.monthWord) ?? 1;
      year = t.monthYear ?? yearForMonth(month, ctx.ref, tenseAt(ctx, start, end));
    } else {
      const n = fromMonthNumber(monthNumber(ctx.ref.year, ctx.ref.month) + t.monthShift!);
      year = n.year;
      month = n.month;
    }
    const [a, b] = monthPartDays(part, year, month);
    precision = 'day';
    const first = formatDay({ year, month, day: a });
    const last = formatDay({ year, month, day: b });
    value = relation === 'by' ? `[..${last}]` : relation === 'since' ? `${first}/..` : `${first}/${last}`;
  } else {
    const year = t.year ?? ctx.ref.year;
    const [a, b] = YEAR_PART_MONTHS[part];
    precision = 'month';
    value = relation === 'by' ? `[..${formatMonth(year, b)}]` : relation === 'since' ? `${formatMonth(year, a)}/..` : monthSpan(year, a, b);
  }
  return candidate(ctx, start, end, value, precision, relation === 'in' ? 'part-of-period' : `part-${relation}`);
}
