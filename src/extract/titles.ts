/**
 * A short readable title from the sentence a date was found in: the date phrase and the
 * words that only made sense with it are removed, and so are datelines and leading
 * connectors; a long title is cut at a clause boundary (or a word) with "…".
 */
import type { Lang } from './types';

/** Where the date phrase was, relative to the sentence. */
export interface DatePhrase {
  readonly start: number;
  readonly end: number;
}

export const TITLE_MAX = 80;
/** A clause shorter than this says too little; a word cut is better then. */
const CLAUSE_MIN = 40;
/** Stands for the removed date phrase so that the rules can see what was next to it. */
const GAP = '\uE000';

const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /gu, '\\s+')).join('|');
const wordsAtEnd = (words: readonly string[], flags = 'iu') => new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${alt(words)})\\s*$`, flags);

const PREPOSITIONS: Record<Lang, readonly string[]> = {
  en: ['in', 'on', 'at', 'by', 'since', 'until', 'till', 'for', 'from', 'to', 'of', 'during', 'before', 'after', 'through',
    'between', 'starting', 'starting on', 'starting from', 'beginning', 'as of', 'around', 'within', 'throughout', 'into', 'with', 'via'],
  ru: ['в', 'во', 'на', 'с', 'со', 'к', 'ко', 'до', 'после', 'по', 'от', 'за', 'перед', 'около', 'через', 'между', 'из', 'у', 'о',
    'об', 'при', 'для', 'без', 'над', 'под', 'начиная с', 'начиная со', 'вплоть до'],
};
/** Words that governed the date and mean nothing without it. */
const GAP_LEAD = wordsAtEnd([...PREPOSITIONS.en, ...PREPOSITIONS.ru, 'date', 'dated', 'дата']);
/** A date phrase that brings its own preposition ("on Friday") leaves the word before it alone. */
const PHRASE_LEAD = new RegExp(`^(?:${alt([...PREPOSITIONS.en, ...PREPOSITIONS.ru])})(?![\\p{L}])`, 'iu');
const ARTICLE_AT_END = /(?<![\p{L}])the\s*$/iu;
/** English "on"/"in"/"by"/"before"/"after" are also particles ("the talks went on"), so only a gap or a cut strips them. */
const NEVER_LAST: Record<Lang, readonly string[]> = {
  en: ['at', 'since', 'until', 'till', 'for', 'from', 'to', 'of', 'during', 'between', 'starting', 'within', 'into', 'with', 'via', 'the', 'an'],
  ru: PREPOSITIONS.ru,
};
/** Quotes mix the languages, so both lists apply to every text. */
const NEVER_BEFORE_COMMA = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${alt([...NEVER_LAST.en, ...NEVER_LAST.ru])})\\s*(?=[,;]|$)`, 'gu');
/** What must not end a cut title. */
const CUT_TAIL = wordsAtEnd([...PREPOSITIONS.en, 'the', 'a', 'an', 'and', 'or', 'but', 'that', 'which', 'who', 'as', 'not',
  ...PREPOSITIONS.ru, 'и', 'а', 'но', 'или', 'что', 'чтобы', 'как', 'где', 'когда', 'не', 'ни', 'который', 'которая', 'которое', 'которые']);

const CONNECTORS: Record<Lang, RegExp> = {
  en: new RegExp(`^(?:(?:${alt(['and', 'but', 'also', 'however', 'meanwhile', 'moreover', 'furthermore', 'additionally', 'nevertheless',
    'nonetheless', 'separately', 'likewise', 'similarly', 'at the same time', 'on the other hand'])})(?![\\p{L}])[\\s,]*|(?:${alt(['so', 'yet',
    'still', 'then', 'now', 'thus', 'hence', 'indeed', 'instead', 'besides', 'later', 'earlier', 'previously', 'finally', 'in addition',
    'as a result', 'in particular', 'in fact', 'in turn'])})\\s*,\\s*)`, 'iu'),
  ru: new RegExp(`^(?:(?:${alt(['и', 'а', 'но', 'однако', 'также', 'кроме того', 'помимо этого', 'помимо того', 'при этом', 'между тем',
    'тем временем', 'впрочем', 'зато', 'ранее', 'позже', 'позднее', 'затем', 'потом', 'поэтому', 'таким образом', 'в то же время',
    'вместе с тем', 'в свою очередь', 'напомним', 'как отмечается', 'как сообщается', 'как известно', 'как отмечалось', 'как сообщалось',
    'как стало известно', 'отметим', 'кстати', 'вдобавок', 'к тому же', 'более того', 'в частности', 'в итоге', 'в результате',
    'после этого'])})(?![\\p{L}])[\\s,]*|(?:${alt(['так', 'итак', 'тогда', 'теперь'])})\\s*,\\s*)`, 'iu'),
};

