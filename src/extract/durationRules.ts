/**
 * Mentions that are not dates: durations ("three years", "пять дней" → P3Y, P5D), recurrences
 * ("every week", "ежегодно" → P1W, P1Y with quant EVERY) and TimeML's vague references ("now",
 * "recently", "в будущем" → PRESENT_REF, PAST_REF, FUTURE_REF). They are found so that a
 * mention's type is known, and so that they never become an event's `when`: only date and time
 * mentions become candidate events (see extract.ts). Their priority is below every dating rule,
 * so "the past three months" read as an interval by another rule keeps that reading.
 */
import { candidate } from './context';
import type { Candidate, RuleContext, TimexType } from './types';

const EN_NUMBER: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  'a couple of': 2, 'a dozen': 12,
};
/** "twenty-four", "twenty four", "2 1/2", "a year and a half", "два с половиной". */
function compoundCount(w: string): number | undefined {
  const tens = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](one|two|three|four|five|six|seven|eight|nine)$/u.exec(w);
  if (tens) return EN_NUMBER[tens[1]!]! + EN_NUMBER[tens[2]!]!;
  const half = /^(\d{1,3})\s+1\/2$/u.exec(w);
  return half ? Number(half[1]) + 0.5 : undefined;
}
const EN_VAGUE = ['several', 'few', 'a few', 'many', 'some'];
const RU_NUMBER: [RegExp, number][] = [
  [/^(?:один|одн\p{L}*)$/u, 1], [/^(?:два|две|двух|двум\p{L}*)$/u, 2], [/^(?:три|тр[её]х|тр[её]м\p{L}*)$/u, 3],
  [/^(?:четыре|четыр[её]х)$/u, 4], [/^пят[иь]$/u, 5], [/^шест[иь]$/u, 6], [/^сем[иь]$/u, 7], [/^вос[еь]м[иь]?$/u, 8],
  [/^девят[иь]$/u, 9], [/^десят[иь]$/u, 10], [/^двадцат[иь]$/u, 20], [/^тридцат[иь]$/u, 30], [/^(?:полутора|полтора|полторы)$/u, 1.5],
];
const RU_VAGUE = /^(?:нескольк\p{L}*|много|многих)$/u;

const EN_UNIT: [RegExp, string][] = [
  [/^years?$/i, 'Y'], [/^months?$/i, 'M'], [/^weeks?$/i, 'W'], [/^days?$/i, 'D'], [/^decades?$/i, 'DE'],
  [/^quarters?$/i, 'Q'], [/^hours?$/i, 'TH'], [/^minutes?$/i, 'TM'], [/^centur(?:y|ies)$/i, 'CE'],
];
const RU_UNIT: [RegExp, string][] = [
  [/^(?:год|года|годам?|годы|лет)$/iu, 'Y'], [/^месяц\p{L}*$/iu, 'M'], [/^недел\p{L}*$/iu, 'W'],
  [/^(?:день|дня|дней|дням|сутки|суток)$/iu, 'D'], [/^час(?:а|ов)?$/iu, 'TH'], [/^минут\p{L}*$/iu, 'TM'],
  [/^десятилети\p{L}*$/iu, 'DE'], [/^квартал\p{L}*$/iu, 'Q'], [/^(?:век|века|веков)$/iu, 'CE'],
];

/** TimeML's duration value: P3Y, P2W, PT5H, PXY for "several years"; decades and centuries in years. */
export function durationValue(n: number | 'X', unit: string): string {
  if (n === 'X') return unit.startsWith('T') ? `PTX${unit.slice(1)}` : unit === 'DE' ? 'PXDE' : unit === 'CE' ? 'PXCE' : unit === 'Q' ? 'PXQ' : `PX${unit}`;
  if (unit === 'DE') return `P${n * 10}Y`;
  if (unit === 'CE') return `P${n * 100}Y`;
  if (unit === 'Q') return `P${n * 3}M`;
  if (!Number.isInteger(n)) return fractionValue(n, unit);
  if (unit.startsWith('T')) return `PT${n}${unit.slice(1)}`;
  return `P${n}${unit}`;
}

