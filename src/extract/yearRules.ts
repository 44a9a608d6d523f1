/**
 * Years without a day: "в 1945 году", "с 2022 года", "до 2030 года", "in 2022",
 * "1950–1953", "в 2024-2025 годах", decades ("в 1990-х годах", "the 1990s", "в 90-х").
 * chrono-node leaves bare years alone.
 */
import { formatDay, formatYear } from './calendar';
import { yearForDay } from './resolve';
import { candidate, tenseAt } from './context';
import { DASH, matchAll, WB, WE, YEAR } from './patterns';
import type { Candidate, RuleContext } from './types';

const RU_YEAR_WORD = '(?:годах|годов|годы|году|года|год|гг\\.|г\\.?)';

const RU_RANGE = new RegExp(
  `${WB}(?:(?:в|во|с|со)\\s+)?${YEAR}\\s*(?:${DASH}|\\s(?:по|до)\\s)\\s*${YEAR}(?:\\s*${RU_YEAR_WORD}(?![\\p{L}]))?`, 'giu');
// "between 1994 and 1997" is a range; "in 1994 and 1997" two years, each its own mention.
const EN_RANGE = new RegExp(
  `${WB}(?:between\\s+${YEAR}\\s+and\\s+${YEAR}|(?:(?:from|in)\\s+)?${YEAR}\\s*(?:${DASH}|\\s(?:to|through|until)\\s)\\s*${YEAR})${WE}`, 'giu');

const RU_SINCE = new RegExp(`${WB}(?:начиная\\s+)?(?:с|со)\\s+${YEAR}\\s*(?:года|г\\.?)(?![\\p{L}])`, 'giu');
const EN_SINCE = new RegExp(`${WB}since\\s+${YEAR}${WE}`, 'giu');

const RU_BY = new RegExp(`${WB}(?:до|к)\\s+${YEAR}\\s*(?:года|году|г\\.?)(?![\\p{L}])`, 'giu');
const EN_BY = new RegExp(`${WB}(?:by|until|before)\\s+${YEAR}${WE}(?!\\s*${DASH})`, 'giu');

const RU_YEAR = new RegExp(`${WB}(?:(?:в|во)\\s+)?${YEAR}(?:${DASH}?(?:м|ом|го))?\\s*(?:году|года|год|г\\.?)(?![\\p{L}])`, 'giu');
// A year after a preposition, or a year as a modifier: "his 1996 campaign", "a 1971 convention",
// "the company's 1988 recapitalization", "bonds due 1993", "fiscal 1989".
const EN_YEAR = new RegExp(
  `${WB}(?:(?:in|during|of|from|for|after|throughout|through|into|fiscal)\\s+${YEAR}${WE}(?!\\s*${DASH}\\s*\\d)|` +
    `(?<=\\b(?:dating\\s+(?:back\\s+)?to|dates\\s+back\\s+to|as\\s+early\\s+as)\\s)${YEAR}${WE}(?!\\s*${DASH}\\s*\\d)|` +
    `(?<=(?:\\b(?:the|a|an|its|his|her|their|our|my|your|this|that|whose)(?:\\s+\\p{Ll}+)?|\\p{L}['’]s?|\\bdue)\\s)${YEAR}(?=\\s+\\p{L})(?!\\s+(?:and|or|to|through)\\s+\\d))`, 'giu');
/**
 * Years in a list, each its own mention: "in 1994 and 1997", "in 1992, 1994 or 1997",
 * "в 1994 и 1997 годах", "в 2001, 2005 и 2010 годах".
 */
const LIST_YEAR = '(?:1[0-9]{3}|20[0-9]{2})';
const EN_LIST = new RegExp(`${WB}(?:(?:in|during|of)\\s+)?${YEAR}((?:,\\s*${LIST_YEAR})*,?\\s+(?:and|or)\\s+${LIST_YEAR})${WE}(?!\\s*${DASH})`, 'giu');
const RU_LIST = new RegExp(`${WB}(?:(?:в|во)\\s+)?${YEAR}((?:,\\s*${LIST_YEAR})*\\s+(?:и|или)\\s+${LIST_YEAR})\\s*(?:годах|годы|гг\\.)(?![\\p{L}])`, 'giu');

/** "the current year", "the current fiscal year": the year of publication (chrono-node reads only "this year"). */
const EN_CURRENT_YEAR = new RegExp(`${WB}the\\s+current\\s+(?:fiscal\\s+|calendar\\s+)?year${WE}`, 'giu');
/** "year-end", "year's end": the last day of a year; whose, the tense says ("since year-end": the last one). */
const EN_YEAR_END = new RegExp(`${WB}year(?:[-‐‑\\s]end|['’]s\\s+end)${WE}`, 'giu');
/** "the 2000 troops", "its 1500 jobs": a round number before a plural counts things, not a year ("the 2000 Olympics" is one). */
const COUNT = /^\d\d00\s+\p{Ll}+s\b/u;

const RU_DECADE = new RegExp(`${WB}(?:(?:в|во)\\s+)?(?:(начале|середине|конце)\\s+)?(\\d{3}0|\\d0)${DASH}(?:х|е|ые|ых|м|ми)(?:\\s+(?:годах|годы|годов|гг\\.))?(?![\\p{L}])`, 'giu');
const EN_DECADE = new RegExp(`${WB}(?:(?:in|during)\\s+)?(?:the\\s+)?(?:(early|mid|late)[-\\s]+)?(?:(\\d{3}0)|['’](\\d0))['’]?s${WE}`, 'giu');

