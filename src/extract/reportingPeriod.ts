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
import { EN_MONTH, matchAll, monthOf, ordinalOf, WB, WE, YEAR } from './patterns';
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
  /** "the latest quarter": the one named before if it has ended by publication, else the last that has. */
  readonly latest?: boolean;
  /** "the current quarter": the one the publication falls in ("this quarter" of a report is the one reported). */
  readonly current?: boolean;
}

const EN: readonly Pattern[] = [
  { re: new RegExp(`${WB}(?:the\\s+)?year[-\\s](?:ago|earlier)(?:\\s+(?:fiscal\\s+)?(?:${ORD}\\s+)?(?:quarter|period))${WE}`, 'giu'), back: 1, near: false },
  { re: new RegExp(`${WB}(?:the\\s+)?(?:same|corresponding|comparable)\\s+(?:${ORD}\\s+)?(?:quarter|period)(?:\\s+(?:a\\s+year\\s+(?:ago|earlier)|(?:of\\s+)?last\\s+year|of\\s+the\\s+previous\\s+year))${WE}`, 'giu'), back: 1, near: false },
  { re: new RegExp(`${WB}last\\s+year['’]s\\s+(?:${ORD}\\s+)?(?:quarter|period)${WE}`, 'giu'), back: 1, near: false },
  { re: new RegExp(`${WB}year[-‐‑](?:ago|earlier)${WE}`, 'giu'), back: 1, near: true },
  { re: new RegExp(`${WB}an?\\s+year\\s+(?:ago|earlier|before)${WE}`, 'giu'), back: 1, near: true },
  { re: new RegExp(`${WB}(?:the|its)\\s+(?<year>${YEAR})\\s+(?:quarter|period)${WE}`, 'gu'), back: 0, near: false },
  { re: new RegExp(`${WB}the\\s+(?:latest|most\\s+recent|just[-\\s]ended)\\s+(?:quarter|period)${WE}`, 'giu'), back: 0, near: false, latest: true },
  { re: new RegExp(`${WB}the\\s+current\\s+quarter${WE}`, 'giu'), back: 0, near: false, current: true },
  { re: new RegExp(`${WB}(?:the|this)\\s+(?:(?:current|reporting)\\s+period|quarter)${WE}`, 'giu'), back: 0, near: false },
  // "compared with $3 million last year": a figure set beside the quarter's is the same quarter a year back.
  { re: new RegExp(`(?<=(?:compared\\s+(?:with|to)|from|than|versus|against)\\s[^.;]{0,60})${WB}last\\s+year${WE}`, 'giu'), back: 1, near: true },
];
const RU: readonly Pattern[] = [
  { re: new RegExp(`${WB}(?:аналогичн\\p{L}*|т(?:от|ого|ом)\\s+же|так(?:ой|ого|ом)\\s+же)\\s+(?:период\\p{L}*|квартал\\p{L}*)\\s+(?:прошлого|предыдущего|минувшего)\\s+года${WE}`, 'giu'), back: 1, near: false },
  { re: new RegExp(`${WB}годом\\s+(?:ранее|раньше)${WE}`, 'giu'), back: 1, near: true },
  { re: new RegExp(`${WB}год\\s+назад${WE}`, 'giu'), back: 1, near: true },
  { re: new RegExp(`${WB}(?:отч[её]тн\\p{L}+|истекш\\p{L}+|эт(?:ом|от))\\s+(?:квартал\\p{L}*|период\\p{L}*)${WE}`, 'giu'), back: 0, near: false },
];

/** How many sentences back a quarter still frames "a year earlier". */
const NEAR_SENTENCES = 3;

/** A stretch of months named between the quarter and the phrase ("the nine months", "за полугодие"): what the phrase refers to. */
const MONTHS_PERIOD = /(?<![\p{L}])(?:(?:first\s+)?(?:nine|six|three)\s+months|first\s+half|(?:девять|шесть|9|6)\s+месяцев|полугоди\p{L}*)(?![\p{L}])/iu;

/** The quarter that ended last before the publication day. */
function lastEndedQuarter(ctx: RuleContext): { year: number; q: number } {
  const q = Math.floor((ctx.ref.month - 1) / 3);
  return q === 0 ? { year: ctx.ref.year - 1, q: 4 } : { year: ctx.ref.year, q };
}

const quarterValue = (year: number, q: number) => `${formatMonth(year, (q - 1) * 3 + 1)}/${formatMonth(year, (q - 1) * 3 + 3)}`;

