/**
 * Whether the words around a date phrase put it in the past or the future of the
 * publication. Dates without a year or a week ("15 August", "on Tuesday") are
 * resolved by this, not by the nearest calendar date.
 *
 * The clause around the phrase is read first (split at punctuation); when it has no
 * verb, the reading widens up to the nearest subordinating word ("что", "that"): the
 * main verb of "подчеркнул, что 15 августа …" says nothing of the 15th.
 */
import type { Lang } from './types';

export type Tense = 'past' | 'future' | 'none';

/** A word's own tense; 'present' ("runs", "проходит") is nearer evidence of neither past nor future. */
type WordTense = Tense | 'present';

const WORD = /[\p{L}\p{M}']+/gu;
const CLAUSE_BREAK = /[,;:()[\]—–]|\s-\s/u;

const RU_BLOCK = /^(что|чтобы|котор\p{L}*|где)$/u;
const EN_BLOCK = /^(that|which|who|whom|whose)$/u;

const RU_PAST_ENDING = /^\p{L}{2,}(?:л|ла|ло|ли|лся|лась|лось|лись)$/u;
const RU_NOT_PAST = new Set([
  'дела', 'числа', 'начала', 'села', 'тела', 'посла', 'стола', 'сила', 'правила', 'масла', 'мысли', 'угла', 'жила',
  'недели', 'цели', 'роли', 'земли', 'рубли', 'модели', 'воли', 'доли', 'соли', 'боли', 'ели', 'пели', 'мили',
  'стали', 'смысла', 'весла', 'кремли', 'кабели', 'италии', 'корабли', 'сотни', 'более', 'или', 'либо', 'ли',
]);
const RU_PAST_CUE = /^(назад|накануне|прошл\p{L}*|минувш\p{L}*|прошедш\p{L}*|ранее|вчера|позавчера)$/u;
const RU_FUTURE = new RegExp(
  '^(будет|будут|буду|будем|станет|станут|состоится|состоятся|пройдет|пройдёт|пройдут|планиру\\p{L}*|намерен\\p{L}*|' +
    'намечен\\p{L}*|запланирован\\p{L}*|ожидает\\p{L}*|ожидаются|предстоящ\\p{L}*|предстоит|грядущ\\p{L}*|следующ\\p{L}*|' +
    'ближайш\\p{L}*|наступающ\\p{L}*|собирается|собираются|завтра|послезавтра|планах|намечается|назначен\\p{L}*|' +
    // Perfective verbs that news uses for what is coming.
    'начнется|начнётся|начнутся|откроется|откроются|завершится|завершатся|стартует|вступит|вступят|прибудет|прибудут|' +
    'посетит|посетят|проведет|проведёт|проведут|подпишет|подпишут|встретится|встретятся|выступит|обсудят|рассмотрит|рассмотрят|' +
    'продлится|продлятся|продолжится|продолжатся|придется|придётся|придутся|наступит|начнет|начнёт|начнут|завершит|завершат)$',
  'u',
);

const RU_PRESENT = /^(проходит|проходят|длится|длятся|продолжается|продолжаются|идет|идёт|идут|работает|работают|отмечают|отмечается|является|действует|действуют)$/u;
const EN_PRESENT = new Set([
  'is', 'are', 'am', 'runs', 'begins', 'starts', 'opens', 'ends', 'continues', 'lasts', 'remains', 'comes', 'takes',
  'holds', 'meets', 'marks', 'falls', 'closes', 'celebrates', 'celebrate', 'run', 'continue', 'last',
]);
const EN_PAST = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'met', 'held', 'took', 'came', 'went', 'made', 'gave', 'began', 'won',
  'lost', 'saw', 'left', 'ago', 'last', 'earlier', 'previously', 'past', 'yesterday', 'fought', 'struck', 'spoke',
  'wrote', 'sent', 'led', 'fell', 'rose', 'shot', 'sold', 'bought', 'paid', 'got', 'brought', 'thought', 'found',
  'kept', 'ran', 'became', 'broke', 'chose', 'hit', 'put', 'set', 'cut', 'knew', 'flew', 'drew', 'grew', 'overnight',
  // "since the Oct. 23 slaying": what something has lasted since lies behind.
  'since',
]);
const EN_NOT_PAST = new Set([
  'need', 'indeed', 'feed', 'seed', 'speed', 'bleed', 'breed', 'hundred', 'united', 'proceed', 'exceed', 'succeed',
  'red', 'shed', 'bed', 'sacred', 'naked', 'wicked', 'scheduled', 'expected', 'planned', 'limited', 'embed', 'deed',
  'weed', 'greed', 'creed', 'reed', 'advanced', 'anticipated', 'intended', 'proposed', 'slated', 'preferred',
]);
const EN_FUTURE = new Set([
  'will', 'shall', 'll', 'upcoming', 'coming', 'next', 'scheduled', 'expected', 'planned', 'plans', 'plan', 'due',
  'forthcoming', 'tomorrow', 'later', 'slated', 'intends', 'intend', 'going', 'planning', 'anticipated', 'proposed',
]);