/** Decades in words: "the nineties", "the early eighties", "в девяностые годы", "в начале восьмидесятых". */
const DECADE_WORDS: readonly [RegExp, number][] = [
  [/^(?:twenties|двадцат)/iu, 20], [/^(?:thirties|тридцат)/iu, 30], [/^(?:forties|сороков)/iu, 40], [/^(?:fifties|пятидесят)/iu, 50],
  [/^(?:sixties|шестидесят)/iu, 60], [/^(?:seventies|семидесят)/iu, 70], [/^(?:eighties|восьмидесят)/iu, 80], [/^(?:nineties|девяност)/iu, 90],
];
const EN_DECADE_WORD = new RegExp(`${WB}(?:in\\s+|during\\s+)?the\\s+(?:(early|mid|late)[\\s-]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)${WE}`, 'giu');
const RU_DECADE_WORD = new RegExp(
  `${WB}(?:(?:в|во)\\s+)?(?:(начале|середине|конце)\\s+)?((?:двадцат|тридцат|сороков|пятидесят|шестидесят|семидесят|восьмидесят|девяност)(?:ые|ых|ым|ыми))(?:\\s+(?:годы|годах|годов|годам))?(?![\\p{L}])`, 'giu');

/** Years of a decade that "early", "mid" and "late" cover. */
function decadePart(word: string | undefined): [number, number] {
  if (!word) return [0, 9];
  const w = word.toLowerCase();
  if (w.startsWith('нач') || w === 'early') return [0, 3];
  if (w.startsWith('сер') || w === 'mid') return [4, 6];
  return [7, 9];
}

function decadeStart(digits: string, refYear: number): number {
  if (digits.length === 4) return Number(digits);
  // "в 90-х": the decade of the last hundred years that the publication has reached.
  const d = Number(digits);
  return 2000 + d <= refYear ? 2000 + d : 1900 + d;
}

export const yearRules = (ctx: RuleContext): Candidate[] => {
  const { text, lang } = ctx;
  const out: Candidate[] = [];
  const add = (start: number, end: number, value: string, rule: string) =>
    out.push(candidate(ctx, start, end, value, 'year', rule));

  for (const m of matchAll(lang === 'ru' ? RU_RANGE : EN_RANGE, text)) {
    const a = Number(m[1] ?? m[3]);
    const b = Number(m[2] ?? m[4]);
    if (b > a && b - a < 200) add(m.index, m.index + m[0].length, `${formatYear(a)}/${formatYear(b)}`, 'year-range');
  }
  for (const m of matchAll(lang === 'ru' ? RU_LIST : EN_LIST, text)) {
    // One mention per year; the first keeps the preposition, the last the word "годах".
    const years = [...m[0].matchAll(/(?<!\d)(1[0-9]{3}|20[0-9]{2})(?!\d)/gu)];
    years.forEach((y, i) => {
      const start = i === 0 ? m.index : m.index + y.index;
      const end = i === years.length - 1 ? m.index + m[0].length : m.index + y.index + 4;
      add(start, end, formatYear(Number(y[1])), 'year-list');
    });
  }
  for (const m of matchAll(lang === 'ru' ? RU_SINCE : EN_SINCE, text)) {
    add(m.index, m.index + m[0].length, `${formatYear(Number(m[1]))}/..`, 'year-since');
  }
  for (const m of matchAll(lang === 'ru' ? RU_BY : EN_BY, text)) {
    add(m.index, m.index + m[0].length, `[..${formatYear(Number(m[1]))}]`, 'year-by');
  }
  for (const m of matchAll(lang === 'ru' ? RU_YEAR : EN_YEAR, text)) {
    // English: after a preposition (1), after "dating to" (2), or as a modifier (3).
    const year = m[1] ?? m[2] ?? m[3];
    if (lang === 'en' && m[3] && COUNT.test(text.slice(m.index, m.index + 24))) continue;
    if (year) add(m.index, m.index + m[0].length, formatYear(Number(year)), 'year');
  }
  if (lang === 'en') {
    for (const m of matchAll(EN_CURRENT_YEAR, text)) add(m.index, m.index + m[0].length, formatYear(ctx.ref.year), 'relative-year');
    for (const m of matchAll(EN_YEAR_END, text)) {
      const end = m.index + m[0].length;
      const year = yearForDay(12, 31, ctx.ref, tenseAt(ctx, m.index, end));
      out.push(candidate(ctx, m.index, end, formatDay({ year, month: 12, day: 31 }), 'day', 'year-end'));
    }
  }
  for (const m of matchAll(lang === 'ru' ? RU_DECADE_WORD : EN_DECADE_WORD, text)) {
    const tens = DECADE_WORDS.find(([re]) => re.test(m[2]!))?.[1];
    if (tens === undefined) continue;
    const start = decadeStart(String(tens), ctx.ref.year);
    const [a, b] = decadePart(m[1]);
    add(m.index, m.index + m[0].length, `${formatYear(start + a)}/${formatYear(start + b)}`, m[1] ? 'decade-part' : 'decade');
  }
  for (const m of matchAll(lang === 'ru' ? RU_DECADE : EN_DECADE, text)) {
    const digits = m[2] ?? m[3];
    if (!digits) continue;
    const start = decadeStart(digits, ctx.ref.year);
    if (start < 1000) continue;
    const [a, b] = decadePart(m[1]);
    add(m.index, m.index + m[0].length, `${formatYear(start + a)}/${formatYear(start + b)}`, m[1] ? 'decade-part' : 'decade');
  }
  return out;
};