/** "the quarter ended Sept. 30": the three months that end in that month. */
const ENDED = new RegExp(`^\\s+(?:ended|ending)\\s+(${EN_MONTH})\\s*(?:\\d{1,2})?(?:,\\s*${YEAR})?`, 'u');

/** The calendar quarter a "quarter ended <day>" names, when that day closes one. */
function quarterEndedIn(ctx: RuleContext, end: number): { year: number; q: number } | undefined {
  const m = ENDED.exec(ctx.text.slice(end, end + 40));
  const month = m ? monthOf(m[1]!) : undefined;
  if (!m || month === undefined || month % 3 !== 0) return undefined;
  const year = m[2] ? Number(m[2]) : month <= ctx.ref.month ? ctx.ref.year : ctx.ref.year - 1;
  return { year, q: month / 3 };
}

interface Match {
  readonly start: number;
  readonly end: number;
  readonly pattern: Pattern;
  readonly groups: Record<string, string | undefined>;
}

export function reportingPeriods(ctx: RuleContext, sorted: readonly Candidate[]): Candidate[] {
  const quarters = sorted.flatMap((c) => {
    const q = quarterOf(c);
    return q ? [{ start: c.start, end: c.end, ...q }] : [];
  });
  if (quarters.length === 0) return [...sorted];
  const matches: Match[] = [];
  for (const pattern of ctx.lang === 'ru' ? RU : EN) {
    for (const m of matchAll(pattern.re, ctx.text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!matches.some((f) => f.start < end && start < f.end)) matches.push({ start, end, pattern, groups: m.groups ?? {} });
    }
  }
  matches.sort((a, b) => a.start - b.start);
  const found: Candidate[] = [];
  for (const { start, end, pattern, groups } of matches) {
    const { back, near, latest, current } = pattern;
    // Quarters named before, and "the quarter" phrases already read: each frames what follows.
    const prior = quarters.filter((q) => q.end <= start || (q.start >= start && q.end <= end && back === 1)).at(-1);
    if (!prior) continue;
    if (near && sentenceIndexAt(ctx.sentences, start) - sentenceIndexAt(ctx.sentences, prior.start) > NEAR_SENTENCES) continue;
    // "the year-earlier third quarter" names its quarter; "the year-ago quarter" takes the one in view.
    const named = groups.ord ? ordinalOf(groups.ord) : undefined;
    const ended = (q: { year: number; q: number }) => q.year * 4 + q.q <= lastEndedQuarter(ctx).year * 4 + lastEndedQuarter(ctx).q;
    const endedIn = back === 0 && !groups.year ? quarterEndedIn(ctx, end) : undefined;
    const inView = endedIn ?? (current ? { year: ctx.ref.year, q: Math.floor((ctx.ref.month - 1) / 3) + 1 } : latest && !ended(prior) ? lastEndedQuarter(ctx) : prior);
    const q = named ?? inView.q;
    const year = groups.year ? Number(groups.year) : inView.year - back;
    let c: Candidate;
    const sentence = ctx.sentences[sentenceIndexAt(ctx.sentences, start)];
    const before = ctx.text.slice(Math.max(prior.end, sentence?.start ?? 0), start);
    const bare = /(?:ago|earlier|назад|ранее|раньше|last\s+year|period)$/iu.test(ctx.text.slice(start, end));
    if (!groups.ord && bare && (back === 1 || groups.year) && MONTHS_PERIOD.test(before)) {
      // "For the nine months, … a year earlier", "in the first nine months … in the 1988 period": those
      // months, which TimeML gives as their year.
      c = candidate(ctx, start, end, String(year), 'year', 'year-earlier-period');
    } else {
      c = candidate(ctx, start, end, quarterValue(year, q), 'month', back ? 'quarter-year-earlier' : 'quarter-in-view');
      // "the quarter" frames what follows; "the 1988 period" is only the comparison.
      if (!back && !groups.year) quarters.push({ start, end, year, q });
    }
    found.push(c);
  }
  if (found.length === 0) return [...sorted];
  // What the rules read inside such a phrase gives way ("In the year" of "In the year-ago
  // quarter"), except a quarter that reaches beyond it.
  const kept = sorted.filter((c) => !found.some((f) => c.start < f.end && f.start < c.end && !(quarterOf(c) && c.end > f.end)));
  const clash = (c: Candidate) => kept.some((k) => k.start < c.end && c.start < k.end);
  return [...kept, ...found.filter((f) => !clash(f))].sort((a, b) => a.start - b.start);
}
