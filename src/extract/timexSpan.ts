/**
 * A mention's span as TimeML draws a TIMEX3: the temporal expression alone. The rules match
 * a leading preposition ("в 1945 году", "on Friday") because it tells them the reading (a
 * point, a bound, a night), but the standard leaves it out as a SIGNAL, and trailing
 * punctuation is the sentence's, not the date's. The value is not changed here: "by 2000"
 * keeps its open value [..2000] while its span becomes "2000".
 *
 * Only whole words and ASCII punctuation are cut, so a surrogate pair is never split.
 */
import type { Lang } from './types';

const EN_LEAD = /^(?:(?:as\s+of|as\s+early\s+as|as\s+late\s+as|up\s+to|prior\s+to|no\s+later\s+than|not\s+later\s+than|in|on|at|by|since|during|from|until|till|before|after|of|for|throughout|through|within|between|around|about|over|into|to)\s+)+/iu;
const RU_LEAD = /^(?:(?:в\s+течение|в\s+ходе|начиная\s+с|не\s+позднее|не\s+ранее|вплоть\s+до|в|во|на|с|со|к|ко|до|после|по|от|за|около|перед|через|между|к|ко)\s+)+/iu;
/** Sentence punctuation after the phrase; a dot only after a digit ("2010."), never an abbreviation's ("a.m."). */
const TRAIL = /(?:[\s,;:!?)\]»"”]|(?<=\d)\.)+$/u;
const LEAD_PUNCT = /^[\s(["«“]+/u;

export function timexSpan(text: string, start: number, end: number, lang: Lang): { start: number; end: number } {
  let s = start;
  let e = end;
  const cut = (re: RegExp, fromStart: boolean) => {
    const phrase = text.slice(s, e);
    const m = re.exec(phrase);
    // Never cut the whole phrase: "since" alone is no date, but a span must stay non-empty.
    if (!m || m[0].length === 0 || m[0].length >= phrase.length) return;
    if (fromStart) s += m[0].length;
    else e -= m[0].length;
  };
  cut(LEAD_PUNCT, true);
  cut(lang === 'ru' ? RU_LEAD : EN_LEAD, true);
  // A Russian text may quote an English phrase and the reverse; the other list is tried too.
  cut(lang === 'ru' ? EN_LEAD : RU_LEAD, true);
  cut(TRAIL, false);
  return { start: s, end: e };
}
