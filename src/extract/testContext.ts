/** Helpers for the tests of the rules: a context published on Wednesday 13 August 2025, 10:15 Moscow time. */
import { makeContext } from './context';
import { findMentions } from './extract';
import { selectMentions } from './mergeMentions';
import type { Candidate, Lang, Reference, Rule } from './types';

export const PUBLISHED: Reference = { year: 2025, month: 8, day: 13, hour: 10, minute: 15, offsetMinutes: 180 };

export function ctxOf(text: string, lang: Lang, ref: Reference = PUBLISHED) {
  return makeContext(text, lang, ref);
}

/** What a rule finds, overlaps settled, as "text=value". */
export function run(rule: Rule, text: string, lang: Lang, ref: Reference = PUBLISHED): string[] {
  return selectMentions(rule(ctxOf(text, lang, ref))).map((c: Candidate) => `${c.text}=${c.value}`);
}

/** What the whole engine finds, as "text=value". */
export function found(text: string, lang: Lang, ref: Reference = PUBLISHED): string[] {
  return findMentions(ctxOf(text, lang, ref)).map((m) => `${m.text}=${m.value}`);
}
