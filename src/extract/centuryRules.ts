/**
 * Centuries: "the 19th century", "XXI век", "в XIX веке", "в 20-м веке". The value is the
 * century's years as an EDTF interval (1801–1900 by the strict count would surprise readers;
 * like TimeML, the 19th century is taken as 1800–1899).
 */
import { formatYear } from './calendar';
import { candidate } from './context';
import type { Candidate, RuleContext } from './types';

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** A Roman numeral up to L (enough for centuries), or undefined when it is not one. */
export function romanValue(s: string): number | undefined {
  if (!/^(?:X{0,3})(?:IX|IV|V?I{0,3})$/u.test(s) || s === '') return undefined;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!]!;
    const next = ROMAN[s[i + 1] ?? ''] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}

const EN_CENTURY = /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[\s-]+century\b/giu;
const RU_CENTURY = /(?<![\p{L}\p{N}])([IVX]{1,5}|\d{1,2}(?:-?(?:й|м|го|ом))?)\s+(?:век|века|веке|веку|веком)(?![\p{L}])/gu;

export function centuryRules(ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(new RegExp(ctx.lang === 'ru' ? RU_CENTURY : EN_CENTURY))) {
    const token = m[1]!;
    const n = /^\d/u.test(token) ? Number.parseInt(token, 10) : romanValue(token);
    if (n === undefined || n < 1 || n > 30) continue;
    const first = (n - 1) * 100;
    out.push(candidate(ctx, m.index, m.index + m[0].length, `${formatYear(first)}/${formatYear(first + 99)}`, 'year', 'century'));
  }
  return out;
}
