/**
 * Dated phrases found by chrono-node, the well-kept parser for absolute dates, times and
 * simple relative phrases in both languages. Chrono fills the parts a phrase leaves out
 * ("15 августа": which year? "во вторник": which week?) with the nearest date; here
 * those parts are filled from the tense and cue words instead (see resolve.ts).
 *
 * With `resolve: false` chrono's own choices are kept: the baseline of the evaluation.
 */
import * as chrono from 'chrono-node';
import type { Precision } from '../domain/when';
import { addDays, formatDay, formatMinute, formatMonth, formatYear, mondayOf, weekdayOf, type Ymd } from './calendar';
import { tenseAt } from './context';
import { cueBefore, dayForWeekday, yearForDay, yearForMonth, type Direction } from './resolve';
import type { Candidate, RuleContext, TimeParts } from './types';

const PARSERS = { ru: chrono.ru.casual, en: chrono.en.casual } as const;

const TIME_WORDS = /\d{1,2}[:.]\d{2}(?!\d)|noon|midnight|полдень|полночь|\d\s*(?:a\.?m|p\.?m)\b/iu;
const WEEKDAY_WORD =
  /(?<!\p{L})(понедельник|вторник|сред[уаыe]|среда|четверг|пятниц\p{L}*|суббот\p{L}*|воскресень\p{L}*|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?!\p{L})/iu;
const JUNK = /^(now|сейчас|теперь|ныне|утра|вечера|дня|ночи|a\s+moment)$/iu;
/** "a day earlier", "двумя днями позже", "after ten years of boom": counted from an event of the story, not from the publication. */
const ANAPHORIC = /(earlier|later|before|after|ранее|раньше|позже|спустя)$|^(спустя|через)\s|^after\s+(?:[\d.,]+|[a-z-]+|a\s+few)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/iu;
const WEEKS_AGO = /(?:weeks?|недел\p{L}*)\s+(?:ago|назад)$/iu;
/** "in past years", "in the years that followed": no count, no date. */
const BARE_UNITS = /^(?:(?:in|during|over|of|for)\s+)?(?:the\s+)?(?:past\s+)?(?:days|weeks|months|years|decades)$/iu;
/** "for three years", "within ten years", "в течение двух лет": a stretch of time that chrono would date. */
const DURATION_READ_AS_DATE = /^(?:for|within|over|during|в\s+течение|на\s+протяжении)\s/iu;

interface Parts {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  readonly weekday?: number;
  readonly hour?: number;
  readonly minute?: number;
  readonly offset?: number;
}

interface Resolved {
  readonly date: Ymd;
  readonly precision: Precision;
  readonly rule: string;
  readonly time?: TimeParts;
}

function certainParts(c: chrono.ParsedComponents): Parts {
  const get = (k: chrono.Component) => (c.isCertain(k) ? (c.get(k) ?? undefined) : undefined);
  return {
    year: get('year'), month: get('month'), day: get('day'), weekday: get('weekday'),
    hour: get('hour'), minute: get('minute'), offset: get('timezoneOffset'),
  };
}

function refInstant(ctx: RuleContext): Date {
  const { year, month, day, hour, minute, offsetMinutes } = ctx.ref;
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, day);
  t.setUTCHours(hour, minute - offsetMinutes, 0, 0);
  return t;
}