export function wordTense(word: string, lang: Lang): WordTense {
  const w = word.toLowerCase();
  if (lang === 'ru') {
    if (RU_PAST_CUE.test(w)) return 'past';
    if (RU_FUTURE.test(w)) return 'future';
    if (RU_PRESENT.test(w)) return 'present';
    if (RU_PAST_ENDING.test(w) && !RU_NOT_PAST.has(w)) return 'past';
    return 'none';
  }
  if (EN_FUTURE.has(w)) return 'future';
  if (EN_PAST.has(w)) return 'past';
  if (EN_PRESENT.has(w)) return 'present';
  if (/^\p{L}{2,}ed$/u.test(w) && !EN_NOT_PAST.has(w)) return 'past';
  return 'none';
}

interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
  /** A clause break (punctuation) lies between the previous token and this one. */
  readonly breakBefore: boolean;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    tokens.push({ word: m[0], start, end: start + m[0].length, breakBefore: CLAUSE_BREAK.test(text.slice(last, start)) });
    last = start + m[0].length;
  }
  return tokens;
}

const EN_FUTURE_AUX = /^(will|shall|ll)$/iu;
const EN_MODAL = /^(would|could|should|might|may|must|can)$/u;
/** Modals that put what they govern ahead of the moment spoken of: "should go home by Jan. 14". */
const EN_PROSPECTIVE_MODAL = /^(would|should|might|may)$/u;
/** Words after which "to" + verb is arranged for later: "set to resume", "plans to visit". */
const EN_TO_FUTURE = /^(?:set|scheduled|expected|due|slated|planned|plans?|planning|going|likely|about|is|are|am|intends?|aims?|hopes?|wants?)$/iu;
/** What follows "to" when it is a preposition, not an infinitive: "to the court", "to 5%". */
const EN_NOT_INFINITIVE = /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|some|any|all|each|every|no|one|two|three|four|five|six|seven|eight|nine|ten|be|date|day|week|month|year|work|court|power|office|market|school|trial|death|home)$/iu;
const EN_UNIT = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|moments?|\d+)$/iu;

const EN_PAST_ADVERB = /^(?:since|ago|last|earlier|previously|past|yesterday|overnight)$/u;

const lower = (t: Token | undefined) => t?.word.toLowerCase() ?? '';

