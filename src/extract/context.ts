import { sentenceIndexAt, sentenceSpans } from './sentences';
import { tenseAround, type Tense } from './tense';
import type { Candidate, Lang, Reference, RuleContext } from './types';
import type { Precision } from '../domain/when';

export function makeContext(text: string, lang: Lang, ref: Reference): RuleContext {
  return { text, lang, ref, sentences: sentenceSpans(text, lang) };
}

/** The tense around a span of the text, read within its sentence. */
export function tenseAt(ctx: RuleContext, start: number, end: number): Tense {
  const i = sentenceIndexAt(ctx.sentences, start);
  const s = i < 0 ? { start: 0, end: ctx.text.length } : ctx.sentences[i]!;
  return tenseAround(ctx.text.slice(s.start, s.end), start - s.start, Math.min(end, s.end) - s.start, ctx.lang);
}

/** Builds a candidate from a span of the text, so that the text always matches the offsets. */
export function candidate(
  ctx: RuleContext, start: number, end: number, value: string, precision: Precision, rule: string, extra: Partial<Candidate> = {},
): Candidate {
  return { priority: 1, ...extra, text: ctx.text.slice(start, end), start, end, value, precision, rule };
}
