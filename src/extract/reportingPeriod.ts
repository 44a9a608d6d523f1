/**
 * The period a report is about. Company and statistics reports name a quarter once and then
 * refer back to it: "the quarter", "the latest period", "в отчётном квартале" are that quarter,
 * and "a year earlier", "the year-ago quarter", "годом ранее", "за аналогичный период прошлого
 * года" are the same quarter a year before, not the year before the publication. A pass over
 * the selected mentions: each such phrase takes the nearest quarter named before it, and
 * replaces what the rules read in it ("the year" of "the year-ago quarter").
 */
import { formatMonth } from './calendar';
import { candidate } from './context';
import { matchAll, ordinalOf, WB, WE, YEAR } from './patterns';
import { sentenceIndexAt } from './sentences';
import type { Candidate, RuleContext } from './types';

const QUARTER_VALUE = /^(\d{4})-(\d\d)\/(\d{4})-(\d\d)$/u;
const ORD = '(?<ord>first|second|third|fourth)';

/** Year and quarter of a quarter mention (2024-07/2024-09), else undefined. */
function quarterOf(c: Candidate): { year: number; q: number } | undefined {
  const m = QUARTER_VALUE.exec(c.value);
  if (!m || c.rule !== 'quarter' || m[1] !== m[3]) return undefined;
  const first = Number(m[2]);
  return (first - 1) % 3 === 0 && Number(m[4]) === first + 2 ? { year: Number(m[1]), q: (first + 2) / 3 } : undefined;
}

interface Pattern {
  readonly re: RegExp;
  /** Years back from the quarter referred to: 0 for "the quarter", 1 for "a year earlier". */
  readonly back: number;
  /** Needs a quarter in the same or the last few sentences: the phrase alone says no quarter. */
  readonly near: boolean;
}

const EN: readonly Pattern[] = [
  { re: new RegExp(`${WB}(?:the\\s+)?year[-\\s](?:ago|earlier)(?:\\s+(?:fiscal\\s+)?(?:${ORD}\\s+)?(?:quarter|period))${WE}`, 'giu'), back: 1, near: false },
  { re: new RegExp(`${WB}(?:the\\s+)?(?:same|corresponding|comparable)\\s+(?:${ORD}\\s+)?(?:quarter|period)(?:\\s+(?:a\\s+year\\s+(?:ago|earlier)|(?:of\\s+)?last\\s+year|of\\s+the\\s+previous\\s+year))${WE}`, 'giu'), back: 1, near: false },
  { re: new RegExp(`${WB}last\\s+year['’]s\\s+(?:${ORD}\\s+)?(?:quarter|period)${WE}`, 'giu'), back: 1, near: false },
  { re: new RegExp(`${WB}year[-‐‑](?:ago|earlier)${WE}`, 'giu'), back: 1, near: true },
  { re: new RegExp(`${WB}an?\\s+year\\s+(?:ago|earlier|before)${WE}`, 'giu'), back: 1, near: true },
  { re: new RegExp(`${WB}(?:the|its)\\s+(?<year>${YEAR})\\s+(?:quarter|period)${WE}`, 'gu'), back: 0, near: false },
  { re: new RegExp(`${WB}(?:the|this)\\s+(?:(?:latest|current|most\\s+recent|just[-\\s]ended|reporting)\\s+(?:quarter|period)|quarter)${WE}`, 'giu'), back: 0, near: false },
];
const RU: readonly Pattern[] = [
  { re: new RegExp(`${WB}(?:аналогичн\\p{L}*|т(?:от|ого|ом)\\s+же|так(?:ой|ого|ом)\\s+же)\\s+(?:период\\p{L}*|квартал\\p{L}*)\\s+(?:прошлого|предыдущего|минувшего)\\s+года${WE}`, 'giu'), back: 1, near: false },
  { re: new RegExp(`${WB}годом\\s+(?:ранее|раньше)${WE}`, 'giu'), back: 1, near: true },
  { re: new RegExp(`${WB}год\\s+назад${WE}`, 'giu'), back: 1, near: true },
  { re: new RegExp(`${WB}(?:отч[её]тн\\p{L}+|истекш\\p{L}+|эт(?:ом|от))\\s+(?:квартал\\p{L}*|период\\p{L}*)${WE}`, 'giu'), back: 0, near: false },
];

/** How many sentences back a quarter still frames "a year earlier". */
const NEAR_SENTENCES = 3;

export function reportingPeriods(ctx: RuleContext, sorted: readonly Candidate[]): Candidate[] {
  const quarters = sorted.flatMap((c) => {
    const q = quarterOf(c);
    return q ? [{ c, ...q }] : [];
  });
  if (quarters.length === 0) return [...sorted];
  const found: Candidate[] = [];
  for (const { re, back, near } of ctx.lang === 'ru' ? RU : EN) {
    for (const m of matchAll(re, ctx.text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const prior = quarters.filter((q) => q.c.end <= start || (q.c.start >= start && q.c.end <= end && back === 1)).at(-1);
      if (!prior) continue;
      if (near && sentenceIndexAt(ctx.sentences, start) - sentenceIndexAt(ctx.sentences, prior.c.start) > NEAR_SENTENCES) continue;
      // "the year-earlier third quarter" names its quarter; "the year-ago quarter" takes the one in view.
      const named = m.groups?.ord ? ordinalOf(m.groups.ord) : undefined;
      const q = named ?? prior.q;
      const year = m.groups?.year ? Number(m.groups.year) : prior.year - back;
      const first = (q - 1) * 3 + 1;
      found.push(candidate(ctx, start, end, `${formatMonth(year, first)}/${formatMonth(year, first + 2)}`, 'month', back ? 'quarter-year-earlier' : 'quarter-in-view'));
    }
  }
  if (found.length === 0) return [...sorted];
  // What the rules read inside such a phrase gives way ("In the year" of "In the year-ago
  // quarter"), except a quarter that reaches beyond it.
  const kept = sorted.filter((c) => !found.some((f) => c.start < f.end && f.start < c.end && !(quarterOf(c) && c.end > f.end)));
  const clash = (c: Candidate) => kept.some((k) => k.start < c.end && c.start < k.end);
  return [...kept, ...found.filter((f) => !clash(f))].sort((a, b) => a.start - b.start);
}
