import { francAll } from 'franc-min';
import { detectLanguage as scriptLanguage, type Lang } from '../extract';

/**
 * The language of a text as a BCP 47 tag. franc-min (trigram statistics for the ~80
 * most spoken languages, 150 KB, no network) does the identification; two things are
 * added on top:
 *  - Cyrillic languages are told apart by their letters, which trigrams of a short
 *    news text confuse (franc-min reads some Russian paragraphs as Bulgarian): ы and э
 *    are Russian, і ї є ґ Ukrainian, ј љ њ ћ ђ џ Serbian, ә ғ қ ң ө ұ ү һ Kazakh, and
 *    a longer Cyrillic text with none of these and no ъ (a Bulgarian vowel) is Russian;
 *  - a text too short for statistics (a headline) falls back to the script: Cyrillic
 *    is read as Russian and Latin as English, at low confidence.
 */
export interface LanguageGuess {
  /** BCP 47, e.g. "ru", "en"; "und" when nothing could be said. */
  readonly tag: string;
  /** 0–1. */
  readonly confidence: number;
  readonly method: 'statistical' | 'script' | 'none';
  /** The extractor's language when it knows this one (Russian, English); null otherwise: ask the analyst. */
  readonly extractorLang: Lang | null;
  /** Other likely languages, best first. */
  readonly alternatives: readonly string[];
}

/** Below this many letters, trigram statistics are noise. */
const MIN_LETTERS = 30;
/** Enough text to be sure; more only costs time. */
const SAMPLE_CHARS = 20_000;

/** ISO 639-3 (what franc returns) → BCP 47 (the shortest tag, as RFC 5646 asks). */
const BCP47: Record<string, string> = {
  eng: 'en', rus: 'ru', ukr: 'uk', bel: 'be', bul: 'bg', srp: 'sr', bos: 'bs', hrv: 'hr', kaz: 'kk', koi: 'kv',
  uzn: 'uz', azj: 'az', spa: 'es', por: 'pt', ind: 'id', fra: 'fr', deu: 'de', jav: 'jv', vie: 'vi', ita: 'it',
  tur: 'tr', pol: 'pl', swh: 'sw', sun: 'su', ron: 'ro', hau: 'ha', nld: 'nl', yor: 'yo', zlm: 'ms', ibo: 'ig',
  ceb: 'ceb', tgl: 'tl', hun: 'hu', ces: 'cs', run: 'rn', plt: 'mg', qug: 'qug', mad: 'mad', nya: 'ny', zyb: 'za',
  kin: 'rw', zul: 'zu', swe: 'sv', lin: 'ln', som: 'so', hms: 'hms', hnj: 'hnj', ilo: 'ilo', ckb: 'ckb', fuv: 'fuv',
  arb: 'ar', urd: 'ur', pes: 'fa', skr: 'skr', pbu: 'ps', hin: 'hi', mar: 'mr', mai: 'mai', bho: 'bho', npi: 'ne',
  mag: 'mag', cmn: 'zh', jpn: 'ja', kor: 'ko', tha: 'th', ben: 'bn', tel: 'te', tam: 'ta', guj: 'gu', kan: 'kn',
  mal: 'ml', pan: 'pa', ori: 'or', mya: 'my', sin: 'si', amh: 'am', ell: 'el', heb: 'he', kat: 'ka', hye: 'hy',
  khm: 'km', lao: 'lo',
};

function toBcp47(iso6393: string): string {
  return BCP47[iso6393] ?? iso6393;
}

function asExtractorLang(tag: string): Lang | null {
  return tag === 'ru' || tag === 'en' ? tag : null;
}

/** A Cyrillic language that the letters alone settle, or null. */
function cyrillicByLetters(text: string): string | null {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const ru = count(/[ыэЫЭ]/gu);
  const uk = count(/[їєґЇЄҐ]/gu) + count(/[іІ]/gu);
  const sr = count(/[јљњћђџЈЉЊЋЂЏ]/gu);
  const kk = count(/[әғқңөұүһӘҒҚҢӨҰҮҺ]/gu);
  if (kk > 2) return 'kk';
  if (sr > 2) return 'sr';
  if (uk > 2 && ru === 0) return 'uk';
  if (kk + sr + uk > 0) return null;
  if (ru > 0) return 'ru';
  // Bulgarian writes ъ as a vowel in most sentences ("във", "към", "България"); Russian rarely.
  return count(/[ъЪ]/gu) === 0 && count(/\p{Script=Cyrillic}/gu) >= 60 ? 'ru' : null;
}

export function identifyLanguage(text: string): LanguageGuess {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return { tag: 'und', confidence: 0, method: 'none', extractorLang: null, alternatives: [] };
  const cyrillic = (sample.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const byLetters = cyrillic > letters / 2 ? cyrillicByLetters(sample) : null;

  if (letters < MIN_LETTERS) {
    const tag = byLetters ?? scriptLanguage(sample);
    return { tag, confidence: byLetters ? 0.6 : 0.4, method: 'script', extractorLang: asExtractorLang(tag), alternatives: [] };
  }

  const ranked = francAll(sample, { minLength: MIN_LETTERS }).filter(([code]) => code !== 'und');
  const tags = [...new Set(ranked.map(([code]) => toBcp47(code)))];
  let tag = tags[0] ?? scriptLanguage(sample);
  if (byLetters) tag = byLetters;
  const top = ranked[0]?.[1] ?? 0;
  const second = ranked.find(([code]) => toBcp47(code) !== tag)?.[1] ?? 0;
  // franc scores the best at 1; the lead over the runner-up and the amount of text say how sure it is.
  const lead = Math.min(1, (top - second) * 5);
  const amount = Math.min(1, letters / 400);
  const confidence = byLetters ? 0.9 + 0.09 * amount : 0.5 + 0.25 * lead + 0.24 * amount;
  return {
    tag, confidence: Math.round(confidence * 100) / 100, method: 'statistical',
    extractorLang: asExtractorLang(tag), alternatives: tags.filter((t) => t !== tag).slice(0, 3),
  };
}