/** "HAMBURG, March 4 (Reuters) —", "МОСКВА, 13 августа. /ТАСС/ —", "WASHINGTON (AP) -", or the agency alone after a sentence break. */
const PLACE = '\\p{Lu}{2,}(?:[\\s.\'’-]+\\p{Lu}{2,})*';
const AGENCY = '[(/][^)/]{1,30}[)/]';
/** The date after the place: the removed date, "March 4", "Aug. 13, 2025", "13 августа." ("NATO, the alliance of 32 states —" is no dateline). */
const DATE_PART = '\\s*,\\s*(?:\uE000|[\\p{L}.]{3,10}\\s+\\d{1,2}|\\d{1,2}\\s+\\p{L}{3,10})(?:,?\\s*\\d{4})?\\.?';
/** "МОСКВА, 13 августа." alone on its line: a dateline with nothing to title. */
const DATELINE_ONLY = new RegExp(`^\\s*${PLACE}\\s*,\\s*\uE000\\.?\\s*(?:${AGENCY}\\.?\\s*)?$`, 'u');
const DATELINE = new RegExp(
  `^\\s*(?:(?:${PLACE}(?:${DATE_PART}(?:\\s*${AGENCY})?|\\s*${AGENCY})|${AGENCY})\\s*[—–-]+\\s*|${PLACE}\\s*,\\s*\uE000\\.?\\s*(?:${AGENCY}\\.?\\s*)?$)`,
  'u',
);

/** The reported content begins at the complementizer or a colon ("…сообщила, что <content>"). */
const CONTENT: Record<Lang, RegExp> = { ru: /,\s*что(?![\p{L}])|:\s|«|"/u, en: /\bthat\b|:\s|“|"/u };

/** A phrase in apposition to the date ("on March 15, the 64th anniversary of…"): the preposition governs it once the date is gone. */
const APPOSITION: Record<Lang, RegExp> = {
  en: /^,\s*(?:the\s+|an?\s+)?(?:[\p{L}\p{N}-]+\s+){0,2}?(?:anniversary|day|eve|holiday|birthday|deadline)(?![\p{L}])/iu,
  ru: /^,\s*(?:[\p{L}\p{N}-]+\s+){0,2}?(?:годовщин\p{L}*|день|дня|канун|праздник\p{L}*)(?![\p{L}])/iu,
};

const CLAUSE_BREAK = /\s*[,;]\s|\s+[—–-]\s|\s+\(|\s+(?=(?:which|who|whom|whose|where|that|котор\p{L}+|где|когда)(?![\p{L}]))/giu;

export function titleFromSentence(sentence: string, date: DatePhrase | null, lang: Lang): string {
  const text = date ? sentence.slice(0, date.start) + GAP + sentence.slice(date.end) : sentence;
  const phrase = date ? sentence.slice(date.start, date.end) : '';
  // Each step may strip too much from an odd sentence; then the title keeps what that step would remove.
  return worded(build(reportedContent(text, lang).replace(DATELINE, ''), lang, phrase))
    || worded(build(text.replace(DATELINE, ''), lang, phrase))
    || (DATELINE_ONLY.test(text) ? '' : build(text, lang, phrase));
}

function worded(title: string): string {
  return /\p{L}/u.test(title) ? title : '';
}

/** A date inside reported speech titles what was reported: "…сообщила, что <title>". */
function reportedContent(text: string, lang: Lang): string {
  const gap = text.indexOf(GAP);
  const content = CONTENT[lang].exec(text);
  if (gap < 0 || !content) return text;
  const from = content.index + content[0].length;
  // A quote closed before the date is a name («Роснефть»), not what was reported.
  return from <= gap && !/[»”"]/u.test(text.slice(from, gap)) ? text.slice(from) : text;
}

function build(text: string, lang: Lang, phrase: string): string {
  let t = tidy(closeGap(text, lang, phrase));
  for (let before = ''; before !== t;) {
    before = t;
    t = tidy(t.replace(CONNECTORS[lang], ''));
  }
  t = tidy(t.replace(NEVER_BEFORE_COMMA, ''));
  return capitalise(shorten(t));
}

function closeGap(text: string, lang: Lang, phrase: string): string {
  const at = text.indexOf(GAP);
  if (at < 0) return text;
  let before = text.slice(0, at).trimEnd();
  let after = text.slice(at + GAP.length).trimStart();
  if (APPOSITION[lang].test(after) && GAP_LEAD.test(before)) return `${before} ${after.replace(/^,\s*/u, '')}`;
  // One word only: in "the talks went on on Friday" the first "on" is the verb's.
  if (!PHRASE_LEAD.test(phrase)) before = before.replace(ARTICLE_AT_END, '').replace(GAP_LEAD, '').trimEnd();
  // A date set off by commas, brackets or dashes leaves nothing to set off.
  const open = before.at(-1);
  const close = after[0];
  if ((open === ',' && close === ',') || (open === '(' && close === ')') || (open === '—' && close === '—') || (open === '–' && close === '–')) {
    before = before.slice(0, -1);
    after = after.slice(1);
  }
  return `${before} ${after}`;
}

function tidy(text: string): string {
  let t = text
    .replace(/\s+/gu, ' ')
    .replace(/\(\s*\)|\[\s*\]/gu, '')
    .replace(/\s+([,.;:!?…)\]»”])/gu, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/gu, '$1')
    .replace(/[,;:]\s*([.!?])/gu, '$1')
    .replace(/^[\s\p{P}]+/u, '');
  t = dropUnbalanced(t);
  return trimEnd(t);
}