/** TimeML writes a half in the next unit down: P2Y6M, PT5H30M, PT1M30S, P1DT12H. */
function fractionValue(n: number, unit: string): string {
  const next: Record<string, [string, number]> = { Y: ['M', 12], M: ['D', 30], W: ['D', 7], D: ['TH', 24], TH: ['TM', 60], TM: ['TS', 60] };
  const down = next[unit];
  const whole = Math.floor(n);
  const part = (n - whole) * (down?.[1] ?? 0);
  if (!down || !Number.isInteger(part)) return unit.startsWith('T') ? `PT${n}${unit.slice(1)}` : `P${n}${unit}`;
  const name = (u: string) => u.replace(/^T/u, '');
  const big = whole ? `${whole}${name(unit)}` : '';
  if (unit.startsWith('T')) return `PT${big}${part}${name(down[0])}`;
  return down[0].startsWith('T') ? `P${big}T${part}${name(down[0])}` : `P${big}${part}${down[0]}`;
}

export const unitOf = (word: string, lang: 'ru' | 'en') => (lang === 'ru' ? RU_UNIT : EN_UNIT).find(([re]) => re.test(word))?.[1];

/** A count written in digits or words ("3", "two", "двух"); 'X' for "several", "нескольких". */
export function countOf(word: string, lang: 'ru' | 'en'): number | 'X' | undefined {
  const w = word.toLowerCase().replace(/\s+/gu, ' ');
  if (/^\d{1,3}\s+1\/2$/u.test(w)) return compoundCount(w);
  if (/^\d/u.test(w)) return Number(w.replace(',', '.'));
  if (lang === 'en') return EN_VAGUE.includes(w) ? 'X' : (EN_NUMBER[w] ?? compoundCount(w));
  if (/^(?:\p{L}+)\s+с\s+половиной$/u.test(w)) {
    const n = RU_NUMBER.find(([r]) => r.test(w.split(/\s+/u)[0]!))?.[1];
    return n === undefined ? undefined : n + 0.5;
  }
  return RU_VAGUE.test(w) ? 'X' : RU_NUMBER.find(([r]) => r.test(w))?.[1];
}

function typed(ctx: RuleContext, start: number, end: number, value: string, type: TimexType, rule: string): Candidate {
  return candidate(ctx, start, end, value, 'year', rule, { priority: -1, type });
}

/**
 * "a year earlier", "три дня назад": a date counted from another, not a stretch of time. Before
 * "after"/"before" and an event ("twenty years after the first astronauts were chosen", "90 days
 * after their issue date") the count is a duration: TimeML tags it so, and it dates nothing alone.
 */
/** A quantity just before "a week", "a year": "four flights", "$1.76", "358,000", "$2 million", "24 hours". */
const RATE_BEFORE = /(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twice|once)(?:\s+(?:million|billion|thousand|percent|%))?(?:\s+\p{Ll}+)?\s+$/iu;

const RELATIVE_AFTER = /^\s*(?:earlier|later|ago|or\s+so\s+ago|назад|спустя|раньше|позже|позднее)(?![\p{L}])|^\s*(?:before|after)\s*(?:$|[,.;:!?)])/iu;

