/**
 * Days, months and years named by reference to a date written earlier in the story:
 * "that day", "the following year", "later that year", "a year later", "в тот же день",
 * "в том же году", "годом позже", "накануне". They count from the last date before them
 * that is precise enough (a day for "that day", a month for "that month"), within a few
 * sentences; with none, "накануне" alone is the day before publication, and the others
 * are left out rather than guessed.
 */
import { addDays, formatDay, formatMonth, formatYear, fromMonthNumber, monthNumber, type Ymd } from './calendar';
import { candidate } from './context';
import { EN_MONTH, WB, WE } from './patterns';
import { sentenceIndexAt } from './sentences';
import type { Candidate, RuleContext } from './types';

type Unit = 'day' | 'month' | 'year';

interface Pattern {
  readonly re: RegExp;
  readonly unit: Unit;
  readonly shift: number;
}

const P = (re: string, unit: Unit, shift: number): Pattern => ({ re: new RegExp(`${WB}${re}${WE}`, 'giu'), unit, shift });

/** What follows "the day after", "the day before" when it is itself the end of the phrase. */
const ALONE = '(?=\\s*[,.;:!?)]|\\s*$)';

const EN: readonly Pattern[] = [
  P('(?:(?:earlier|later)\\s+)?that\\s+(?:same\\s+)?day|the\\s+same\\s+day', 'day', 0),
  P(`the\\s+(?:following|next)\\s+day|a\\s+day\\s+later|the\\s+day\\s+after${ALONE}`, 'day', 1),
  P(`the\\s+(?:previous|preceding)\\s+day|a\\s+day\\s+earlier|the\\s+day\\s+before${ALONE}`, 'day', -1),
  P('(?:(?:earlier|later)\\s+)?that\\s+(?:same\\s+)?month|the\\s+same\\s+month', 'month', 0),
  P('the\\s+following\\s+month|a\\s+month\\s+later', 'month', 1),
  P('the\\s+(?:previous|preceding)\\s+month|a\\s+month\\s+earlier', 'month', -1),
  P('(?:(?:earlier|later)\\s+(?:in\\s+)?)?that\\s+(?:same\\s+)?year|the\\s+same\\s+year', 'year', 0),
  P('the\\s+following\\s+year|a\\s+year\\s+later', 'year', 1),
  P('the\\s+(?:previous|preceding)\\s+year|a\\s+year\\s+earlier', 'year', -1),
];
const RU: readonly Pattern[] = [
  P('в\\s+(?:тот\\s+же|этот\\s+же|тот)\\s+день', 'day', 0),
  P('на\\s+следующий\\s+день|днём\\s+позже|днем\\s+позже|на\\s+другой\\s+день', 'day', 1),
  P(`накануне${ALONE}|накануне(?=\\s+\\p{L}+(?:л|ла|ло|ли|лся|лась|лись)(?![\\p{L}]))|днём\\s+ранее|днем\\s+ранее`, 'day', -1),
  P('в\\s+том\\s+же\\s+месяце', 'month', 0),
  P('месяцем\\s+позже|месяц\\s+спустя', 'month', 1),
  P('месяцем\\s+ранее', 'month', -1),
  P('в\\s+(?:том\\s+же|тот\\s+же|том|тот)\\s+год(?:у)?', 'year', 0),
  P('годом\\s+позже|годом\\s+позднее|год\\s+спустя', 'year', 1),
  P('годом\\s+ранее|годом\\s+раньше', 'year', -1),
];

/** How many sentences back the date referred to may stand. */
const BACK_SENTENCES = 4;
const DATED = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:$|T|\/)/u;

/** The date a candidate names, as far as it is known: year, month and day or less. */
function anchorOf(c: Candidate): { year: number; month?: number; day?: number } | undefined {
  if (c.type && c.type !== 'date' && c.type !== 'time') return undefined;
  const m = DATED.exec(c.value);
  if (!m) return undefined;
  return { year: Number(m[1]), ...(m[2] ? { month: Number(m[2]) } : {}), ...(m[3] ? { day: Number(m[3]) } : {}) };
}

function shifted(anchor: { year: number; month?: number; day?: number }, unit: Unit, shift: number): string | undefined {
  if (unit === 'year') return formatYear(anchor.year + shift);
  if (anchor.month === undefined) return undefined;
  if (unit === 'month') {
    const m = fromMonthNumber(monthNumber(anchor.year, anchor.month) + shift);
    return formatMonth(m.year, m.month);
  }
  if (anchor.day === undefined) return undefined;
  return formatDay(addDays({ year: anchor.year, month: anchor.month, day: anchor.day }, shift));
}

/** Chrono reads "the next day" from the publication; a story means the day after its own. */
const yields = (c: Candidate, start: number, end: number) => c.rule === 'chrono' && c.start >= start && c.end <= end;

/** "A day earlier, on Friday,": the date written beside the phrase says it already. */
const APPOSITION = new RegExp(`^,\\s*(?:on\\s+|в\\s+|во\\s+)?(?:\\d|${EN_MONTH}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)`, 'iu');

export function anaphoricDates(ctx: RuleContext, sorted: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  const taken = (s: number, e: number) => [...sorted, ...found].some((c) => c.start < e && s < c.end && !yields(c, s, e));
  for (const { re, unit, shift } of ctx.lang === 'ru' ? RU : EN) {
    for (const m of ctx.text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end) || APPOSITION.test(ctx.text.slice(end, end + 16))) continue;
      const sentence = sentenceIndexAt(ctx.sentences, start);
      let value: string | undefined;
      for (let i = sorted.length - 1; i >= 0 && value === undefined; i--) {
        const c = sorted[i]!;
        if (c.end > start) continue;
        if (sentence - sentenceIndexAt(ctx.sentences, c.start) > BACK_SENTENCES) break;
        // Never count from a date that was itself counted back ("a year earlier" from "a year ago"),
        // nor from an anniversary, which names an occasion rather than when the story happened.
        const anchor = /^(?:anaphoric|quarter-year-earlier|anniversary)/u.test(c.rule) || yields(c, start, end) ? undefined : anchorOf(c);
        if (anchor) value = shifted(anchor, unit, shift);
      }
      // "накануне" with no day before it: the day before publication, as news writes it.
      if (value === undefined && unit === 'day' && /^накануне/iu.test(m[0])) {
        const ref: Ymd = { year: ctx.ref.year, month: ctx.ref.month, day: ctx.ref.day };
        value = formatDay(addDays(ref, -1));
      }
      if (value !== undefined) found.push(candidate(ctx, start, end, value, unit, `anaphoric-${unit}`));
    }
  }
  if (found.length === 0) return [...sorted];
  const kept = sorted.filter((c) => !found.some((f) => yields(c, f.start, f.end)));
  return [...kept, ...found].sort((a, b) => a.start - b.start);
}
