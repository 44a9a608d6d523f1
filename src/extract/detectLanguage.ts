import type { Lang } from './types';

/**
 * Russian or English, by the share of Cyrillic among letters. Enough to choose between
 * the two languages the extractor knows; it is not a language identifier, and a text in
 * a third language is read as whichever of the two its script is closer to.
 */
export function detectLanguage(text: string): Lang {
  let cyrillic = 0;
  let latin = 0;
  for (const ch of text) {
    if (/\p{Script=Cyrillic}/u.test(ch)) cyrillic++;
    else if (/\p{Script=Latin}/u.test(ch)) latin++;
  }
  return cyrillic > 0 && cyrillic >= latin * 0.5 ? 'ru' : 'en';
}