function resolveParts(p: Parts, ctx: RuleContext, direction: Direction, cued: boolean, fallbackYear?: number): Resolved | null {
  const ref = ctx.ref;
  let date: Ymd;
  let precision: Precision;
  let rule = 'chrono';
  if (p.month !== undefined && p.day !== undefined) {
    let year = p.year ?? fallbackYear;
    if (year === undefined) {
      rule = 'chrono+year-by-tense';
      year = yearForDay(p.month, p.day, ref, direction === 'this' ? 'none' : direction);
      if (p.weekday !== undefined) {
        // "в пятницу, 8 августа": the weekday names the year.
        const fits = [year, ref.year, ref.year - 1, ref.year + 1].find(
          (y) => weekdayOf({ year: y, month: p.month!, day: p.day! }) === p.weekday,
        );
        if (fits !== undefined) year = fits;
      }
    }
    date = { year, month: p.month, day: p.day };
    precision = 'day';
  } else if (p.weekday !== undefined && p.day === undefined) {
    date = dayForWeekday(p.weekday, ref, direction, cued);
    precision = 'day';
    rule = cued ? 'weekday-by-cue' : 'weekday-by-tense';
  } else if (p.month !== undefined) {
    let year = p.year ?? fallbackYear;
    if (year === undefined) {
      if (cued && direction === 'past') year = p.month >= ref.month ? ref.year - 1 : ref.year;
      else if (cued && direction === 'future') year = p.month <= ref.month ? ref.year + 1 : ref.year;
      else year = yearForMonth(p.month, ref, direction === 'this' ? 'none' : direction);
      rule = cued ? 'month-by-cue' : 'chrono+year-by-tense';
    }
    date = { year, month: p.month, day: 1 };
    precision = 'month';
  } else if (p.year !== undefined) {
    date = { year: p.year, month: 1, day: 1 };
    precision = 'year';
  } else if (p.hour !== undefined) {
    date = { year: ref.year, month: ref.month, day: ref.day };
    precision = 'minute';
    rule = 'chrono-time';
  } else {
    return null;
  }
  if (p.hour === undefined) return { date, precision, rule };
  const time: TimeParts = {
    date, hour: p.hour, minute: p.minute ?? 0,
    offsetMinutes: p.offset ?? ref.offsetMinutes,
    dateGiven: precision !== 'minute', zoneGiven: p.offset !== undefined,
  };
  return { date, precision: 'minute', rule: rule === 'chrono-time' ? rule : `${rule}+time`, time };
}

function format(r: Resolved): string {
  if (r.time) return formatMinute(r.date, r.time.hour, r.time.minute, r.time.offsetMinutes);
  switch (r.precision) {
    case 'year':
      return formatYear(r.date.year);
    case 'month':
      return formatMonth(r.date.year, r.date.month);
    default:
      return formatDay(r.date);
  }
}

const DEADLINE = {
  en: /(?<![\p{L}])(?:payable|effective|expires?|expiring|due|until|till|through|record|deadline|extended\s+to|scheduled\s+for|set\s+for)(?:\s+(?:on|by))?\s+$/iu,
  ru: /(?<![\p{L}])(?:не\s+позднее|вплоть\s+до|срок(?:ом)?\s+до|продл\p{L}*\s+до|отлож\p{L}*\s+до|перенес\p{L}*\s+на|назначен\p{L}*\s+на|истека\p{L}*|вступ\p{L}*\s+в\s+силу)\s+$/iu,
} as const;

/** A proper fraction with a binary denominator: "1/4", "3/8", "15/16" of a price, not a day. */
const FRACTION = /^(\d{1,2})\/(2|4|8|16|32|64)$/u;

/** Misreadings of English numbers as times or days: prices, fractions, names. */
function isEnglishNumberOrName(text: string, after: string, p: Parts): boolean {
  // "1.35 a share", "2.50 a year": chrono takes "a" for a.m.
  if (p.hour !== undefined && /\s[ap]$/iu.test(text) && !/^\.?\s*m\b|^\./iu.test(after)) return true;
  // "2.46": a decimal, which English writes for no clock time.
  if (/^(?:at\s+)?\d{1,2}\.\d{2}$/iu.test(text)) return true;
  const f = FRACTION.exec(text);
  if (f && Number(f[1]) < Number(f[2]) && p.year === undefined) return true;
  // "Sun", "Sat", "Wed" without a full stop: a newspaper, a verb, a word.
  return p.weekday !== undefined && p.day === undefined && /^(?:on\s+)?\p{Lu}\p{Ll}{2}$/u.test(text) && !after.startsWith('.');
}

function isJunk(text: string, p: Parts, ctx: RuleContext, after: string | undefined): boolean {
  if (JUNK.test(text) || ANAPHORIC.test(text) || DURATION_READ_AS_DATE.test(text) || BARE_UNITS.test(text)) return true;
  // Only for the extractor: the baseline stays chrono's own reading.
  if (ctx.lang === 'en' && after !== undefined && isEnglishNumberOrName(text, after, p)) return true;
  // "в течение 2024 года" is not "within 2024 years": a year must be one the text could mean.
  if (p.year !== undefined && (p.year < 1000 || p.year > 2200)) return true;
  const hasDate = p.year !== undefined || p.month !== undefined || p.day !== undefined || p.weekday !== undefined;
  if (!hasDate && p.hour === undefined) return true;
  // "в 10 регионах" is not ten o'clock.
  if (!hasDate && !TIME_WORDS.test(text)) return true;
  if (ctx.lang === 'en') {
    // "may", "march", "sun": English words first, dates only when capitalised.
    // "last May", "next March": the cue word is lower case, the month need not be.
    const letters = text.replace(/^(?:(?:on|in|at|the|last|next|this|past|coming|early|late|mid)\s+)+/i, '');
    if (p.day === undefined && p.year === undefined && /^\p{Ll}/u.test(letters)) {
      if (p.month !== undefined || (p.weekday !== undefined && letters.length <= 4)) return true;
    }
  }
  return false;
}