const EN_DURATION = /(?<![\p{L}\p{N}])(?:(?:the\s+)?(?:past|last|next|coming|previous|first|final)\s+)?(\d{1,3}\s+1\/2|\d{1,3}(?:\.\d)?|a\s+few|a\s+couple\s+of|a\s+dozen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](?:one|two|three|four|five|six|seven|eight|nine)|[a-z]+)[\s-]+(years?|months?|weeks?|days?|decades?|quarters?|hours?|minutes?|centur(?:y|ies))(?![\p{L}])/giu;
/** "a year and a half", "a minute and a half". */
const EN_AND_A_HALF = /(?<![\p{L}\p{N}])(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(years?|months?|weeks?|days?|hours?|minutes?)\s+and\s+a\s+half(?![\p{L}])/giu;
const RU_DURATION = /(?<![\p{L}\p{N}])(?:(?:последн\p{L}+|ближайш\p{L}+|следующ\p{L}+|прошедш\p{L}+)\s+)?(\p{L}+\s+с\s+половиной|\d{1,3}(?:,\d)?|\p{L}+)[\s-]+(год|года|годам?|годы|лет|месяц\p{L}*|недел\p{L}*|день|дня|дней|дням|сутки|суток|час|часа|часов|минут\p{L}*|десятилети\p{L}*|квартал\p{L}*|век|века|веков)(?![\p{L}])/giu;

function durations(ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  const re = new RegExp(ctx.lang === 'ru' ? RU_DURATION : EN_DURATION);
  for (const m of ctx.text.matchAll(re)) {
    const n = countOf(m[1]!, ctx.lang);
    const unit = unitOf(m[2]!, ctx.lang);
    if (n === undefined || unit === undefined || n === 0) continue;
    const end = m.index + m[0].length;
    if (RELATIVE_AFTER.test(ctx.text.slice(end, end + 16))) continue;
    // "an 8-month-old baby", "52 years old" are ages, not stretches of time of the story.
    if (/^(?:-|\s+)old\b/iu.test(ctx.text.slice(end, end + 5))) continue;
    // "three-quarters of its food", "a quarter of the market": fractions.
    if (unit === 'Q' && /^\s+of\b/iu.test(ctx.text.slice(end, end + 4))) continue;
    // "700 seats a week", "$500 million a year", "24 hours a day": a rate, not a stretch of time.
    if (/^an?$/iu.test(m[1]!) && RATE_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "60 Minutes": a name.
    if (/^\d/u.test(m[1]!) && /^\p{Lu}/u.test(m[2]!)) continue;
    // "a 6-year term", "a two-week visit": TimeML types the measure of the noun a duration too.
    out.push(typed(ctx, m.index, m.index + m[0].length, durationValue(n, unit), 'duration', 'duration'));
  }
  if (ctx.lang === 'en') {
    for (const m of ctx.text.matchAll(new RegExp(EN_AND_A_HALF))) {
      const n = countOf(m[1]!, 'en');
      const unit = unitOf(m[2]!, 'en');
      const end = m.index + m[0].length;
      if (typeof n !== 'number' || !unit) continue;
      for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start < end && m.index < out[i]!.end) out.splice(i, 1);
      out.push(typed(ctx, m.index, end, durationValue(n + 0.5, unit), 'duration', 'duration'));
    }
  }
  const vague = ctx.lang === 'ru' ? RU_VAGUE_SPAN : EN_VAGUE_SPAN;
  for (const m of ctx.text.matchAll(new RegExp(vague))) {
    const unit = unitOf(m[1]!, ctx.lang);
    const end = m.index + m[0].length;
    if (unit && !out.some((c) => c.start < end && m.index < c.end)) out.push(typed(ctx, m.index, end, durationValue('X', unit), 'duration', 'duration-vague'));
  }
  // "for weeks", "within weeks", "for the first time in years", "годами": a count nobody gave.
  for (const m of ctx.text.matchAll(new RegExp(ctx.lang === 'ru' ? RU_BARE_UNITS : EN_BARE_UNITS))) {
    const unit = ctx.lang === 'ru' ? RU_BARE_UNIT[m[1]!.toLowerCase()] : unitOf(m[1]!, ctx.lang);
    const end = m.index + m[0].length;
    if (unit && !out.some((c) => c.start < end && m.index < c.end)) out.push(typed(ctx, m.index, end, durationValue('X', unit), 'duration', 'duration-vague'));
  }
  if (ctx.lang === 'ru') {
    for (const m of ctx.text.matchAll(new RegExp(RU_COMPOUND))) {
      const n = countOf(m[1]!, 'ru');
      const unit = RU_COMPOUND_UNIT[m[2]!.toLowerCase()];
      if (typeof n === 'number' && unit) out.push(typed(ctx, m.index, m.index + m[0].length, durationValue(n, unit), 'duration', 'duration'));
    }
  }
  return out;
}

/** "in recent years", "the coming weeks", "в последние годы", "в ближайшие недели": a stretch of unknown length. */
const EN_VAGUE_SPAN = /(?<![\p{L}\p{N}])(?:(?:the\s+)?(?:recent|coming|past|last|next|several|many)\s+)(years|months|weeks|days|decades|hours)(?![\p{L}])(?!\s+(?:ago|earlier|later))/giu;
const RU_VAGUE_SPAN = /(?<![\p{L}])(?:последн\p{L}+|ближайш\p{L}+|нескольк\p{L}+|прошедш\p{L}+|минувш\p{L}+)\s+(годы|лет|месяцы|месяцев|недели|недель|дни|дней|десятилетия|часы|часов)(?![\p{L}])(?!\s+назад)/giu;
const EN_BARE_UNITS = /(?<=(?<![\p{L}])(?:for|within|in|over)\s)(years|months|weeks|days|decades|hours)(?![\p{L}])(?!\s+(?:ago|earlier|later|of|before|after|to|ahead))/giu;
const RU_BARE_UNITS = /(?<![\p{L}])(годами|месяцами|неделями|днями|часами|десятилетиями)(?![\p{L}])/giu;
const RU_BARE_UNIT: Record<string, string> = { годами: 'Y', месяцами: 'M', неделями: 'W', днями: 'D', часами: 'TH', десятилетиями: 'DE' };
/** Russian compound adjectives: "двухлетний", "трёхдневного", "пятичасовой", "десятилетняя". */
const RU_COMPOUND = /(?<![\p{L}])(двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти|двадцати|тридцати)(летн|месячн|недельн|дневн|часов)\p{L}+/giu;
const RU_COMPOUND_UNIT: Record<string, string> = { летн: 'Y', месячн: 'M', недельн: 'W', дневн: 'D', часов: 'TH' };

/** Recurrences: [pattern, value]. TimeML writes them as durations with quant EVERY. */
const EN_SET: [RegExp, string][] = [
  [/\b(?:daily|every\s+day|each\s+day|per\s+day)\b/giu, 'P1D'],
  [/\b(?:weekly|every\s+week|each\s+week|per\s+week)\b/giu, 'P1W'],
  [/\b(?:monthly|every\s+month|each\s+month|per\s+month)\b/giu, 'P1M'],
  [/\b(?:annually|yearly|every\s+year|each\s+year|per\s+year|per\s+annum)\b/giu, 'P1Y'],
  [/\b(?:quarterly|every\s+quarter|each\s+quarter)\b/giu, 'P3M'],
  [/\b(?:hourly|every\s+hour|per\s+hour)\b/giu, 'PT1H'],
];
const RU_SET: [RegExp, string][] = [
  [/(?<![\p{L}])(?:ежедневн\p{L}*|каждый\s+день|в\s+день|в\s+сутки)(?![\p{L}])/giu, 'P1D'],
  [/(?<![\p{L}])(?:еженедельн\p{L}*|каждую\s+неделю|в\s+неделю)(?![\p{L}])/giu, 'P1W'],
  [/(?<![\p{L}])(?:ежемесячн\p{L}*|каждый\s+месяц|в\s+месяц)(?![\p{L}])/giu, 'P1M'],
  [/(?<![\p{L}])(?:ежегодн\p{L}*|каждый\s+год|в\s+год)(?![\p{L}])/giu, 'P1Y'],
  [/(?<![\p{L}])(?:ежеквартальн\p{L}*|каждый\s+квартал)(?![\p{L}])/giu, 'P3M'],
  [/(?<![\p{L}])(?:ежечасн\p{L}*|каждый\s+час|в\s+час)(?![\p{L}])/giu, 'PT1H'],
];

/** "now", "recently", "in the future": TimeML's vague references, never a calendar value. */
const EN_REF: [RegExp, string][] = [
  [/\b(?:now|currently|at\s+present|the\s+present|nowadays|these\s+days|at\s+the\s+moment|right\s+now)\b/giu, 'PRESENT_REF'],
  // Only words that name the past or future as such; "soon", "previously" are left to the verb.
  [/\b(?:recently|in\s+the\s+past)\b/giu, 'PAST_REF'],
  [/\b(?:the\s+future)\b/giu, 'FUTURE_REF'],
];
const RU_REF: [RegExp, string][] = [
  [/(?<![\p{L}])(?:сейчас|теперь|ныне|в\s+настоящее\s+время|на\s+данный\s+момент|в\s+данный\s+момент|в\s+наши\s+дни)(?![\p{L}])/giu, 'PRESENT_REF'],
  [/(?<![\p{L}])(?:недавно|в\s+прошлом)(?![\p{L}])/giu, 'PAST_REF'],
  [/(?<![\p{L}])(?:в\s+будущем|в\s+ближайшее\s+время)(?![\p{L}])/giu, 'FUTURE_REF'],
];

function fixed(ctx: RuleContext, table: [RegExp, string][], type: TimexType, rule: string): Candidate[] {
  const out: Candidate[] = [];
  for (const [re, value] of table) {
    for (const m of ctx.text.matchAll(new RegExp(re))) out.push(typed(ctx, m.index, m.index + m[0].length, value, type, rule));
  }
  return out;
}

export function durationRules(ctx: RuleContext): Candidate[] {
  const ru = ctx.lang === 'ru';
  return [
    ...durations(ctx),
    ...fixed(ctx, ru ? RU_SET : EN_SET, 'set', 'set'),
    ...fixed(ctx, ru ? RU_REF : EN_REF, 'date', 'vague-ref'),
  ];
}
