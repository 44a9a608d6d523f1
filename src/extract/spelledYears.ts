/**
 * Years written out in words, as broadcast transcripts and some prose write them:
 * "nineteen ninety-six", "nineteen oh five", "twenty twenty", "the year two thousand",
 * "January nineteen ninety-seven", "в тысяча девятьсот девяносто шестом году",
 * "в две тысячи двадцатом году", "в двухтысячном году". A bare "two thousand" is a count
 * ("two thousand troops"), so only "the year two thousand" or one after a preposition
 * with nothing counted after it is a year.
 */
import { formatMonth, formatYear } from './calendar';
import { candidate } from './context';
import { EN_MONTH, matchAll, monthOf, RU_MONTH, WB, WE } from './patterns';
import type { Candidate, RuleContext } from './types';

const EN_UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const EN_TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const UNIT = `(?:${EN_UNITS.join('|')})`;
const TEEN = `(?:${EN_TEENS.join('|')})`;
const TENS = `(?:${EN_TENS.join('|')})`;
/** 1–99 in words: "five", "fifteen", "ninety-six", "ninety six". */
const UNDER_100 = `(?:${TENS}(?:[-\\s]${UNIT})?|${TEEN}|${UNIT})`;

/** "nineteen ninety-six", "nineteen oh five", "nineteen hundred", "twenty twelve". */
const CENTURY_YEAR = `(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\\s+(?:hundred|oh\\s+${UNIT}|${TENS}(?:[-\\s]${UNIT})?|${TEEN})`;
const THOUSAND_YEAR = `two\\s+thousand(?:\\s+(?:and\\s+)?${UNDER_100})?`;
// After a preposition: "in two thousand and one", "by two thousand." — not "in two thousand homes".

const EN_YEAR_WORDS = new RegExp(
  `${WB}(?:(?<month>${EN_MONTH})\\s+(?:of\\s+)?)?(?:${CENTURY_YEAR}|the\\s+year\\s+(?:${THOUSAND_YEAR}|${CENTURY_YEAR})|(?<=\\b(?:in|since|by|until|before|after|of)\\s)two\\s+thousand(?:\\s+(?:and\\s+)?${UNDER_100}(?!\\s+\\p{Ll}+s\\b)|(?=\\s*[,.;:!?])))${WE}`,
  'giu');

function underHundred(words: string): number {
  const parts = words.toLowerCase().split(/[-\s]+/u);
  let n = 0;
  for (const p of parts) {
    if (EN_TENS.includes(p)) n += (EN_TENS.indexOf(p) + 2) * 10;
    else if (EN_TEENS.includes(p)) n += EN_TEENS.indexOf(p) + 10;
    else if (EN_UNITS.includes(p)) n += EN_UNITS.indexOf(p) + 1;
  }
  return n;
}

function englishYear(text: string): number | undefined {
  const lower = text.toLowerCase();
  const thousand = /two\s+thousand(?:\s+(?:and\s+)?(.+))?$/u.exec(lower);
  if (thousand) return 2000 + (thousand[1] ? underHundred(thousand[1]) : 0);
  const m = new RegExp(`(eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\\s+(hundred|oh\\s+\\p{L}+|.+)$`, 'u').exec(lower);
  if (!m) return undefined;
  const century = underHundred(m[1]!);
  const rest = m[2]!;
  if (rest === 'hundred') return century * 100;
  return century * 100 + underHundred(rest.replace(/^oh\s+/u, ''));
}

// Russian: the thousands in the nominative, the last word an ordinal: "тысяча девятьсот девяносто шестом".
const RU_ORDINAL_STEMS: readonly [string, number][] = [
  ['одиннадцат', 11], ['двенадцат', 12], ['тринадцат', 13], ['четырнадцат', 14], ['пятнадцат', 15], ['шестнадцат', 16],
  ['семнадцат', 17], ['восемнадцат', 18], ['девятнадцат', 19], ['двадцат', 20], ['тридцат', 30], ['сороков', 40],
  ['пятидесят', 50], ['шестидесят', 60], ['семидесят', 70], ['восьмидесят', 80], ['девяност', 90], ['десят', 10],
  ['перв', 1], ['втор', 2], ['трет', 3], ['четвёрт', 4], ['четверт', 4], ['пят', 5], ['шест', 6], ['седьм', 7], ['восьм', 8], ['девят', 9],
];
const RU_TENS: readonly [string, number][] = [
  ['двадцать', 20], ['тридцать', 30], ['сорок', 40], ['пятьдесят', 50], ['шестьдесят', 60], ['семьдесят', 70], ['восемьдесят', 80], ['девяносто', 90],
];
const RU_ORDINAL = `(?:${RU_ORDINAL_STEMS.map(([s]) => s).join('|')})\\p{L}{1,3}`;
const RU_YEAR_WORDS = new RegExp(
  `${WB}(?:(?<month>${RU_MONTH})\\s+)?(?:(?<thousands>тысяча\\s+девятьсот|тысяча\\s+восемьсот|две\\s+тысячи)\\s+(?:(?<tens>${RU_TENS.map(([s]) => s).join('|')})\\s+)?(?<ord>${RU_ORDINAL})|(?<y2000>двухтысячн\\p{L}{2,3}))\\s+(?:год|года|году|годом|годе)(?![\\p{L}])`,
  'giu');

function russianOrdinal(word: string): number | undefined {
  const w = word.toLowerCase();
  return RU_ORDINAL_STEMS.find(([s]) => w.startsWith(s))?.[1];
}

function russianYear(g: Record<string, string | undefined>): number | undefined {
  if (g.y2000) return 2000;
  const base = /^тысяча\s+девятьсот/iu.test(g.thousands!) ? 1900 : /^тысяча/iu.test(g.thousands!) ? 1800 : 2000;
  const tens = g.tens ? RU_TENS.find(([s]) => s === g.tens!.toLowerCase())?.[1] ?? 0 : 0;
  const ord = russianOrdinal(g.ord!);
  if (ord === undefined || (tens && ord >= 10)) return undefined;
  return base + tens + ord;
}

export function spelledYears(ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  const re = ctx.lang === 'ru' ? RU_YEAR_WORDS : EN_YEAR_WORDS;
  for (const m of matchAll(re, ctx.text)) {
    const g = m.groups ?? {};
    const monthWord = g.month;
    const yearText = monthWord ? m[0].slice(monthWord.length) : m[0];
    const year = ctx.lang === 'ru' ? russianYear(g) : englishYear(yearText.replace(/^\s*(?:of\s+)?(?:the\s+year\s+)?/iu, ''));
    if (year === undefined || year < 1000 || year > 2199) continue;
    // "twelve hundred people": a count, unless "the year" or a preposition before it says otherwise.
    if (/hundred$/iu.test(m[0]) && !/the\s+year\s/iu.test(m[0]) && !/(?:^|\s)(?:in|since|by|until|before|after|of)\s+$/iu.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (/hundred$/iu.test(m[0]) && /^\s+\p{Ll}+s\b/u.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    const month = monthWord ? monthOf(monthWord) : undefined;
    const end = m.index + m[0].length;
    out.push(month
      ? candidate(ctx, m.index, end, formatMonth(year, month), 'month', 'spelled-year', { priority: 2 })
      : candidate(ctx, m.index, end, formatYear(year), 'year', 'spelled-year', { priority: 2 }));
  }
  return out;
}
