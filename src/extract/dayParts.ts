/**
 * Parts of the day: "Wednesday night", "this morning", "вчера вечером", "в понедельник днём".
 * The candidate event keeps the day (its `when` is 2025-08-12); TimeML writes the part of the
 * day into the value (2025-08-12TEV), so the mention carries that as its TIMEX3 reading. A part
 * written just after a day the rules read without it ("в понедельник днём") joins the phrase.
 */
import type { Candidate, RuleContext } from './types';

const DAY_VALUE = /^\d{4}-\d\d-\d\d$/u;

/** TimeML's codes for the parts of the day. */
const PARTS: readonly [RegExp, string][] = [
  [/^(?:morning|утр\p{L}*)$/iu, 'MO'],
  [/^(?:afternoon|днём|днем)$/iu, 'AF'],
  [/^(?:evening|вечер\p{L}*)$/iu, 'EV'],
  [/^(?:night|tonight|overnight|ноч\p{L}*)$/iu, 'NI'],
];
const PART_WORD = /(?<![\p{L}])(morning|afternoon|evening|night|tonight|утром|утро|днём|днем|вечером|вечер|ночью|ночь)(?![\p{L}])/iu;
const PART_AFTER = /^\s+(morning|afternoon|evening|night|утром|днём|днем|вечером|ночью)(?![\p{L}])/iu;

function partCode(word: string): string | undefined {
  return PARTS.find(([re]) => re.test(word))?.[1];
}

/** A one-day candidate with a part of the day in it (or just after it) gets TimeML's value for it. */
export function withPartOfDay(ctx: RuleContext, c: Candidate): Candidate {
  if (c.timex || c.precision !== 'day' || !DAY_VALUE.test(c.value)) return c;
  const inside = PART_WORD.exec(c.text);
  if (inside) {
    const code = partCode(inside[1]!);
    return code ? { ...c, timex: { type: 'time', value: `${c.value}T${code}` } } : c;
  }
  const after = PART_AFTER.exec(ctx.text.slice(c.end, c.end + 16));
  const code = after ? partCode(after[1]!) : undefined;
  if (!after || !code) return c;
  const end = c.end + after[0].length;
  return { ...c, end, text: ctx.text.slice(c.start, end), timex: { type: 'time', value: `${c.value}T${code}` } };
}

export function partsOfDay(ctx: RuleContext, sorted: readonly Candidate[]): Candidate[] {
  return sorted.map((c, i) => {
    const next = sorted[i + 1];
    const withPart = withPartOfDay(ctx, c);
    // Never grow into the next mention.
    return next && withPart.end > next.start ? c : withPart;
  });
}
