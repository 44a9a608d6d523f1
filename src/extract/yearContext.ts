/**
 * A day written without a year inside a "when" clause about a year takes that year:
 * "первая встреча с 2021 года, когда Путин и Байден встретились в Женеве 16 июня" is
 * 16 June 2021, not the last 16 June before the publication. Only "когда" / "when" joins
 * them: a year elsewhere in the sentence says nothing about the day.
 */
import { sentenceIndexAt } from './sentences';
import type { Candidate, RuleContext } from './types';

const WHEN = /,\s*(?:когда|when)(?![\p{L}])/iu;
const YEAR_RULES = new Set(['year', 'year-since', 'chrono']);

export function yearsFromContext(ctx: RuleContext, sorted: readonly Candidate[]): Candidate[] {
  return sorted.map((c, i) => {
    if (!c.rule.startsWith('chrono+year-by-tense') || c.value.includes('/')) return c;
    const sentence = sentenceIndexAt(ctx.sentences, c.start);
    for (let j = i - 1; j >= 0; j--) {
      const p = sorted[j]!;
      if (sentenceIndexAt(ctx.sentences, p.start) !== sentence) break;
      const year = /^(\d{4})/u.exec(p.value)?.[1];
      if (!year || !YEAR_RULES.has(p.rule) || !WHEN.test(ctx.text.slice(p.end, c.start))) continue;
      return { ...c, value: year + c.value.slice(4), rule: 'day+year-from-context' };
    }
    return c;
  });
}
