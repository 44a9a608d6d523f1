/**
 * A date as people type it in the interface language, turned into EDTF: "15.08.2025" or
 * "15 августа 2025" in Russian, "15 Aug 2025", "Aug 15, 2025" or "August 2025" in English,
 * a bare year in both, and "c." / "ок." for approximate. EDTF itself is read by parseEdtf;
 * this only adds the everyday forms, so the day never silently swaps with the month
 * (the order is the language's, never guessed from the numbers). Null when the text is none of them.
 */
import { parseEdtf } from './when';

const RU_MONTHS: readonly string[] = ['янв', 'фев', 'мар', 'апр', 'ма', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];

function monthNumber(word: string, language: string): number | null {
  const w = word.toLowerCase().replace(/\.$/u, '');
  if (language === 'ru') {
    // "мая", "май", "маю" start with "ма"; "март"/"марта" with "мар", which is tested first.
    if (/^мар/u.test(w)) return 3;
    const i = RU_MONTHS.findIndex((m) => w.startsWith(m));
    return i < 0 ? null : i + 1;
  }
  if (w.length < 3) return null;
  if (w === 'sept') return 9;
  const i = EN_MONTHS_FULL.findIndex((m) => m.startsWith(w));
  return i < 0 ? null : i + 1;
}

const EN_MONTHS_FULL: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(year: number, month?: number, day?: number): string | null {
  const text = day !== undefined ? `${year}-${pad(month!)}-${pad(day)}` : month !== undefined ? `${year}-${pad(month)}` : String(year);
  return /^\d{4}/u.test(text) && parseEdtf(text).ok ? text : null;
}

export function parseDateEntry(input: string, locale: string): string | null {
  const language = locale.split('-')[0]!.toLowerCase();
  let text = input.trim().replace(/\s+/gu, ' ');
  let approximate = false;
  const approx = language === 'ru' ? /^(ок\.?|около|примерно)\s*/iu : /^(c\.|ca\.?|circa|about)\s*/iu;
  if (approx.test(text)) {
    approximate = true;
    text = text.replace(approx, '');
  }
  // "2025 г.", "2025 года", "2025г" — the Russian year word is optional.
  if (language === 'ru') text = text.replace(/\s*(г\.?|года?|году)$/iu, '');
  const iso = readDate(text, language);
  if (!iso) return null;
  return approximate ? `${iso}~` : iso;
}

function readDate(text: string, language: string): string | null {
  let m: RegExpMatchArray | null;
  if ((m = text.match(/^(\d{4})$/u))) return isoDate(+m[1]!);
  if (language === 'ru') {
    if ((m = text.match(/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u))) return isoDate(+m[3]!, +m[2]!, +m[1]!);
    if ((m = text.match(/^(\d{1,2})\.(\d{4})$/u))) return isoDate(+m[2]!, +m[1]!);
  } else {
    // Day first, as in "15/08/2025", only where the language writes it that way: English here takes words or ISO.
    if ((m = text.match(/^(\d{4})-(\d{2})-(\d{2})$/u))) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  }
  const letters = '\\p{L}+\\.?';
  if ((m = text.match(new RegExp(`^(\\d{1,2}) (${letters}),? (\\d{4})$`, 'u')))) {
    const month = monthNumber(m[2]!, language);
    return month ? isoDate(+m[3]!, month, +m[1]!) : null;
  }
  if (language !== 'ru' && (m = text.match(new RegExp(`^(${letters}) (\\d{1,2}),? (\\d{4})$`, 'u')))) {
    const month = monthNumber(m[1]!, language);
    return month ? isoDate(+m[3]!, month, +m[2]!) : null;
  }
  if ((m = text.match(new RegExp(`^(${letters}),? (\\d{4})$`, 'u')))) {
    const month = monthNumber(m[1]!, language);
    return month ? isoDate(+m[2]!, month) : null;
  }
  return null;
}