/** "will be held", "is to be signed": an English past participle after a future auxiliary is future. */
function tokenTense(tokens: readonly Token[], i: number, lang: Lang): WordTense {
  const tense = wordTense(tokens[i]!.word, lang);
  if (lang !== 'en') return tense;
  const word = lower(tokens[i]);
  const next = lower(tokens[i + 1]);
  const before = lower(tokens[i - 1]);
  // "due to its loss" gives a cause; only "is due (to …)" arranges something for later.
  if (tense === 'future' && word === 'due' && next === 'to' && !/^(?:is|are|was|were|be|been|'s)$/u.test(before)) return 'none';
  // "next to the embassy" is a place; "three days later" is counted from the story, not the publication.
  if (word === 'next' && next === 'to') return 'none';
  if (word === 'later' && EN_UNIT.test(before)) return 'none';
  // "a plan", "the plans": nouns; "plans to visit" is the verb.
  if ((word === 'plan' || word === 'plans') && next !== 'to') return 'none';
  // "is to resume trading Tuesday": arranged.
  if ((word === 'is' || word === 'are' || word === 'am') && next === 'to') return 'future';
  // "would leave on Monday", "should go home by Jan. 14"; "would have caused" looks back.
  if (EN_MODAL.test(tokens[i]!.word)) {
    if (next === 'have') return 'past';
    return EN_PROSPECTIVE_MODAL.test(tokens[i]!.word) ? 'future' : 'present';
  }
  if (tense === 'future' || tense === 'past') {
    // "had been scheduled to expire", "had been due": a plan that lay in the past.
    for (let j = i - 1; j >= Math.max(0, i - 2); j--) if (lower(tokens[j]) === 'had') return 'past';
  }
  if (tense !== 'past') return tense;
  // "since", "ago", "yesterday" look back whatever verb stands before them ("is since year-end").
  if (EN_PAST_ADVERB.test(word)) return 'past';
  // "has set Nov. 10 as the deadline", "have invited … to a ceremony on March 12": the present
  // perfect takes no date of its own, so the date belongs to what it announces.
  for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
    if (/^(?:has|have|'ve)$/u.test(lower(tokens[j]))) return EN_MODAL.test(tokens[j - 1]?.word ?? '') ? 'past' : 'present';
  }
  // "set to resume Monday", "a summit set for April": arranged; "was set for" is a past arrangement.
  if (word === 'set' && (next === 'to' || next === 'for') && !/^(?:was|were)$/u.test(before)) return 'future';
  // "is set for", "are due": arranged for later; "is held", "are closed": present, says nothing.
  if (before === 'is' || before === 'are' || before === 'am') return word === 'set' ? 'future' : 'none';
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const w = tokens[j]!.word;
    if (EN_FUTURE_AUX.test(w)) return 'future';
    if (/^to$/iu.test(w) && /^be$/iu.test(tokens[j + 1]?.word ?? '')) return 'future';
    if (EN_MODAL.test(w)) return 'none';
  }
  return tense;
}

/**
 * "to testify … on Feb. 10", "agreed to purchase … in February": an infinitive between the
 * date and the finite verb has a time of its own, later than the verb's when a word of plan
 * comes before it ("set to resume", "plans to visit"), otherwise unknown. Returns the tense
 * the infinitive gives, or undefined when token i is no infinitive's "to".
 */
function infinitiveTense(tokens: readonly Token[], i: number): WordTense | undefined {
  if (lower(tokens[i]) !== 'to') return undefined;
  const verb = tokens[i + 1];
  if (!verb || !/^\p{Ll}/u.test(verb.word) || EN_NOT_INFINITIVE.test(verb.word) || /^\d/u.test(verb.word)) return undefined;
  if (!EN_TO_FUTURE.test(lower(tokens[i - 1]))) return 'present';
  // "had been scheduled to expire": a plan that lay in the past.
  return tokens.slice(Math.max(0, i - 3), i - 1).some((t) => lower(t) === 'had') ? 'past' : 'future';
}

interface Found {
  readonly tense: WordTense;
  readonly distance: number;
}

function nearestOnLeft(tokens: readonly Token[], from: number, first: number, at: number, lang: Lang): Found | undefined {
  for (let i = first - 1; i >= from; i--) {
    const inf = lang === 'en' ? infinitiveTense(tokens, i) : undefined;
    if (inf) return { tense: inf, distance: at - tokens[i]!.end };
    const tense = tokenTense(tokens, i, lang);
    if (tense !== 'none') return { tense, distance: at - tokens[i]!.end };
  }
  return undefined;
}

function nearestOnRight(tokens: readonly Token[], after: number, to: number, end: number, lang: Lang): Found | undefined {
  for (let i = after; i < to; i++) {
    const tense = tokenTense(tokens, i, lang);
    if (tense !== 'none') return { tense, distance: tokens[i]!.start - end };
  }
  return undefined;
}

/**
 * The tense nearest to the phrase (tokens first..last) within tokens [from, to). English puts
 * the verb that governs a time adverbial before it ("said Friday", "will resume on Monday"),
 * so a verb on the left wins there; Russian orders words freely, so the nearer one does.
 */
function nearestTense(tokens: readonly Token[], from: number, to: number, first: number, last: number, start: number, end: number, lang: Lang): WordTense {
  for (let i = first; i <= last; i++) {
    const inside = tokenTense(tokens, i, lang);
    if (inside !== 'none') return inside;
  }
  const left = nearestOnLeft(tokens, from, first, start, lang);
  if (lang === 'en' && left) return left.tense;
  const right = nearestOnRight(tokens, last + 1, to, end, lang);
  if (!left) return right?.tense ?? 'none';
  if (!right) return left.tense;
  return right.distance < left.distance ? right.tense : left.tense;
}

/**
 * The tense of the clause around [start, end) of `sentence` (offsets into the sentence).
 */
export function tenseAround(sentence: string, start: number, end: number, lang: Lang): Tense {
  const tokens = tokenize(sentence);
  const block = lang === 'ru' ? RU_BLOCK : EN_BLOCK;
  const first = tokens.findIndex((t) => t.end > start);
  if (first < 0) return 'none';
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;

  // The clause: out to the nearest punctuation or subordinating word on each side.
  let a = first;
  while (a > 0 && !tokens[a]!.breakBefore && !block.test(tokens[a]!.word.toLowerCase())) a--;
  let b = last + 1;
  while (b < tokens.length && !tokens[b]!.breakBefore && !block.test(tokens[b]!.word.toLowerCase())) b++;
  const inClause = nearestTense(tokens, a, b, first, last, start, end, lang);
  if (inClause !== 'none') return inClause === 'present' ? 'none' : inClause;

  // The unit: out to the nearest subordinating word, across punctuation.
  let ua = first;
  while (ua > 0 && !block.test(tokens[ua]!.word.toLowerCase())) ua--;
  let ub = last + 1;
  while (ub < tokens.length && !block.test(tokens[ub]!.word.toLowerCase())) ub++;
  const inUnit = nearestTense(tokens, ua, ub, first, last, start, end, lang);
  return inUnit === 'present' ? 'none' : inUnit;
}