const CLOSERS = new Set(['»', '”', '“', ')', ']', '"']);

/** Trailing punctuation goes, except a quote or bracket that closes one opened in the title. */
function trimEnd(text: string): string {
  return text.replace(/[\s\p{P}]+$/u, (tail) => /[»”“)\]"]/u.exec(tail) ? tail.slice(0, tail.search(/[»”“)\]"][^»”“)\]"]*$/u) + 1) : '');
}

const PAIRS: Record<string, string> = { '«': '»', '„': '“', '“': '”', '(': ')', '[': ']' };

/** Removes quotes and brackets left without their partner by a cut or a removed dateline. */
function dropUnbalanced(text: string): string {
  const stack: { ch: string; at: number }[] = [];
  const lonely: number[] = [];
  let straight: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const top = stack.at(-1);
    if (ch === '"') straight = straight.length > 0 ? [] : [i];
    else if (top && PAIRS[top.ch] === ch) stack.pop();
    else if (ch in PAIRS) stack.push({ ch, at: i });
    else if (CLOSERS.has(ch) && ch !== '"') lonely.push(i);
  }
  const drop = new Set([...lonely, ...stack.map((s) => s.at), ...straight]);
  return drop.size === 0 ? text : text.split('').filter((_, i) => !drop.has(i)).join('');
}

function shorten(text: string): string {
  if (text.length <= TITLE_MAX) return text;
  let cut = -1;
  for (const m of text.matchAll(CLAUSE_BREAK)) if (m.index >= CLAUSE_MIN && m.index <= TITLE_MAX) cut = m.index;
  const raw = cut >= 0 ? text.slice(0, cut) : wordCut(text);
  let head = raw;
  for (let prev = ''; prev !== head;) {
    prev = head;
    head = trimEnd(dropUnbalanced(head.replace(CUT_TAIL, '')));
  }
  return `${/[\p{L}\p{N}]/u.test(head) ? head : trimEnd(raw)}…`;
}

/** The longest run of whole words that fits; a single word longer than that is cut at a code point. */
function wordCut(text: string): string {
  if (/\s/u.test(text[TITLE_MAX]!)) return text.slice(0, TITLE_MAX);
  const space = text.slice(0, TITLE_MAX).search(/\s\S*$/u);
  if (space > 0) return text.slice(0, space);
  const end = /[\uD800-\uDBFF]/u.test(text[TITLE_MAX - 1]!) ? TITLE_MAX - 1 : TITLE_MAX;
  return text.slice(0, end);
}

function capitalise(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const ch = String.fromCodePoint(first);
  // "iPhone", "eBay": a lowercase first letter before a capital is part of the name.
  if (/\p{Lu}/u.test(text.slice(ch.length, ch.length + 1))) return text;
  // "ὐ" upper-cases to two characters, which could push a full-length title over the limit.
  const upper = ch.toUpperCase();
  return upper.length === ch.length ? upper + text.slice(ch.length) : text;
}
