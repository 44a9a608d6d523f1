/**
 * Pieces of regular expressions shared by the rules: word edges that work for
 * Cyrillic (\b does not), month names in Russian and English, and number words.
 */
import type { Lang } from './types';

/** Not preceded by a letter or digit. */
export const WB = '(?<![\\p{L}\\p{N}])';
/** Not followed by a letter or digit. */
export const WE = '(?![\\p{L}\\p{N}])';

/** Russian month names in every case form ("май", "мая", "мае"), by stem. */
export const RU_MONTH =
  '(?:январ[ьяею]|феврал[ьяею]|март[аеу]?|апрел[ьяею]|ма[йяею]|июн[ьяею]|июл[ьяею]|август[аеу]?|сентябр[ьяею]|октябр[ьяею]|ноябр[ьяею]|декабр[ьяею])';

export const EN_MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';

const RU_STEMS = ['янв', 'фев', 'мар', 'апр', 'ма', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];
const EN_STEMS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** 1–12 for a month name of either language, or undefined. */
export function monthOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (/^\p{Script=Cyrillic}/u.test(w)) {
    // "ма" is a prefix of "март": test the longer stems first.
    if (w.startsWith('мар')) return 3;
    const i = RU_STEMS.findIndex((s) => w.startsWith(s));
    return i < 0 ? undefined : i + 1;
  }
  const i = EN_STEMS.findIndex((s) => w.startsWith(s));
  return i < 0 ? undefined : i + 1;
}

/** A four-digit year that news text plausibly means. */
export const YEAR = '(1[0-9]{3}|20[0-9]{2}|21[0-9]{2})';

/** Dashes and hyphens that join the two ends of a range. */
export const DASH = '[-‐‑‒–—―]';

/** "прошлого года" → -1 and friends; `lang` picks the vocabulary. */
export function relativeYearShift(phrase: string, lang: Lang): number | undefined {
  const p = phrase.toLowerCase();
  if (lang === 'ru') {
    if (/позапрошл/u.test(p)) return -2;
    if (/прошл|минувш|прошедш/u.test(p)) return -1;
    if (/эт|текущ|нынешн|сего/u.test(p)) return 0;
    if (/следующ|будущ|наступающ|грядущ/u.test(p)) return 1;
    return undefined;
  }
  if (/before last/.test(p)) return -2;
  if (/last|past|previous/.test(p)) return -1;
  if (/this|current/.test(p)) return 0;
  if (/next|coming/.test(p)) return 1;
  return undefined;
}

export const RU_REL_YEAR = '(?:позапрошлого|прошлого|минувшего|прошедшего|этого|текущего|нынешнего|сего|следующего|будущего|наступающего)\\s+года';
export const EN_REL_YEAR = '(?:the\\s+year\\s+before\\s+last|last\\s+year|this\\s+year|next\\s+year|the\\s+previous\\s+year|the\\s+current\\s+year)';

/** Russian and English ordinal words up to four, for quarters and halves. */
export function ordinalOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/[-‑–].*$/u, '');
  const table: Record<string, number> = {
    перв: 1, втор: 2, трет: 3, четв: 4, '1': 1, '2': 2, '3': 3, '4': 4, i: 1, ii: 2, iii: 3, iv: 4,
    first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
  };
  if (w in table) return table[w];
  for (const [stem, n] of Object.entries(table)) if (stem.length > 3 && w.startsWith(stem)) return n;
  return undefined;
}

/** Runs a global regular expression over the text and yields every match with its offset. */
export function* matchAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  if (!re.global) throw new Error('matchAll needs a global regular expression');
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    yield m;
  }
}
