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
]);
const EN_NOT_PAST = new Set([
  'need', 'indeed', 'feed', 'seed', 'speed', 'bleed', 'breed', 'hundred', 'united', 'proceed', 'exceed', 'succeed',
  'red', 'shed', 'bed', 'sacred', 'naked', 'wicked', 'scheduled', 'expected', 'planned', 'limited', 'embed', 'deed',
  'weed', 'greed', 'creed', 'reed', 'advanced', 'anticipated', 'intended', 'proposed', 'slated',
]);
const EN_FUTURE = new Set([
  'will', 'shall', 'll', 'upcoming', 'coming', 'next', 'scheduled', 'expected', 'planned', 'plans', 'plan', 'due',
  'forthcoming', 'tomorrow', 'later', 'slated', 'intends', 'intend', 'going', 'anticipated', 'proposed',
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
const EN_MODAL = /^(would|could|should|might|may|must|can)$/iu;

/** "will be held", "is to be signed": an English past participle after a future auxiliary is future. */
function tokenTense(tokens: readonly Token[], i: number, lang: Lang): WordTense {
  const tense = wordTense(tokens[i]!.word, lang);
  // "due to its loss" gives a cause; only "is due (to …)" arranges something for later.
  if (lang === 'en' && tense === 'future' && /^due$/iu.test(tokens[i]!.word) && /^to$/iu.test(tokens[i + 1]?.word ?? '')) {
    if (!/^(?:is|are|was|were|be|been|'s)$/iu.test(tokens[i - 1]?.word ?? '')) return 'none';
  }
  if (lang !== 'en' || tense !== 'past') return tense;
  const before = tokens[i - 1]?.word.toLowerCase();
  // "is set for", "are due": arranged for later; "is held", "are closed": present, says nothing.
  if (before === 'is' || before === 'are' || before === 'am') return tokens[i]!.word.toLowerCase() === 'set' ? 'future' : 'none';
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const w = tokens[j]!.word;
    if (EN_FUTURE_AUX.test(w)) return 'future';
    if (/^to$/iu.test(w) && /^be$/iu.test(tokens[j + 1]?.word ?? '')) return 'future';
    if (EN_MODAL.test(w)) return 'none';
  }
  return tense;
}

function nearestTense(tokens: readonly Token[], from: number, to: number, at: number, end: number, lang: Lang): WordTense {
  let best: WordTense = 'none';
  let bestDistance = Infinity;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const tense = tokenTense(tokens, i, lang);
    if (tense === 'none') continue;
    const distance = t.end <= at ? at - t.end : t.start >= end ? t.start - end : 0;
    if (distance < bestDistance) {
      best = tense;
      bestDistance = distance;
    }
  }
  return best;
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
  const inClause = nearestTense(tokens, a, b, start, end, lang);
  if (inClause !== 'none') return inClause === 'present' ? 'none' : inClause;

  // The unit: out to the nearest subordinating word, across punctuation.
  let ua = first;
  while (ua > 0 && !block.test(tokens[ua]!.word.toLowerCase())) ua--;
  let ub = last + 1;
  while (ub < tokens.length && !block.test(tokens[ub]!.word.toLowerCase())) ub++;
  const inUnit = nearestTense(tokens, ua, ub, start, end, lang);
  return inUnit === 'present' ? 'none' : inUnit;
}