/** Words after a date that show it modifies a noun rather than a verb: "the Jan. 14 deadline". */
const NOT_A_NOUN = /^(?:and|or|to|at|in|on|of|for|by|from|with|as|is|was|were|are|has|had|will|would|the|a|an|that|which|when|after|before|until|through|last|next|this)$/u;

/**
 * "the Jan. 14 deadline", "a Jan. 14 return date": a date inside a noun phrase is not governed by
 * the verb of the clause, so the nearest such day is taken, unless "since" sets it in the past.
 * "Thursday's closing price": a possessive weekday with no tense around it is a day gone by.
 */
function attributiveDirection(ctx: RuleContext, start: number, end: number, direction: Direction): Direction {
  const after = ctx.text.slice(end, end + 24);
  if (direction === 'none' && /^['’]s\s/u.test(after)) return 'past';
  const before = ctx.text.slice(Math.max(0, start - 40), start);
  const noun = /^\s+(\p{Ll}+)/u.exec(after);
  if (!/(?:^|\s)(?:the|a|an)\s+$/iu.test(before) || !noun || NOT_A_NOUN.test(noun[1]!)) return direction;
  return /\bsince\b/iu.test(before) ? direction : 'none';
}

interface LineResult {
  readonly index: number;
  readonly text: string;
  readonly start: chrono.ParsedComponents;
  readonly end: chrono.ParsedComponents | undefined;
}

/** Chrono line by line: it would otherwise join a dateline's time with the next line's "Вчера". */
function parseByLine(ctx: RuleContext): LineResult[] {
  const parser = PARSERS[ctx.lang];
  const reference = { instant: refInstant(ctx), timezone: ctx.ref.offsetMinutes };
  const out: LineResult[] = [];
  let offset = 0;
  for (const line of ctx.text.split('\n')) {
    if (/[\p{L}\p{N}]/u.test(line)) {
      for (const r of parser.parse(line, reference)) {
        // "the night of Friday, Oct. 23": chrono reads the night and loses the day; read the day alone.
        const part = /^(?:the\s+)?(?:night|morning|evening|afternoon)\s+of\s+/iu.exec(r.text);
        const rest = part ? parser.parse(r.text.slice(part[0].length), reference).filter((p) => p.index === 0) : [];
        if (rest.length) for (const p of rest) out.push({ index: offset + r.index + part![0].length, text: p.text, start: p.start, end: p.end });
        else out.push({ index: offset + r.index, text: r.text, start: r.start, end: r.end });
      }
    }
    offset += line.length + 1;
  }
  return out;
}

/** Chrono's phrases, their missing parts filled from the tense and cue words. */
export function chronoMentions(ctx: RuleContext, options: { resolve: boolean } = { resolve: true }): Candidate[] {
  const out: Candidate[] = [];
  for (const r of parseByLine(ctx)) {
    if (ctx.text.slice(r.index, r.index + r.text.length) !== r.text) continue;
    const lead = r.text.length - r.text.trimStart().length;
    let start = r.index + lead;
    const end = r.index + r.text.replace(/[\s,;:]+$/u, '').length;
    if (end <= start) continue;
    const text = ctx.text.slice(start, end);
    const startParts = certainParts(r.start);
    if (isJunk(text, startParts, ctx, options.resolve ? ctx.text.slice(end, end + 3) : undefined)) continue;

    if (!options.resolve) {
      const c = (k: chrono.Component) => r.start.get(k) ?? 0;
      const implied: Parts = {
        year: c('year'), month: c('month'), day: c('day'),
        ...(startParts.hour !== undefined ? { hour: c('hour'), minute: c('minute') } : {}),
        offset: r.start.get('timezoneOffset') ?? ctx.ref.offsetMinutes,
      };
      const precision: Precision =
        startParts.hour !== undefined ? 'minute'
        : startParts.day !== undefined || startParts.weekday !== undefined ? 'day'
        : startParts.month !== undefined ? 'month' : 'year';
      const base = (p: Parts): string => {
        const date = { year: p.year!, month: p.month!, day: p.day! };
        if (precision === 'minute') return formatMinute(date, p.hour ?? 0, p.minute ?? 0, p.offset);
        return format({ date, precision, rule: '' });
      };
      let value = base(implied);
      if (r.end) {
        const e = (k: chrono.Component) => r.end!.get(k) ?? 0;
        value += '/' + base({ year: e('year'), month: e('month'), day: e('day'), hour: e('hour'), minute: e('minute'), offset: implied.offset });
      }
      out.push({ text, start, end, value, precision, rule: 'chrono', priority: 0 });
      continue;
    }

    // A cue word just before a weekday or a month: "в минувшую пятницу", "last August".
    let direction: Direction | undefined;
    let cued = false;
    if ((startParts.weekday !== undefined || startParts.month !== undefined) && startParts.day === undefined) {
      const weekday = startParts.weekday !== undefined ? WEEKDAY_WORD.exec(text) : null;
      const wordIndex = weekday ? weekday.index : text.search(/\S+$/u);
      const cue = cueBefore(ctx.text.slice(Math.max(0, start - 24), start + wordIndex));
      if (cue) {
        direction = cue.direction;
        cued = true;
        start = Math.min(start, start + wordIndex - cue.length);
      }
    }
    // "had been set to expire Nov. 6", "payable Dec. 1", "продлили до 20 августа": a deadline or a
    // schedule, whose tense is the report's, not the day's: the nearest such day.
    direction ??= DEADLINE[ctx.lang].test(ctx.text.slice(Math.max(0, start - 40), start)) ? 'none' : tenseAt(ctx, start, end);
    if (ctx.lang === 'en' && !cued) direction = attributiveDirection(ctx, start, end, direction);
    // Keep the preposition with the phrase ("Во вторник"), as the own rules do.
    const preposition = /(?<![\p{L}])(?:в|во|on|in)\s+$/iu.exec(ctx.text.slice(Math.max(0, start - 4), start));
    if (preposition && !/^(?:в|во|on|in)\s/iu.test(ctx.text.slice(start, end))) start -= preposition[0].length;
    // "с 30 июля по 2 августа 2024 года": the year written at the end is the start's too.
    const endYear = r.end?.isCertain('year') ? (r.end.get('year') ?? undefined) : undefined;
    let startYear = startParts.year;
    if (startYear === undefined && endYear !== undefined && r.end) {
      const later = (r.start.get('month') ?? 0) * 100 + (r.start.get('day') ?? 0) > (r.end.get('month') ?? 0) * 100 + (r.end.get('day') ?? 0);
      startYear = later ? endYear - 1 : endYear;
    }
    const resolved = resolveParts(startYear === startParts.year ? startParts : { ...startParts, year: startYear }, ctx, direction, cued);
    if (!resolved) continue;
    let value = format(resolved);
    if (r.end) {
      const endParts = certainParts(r.end);
      const endResolved = resolveParts(endParts, ctx, direction, cued, endParts.year ?? resolved.date.year);
      if (endResolved) {
        let e = endResolved;
        if (endParts.year === undefined && e.date.year === resolved.date.year && formatDay(e.date) < formatDay(resolved.date)) {
          e = { ...e, date: { ...e.date, year: e.date.year + 1 } };
        }
        value += '/' + format(e);
      }
    }
    // "six weeks ago", "две недели назад": that week, not a day forty-two days back.
    let rule = resolved.rule;
    if (!r.end && !resolved.time && resolved.precision === 'day' && WEEKS_AGO.test(text)) {
      const monday = mondayOf(resolved.date);
      value = `${formatDay(monday)}/${formatDay(addDays(monday, 6))}`;
      rule = 'weeks-ago';
    }
    out.push({
      text: ctx.text.slice(start, end), start, end, value,
      precision: resolved.precision, rule, priority: 0,
      ...(resolved.time && !r.end ? { time: resolved.time } : {}),
    });
  }
  return out;
}
