/**
 * Times of day, after the other passes have found them:
 *  - a zone written after the time: "в 21:54 мск", "по московскому времени", "(GMT)",
 *    "по местному времени" (the place's own clock: kept without an offset);
 *  - "в 10 часов утра", which chrono-node reads as a bare number;
 *  - a dateline, a date followed by a time: "13 августа 2025 / 10:15";
 *  - a time given alone takes its day from a date just before it (same or previous sentence), or
 *    else from the publication day and the tense ("в 21:54 произошло" in a morning
 *    article is the evening before).
 */
import { addDays, formatMinute, type Ymd } from './calendar';
import { candidate, tenseAt } from './context';
import { matchAll, WB } from './patterns';
import { sentenceIndexAt } from './sentences';
import type { Candidate, RuleContext, TimeParts } from './types';

/** EU summer time: from the last Sunday of March to the last Sunday of October. */
function euSummer(d: Ymd): boolean {
  if (d.month < 3 || d.month > 10) return false;
  if (d.month > 3 && d.month < 10) return true;
  const lastSunday = 31 - ((new Date(Date.UTC(d.year, d.month - 1, 31)).getUTCDay() + 7) % 7);
  return d.month === 3 ? d.day >= lastSunday : d.day < lastSunday;
}
/** US daylight time: from the second Sunday of March to the first Sunday of November. */
function usSummer(d: Ymd): boolean {
  if (d.month < 3 || d.month > 11) return false;
  if (d.month > 3 && d.month < 11) return true;
  const firstSunday = 1 + ((7 - new Date(Date.UTC(d.year, d.month - 1, 1)).getUTCDay()) % 7);
  return d.month === 3 ? d.day >= firstSunday + 7 : d.day < firstSunday;
}

interface Zone {
  readonly re: RegExp;
  readonly offset: (d: Ymd) => number | undefined;
}
const fixed = (minutes: number) => () => minutes;
const ZONES: readonly Zone[] = [
  { re: /^(мск|msk|по\s+московскому\s+времени|по\s+москве|moscow\s+time|время\s+московское)/iu, offset: fixed(180) },
  { re: /^(по\s+местному\s+времени|local\s+time|местного\s+времени)/iu, offset: () => undefined },
  { re: /^(gmt|utc|по\s+гринвичу|по\s+всемирному\s+времени)/iu, offset: fixed(0) },
  { re: /^(по\s+киевскому\s+времени|kyiv\s+time|kiev\s+time)/iu, offset: (d) => (euSummer(d) ? 180 : 120) },
  { re: /^(по\s+пхеньянскому\s+времени|pyongyang\s+time|по\s+токийскому\s+времени|tokyo\s+time|по\s+сеульскому\s+времени|seoul\s+time)/iu, offset: fixed(540) },
  { re: /^(по\s+пекинскому\s+времени|beijing\s+time)/iu, offset: fixed(480) },
  { re: /^(по\s+берлинскому\s+времени|berlin\s+time|paris\s+time|brussels\s+time|cet)/iu, offset: (d) => (euSummer(d) ? 120 : 60) },
  { re: /^(cest)/iu, offset: fixed(120) },
  { re: /^(по\s+лондонскому\s+времени|london\s+time|bst)/iu, offset: (d) => (euSummer(d) ? 60 : 0) },
  { re: /^(по\s+вашингтонскому\s+времени|washington\s+time|new\s+york\s+time|eastern\s+time|et)/iu, offset: (d) => (usSummer(d) ? -240 : -300) },
];

const ZONE_GAP = /^\s*\(?\s*/u;

function withTime(ctx: RuleContext, c: Candidate, t: TimeParts, end: number, rule: string): Candidate {
  const value = formatMinute(t.date, t.hour, t.minute, t.offsetMinutes);
  return { ...candidate(ctx, c.start, end, value, 'minute', rule, { priority: c.priority }), time: t };
}

/** Extends a time with the zone written after it. */
function addZones(ctx: RuleContext, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (!c.time || c.time.zoneGiven) return c;
    const after = ctx.text.slice(c.end, c.end + 40);
    const gap = ZONE_GAP.exec(after)![0];
    for (const z of ZONES) {
      const m = z.re.exec(after.slice(gap.length));
      if (!m || /[\p{L}\p{N}]/u.test(after.charAt(gap.length + m[0].length))) continue;
      let end = c.end + gap.length + m[0].length;
      if (gap.includes('(') && ctx.text.charAt(end) === ')') end++;
      const time = { ...c.time, offsetMinutes: z.offset(c.time.date), zoneGiven: true };
      return withTime(ctx, c, time, end, `${c.rule}+zone`);
    }
    return c;
  });
}

const RU_HOURS = new RegExp(
  `${WB}(?:в|к|около)\\s+(\\d{1,2})(\\s+(?:час(?:а|ов)?|ч\\.?)(?![\\p{L}]))?(?:\\s+(\\d{1,2})\\s+минут\\p{L}*)?(?:\\s+(утра|дня|вечера|ночи))?(?![\\p{L}])`, 'giu');

/** "at 4 in the morning", "at 9 o'clock in the evening", "at 10 o'clock", "at midday": chrono-node reads none of them. */
const EN_HOURS = new RegExp(
  `${WB}(?:at|by|around|about|until|till|before|after)\\s+(?:(\\d{1,2})(?:\\s+o['’]clock)?\\s+in\\s+the\\s+(morning|afternoon|evening)|(\\d{1,2})\\s+o['’]clock|(midday|mid-day))(?![\\p{L}])`, 'giu');

function englishHours(ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchAll(EN_HOURS, ctx.text)) {
    let hour = m[4] ? 12 : Number(m[1] ?? m[3]);
    if (hour > 12 && m[2]) continue;
    if (m[2] && /afternoon|evening/iu.test(m[2]) && hour < 12) hour += 12;
    if (hour > 23) continue;
    const date = { year: ctx.ref.year, month: ctx.ref.month, day: ctx.ref.day };
    const time: TimeParts = { date, hour, minute: 0, offsetMinutes: ctx.ref.offsetMinutes, dateGiven: false, zoneGiven: false };
    out.push(candidate(ctx, m.index, m.index + m[0].length, formatMinute(date, hour, 0, time.offsetMinutes), 'minute', 'hours', { time }));
  }
  return out;
}

/** "в 10 часов утра", "в 7 часов вечера", and without the word for hours: "в 7 утра", "в 15 ч". */
export const hourRules = (ctx: RuleContext): Candidate[] => {
  if (ctx.lang !== 'ru') return englishHours(ctx);
  const out: Candidate[] = [];
  for (const m of matchAll(RU_HOURS, ctx.text)) {
    // "в 10 регионах" is no time: the number needs the word for hours or a part of the day.
    if (!m[2] && !m[4]) continue;
    let hour = Number(m[1]);
    const minute = m[3] ? Number(m[3]) : 0;
    if (hour > 23 || minute > 59) continue;
    if (m[4] && /дня|вечера/iu.test(m[4]) && hour < 12) hour += 12;
    if (m[4] && /ночи/iu.test(m[4]) && hour === 12) hour = 0;
    const date = { year: ctx.ref.year, month: ctx.ref.month, day: ctx.ref.day };
    const time: TimeParts = { date, hour, minute, offsetMinutes: ctx.ref.offsetMinutes, dateGiven: false, zoneGiven: false };
    const c = candidate(ctx, m.index, m.index + m[0].length, formatMinute(date, hour, minute, time.offsetMinutes), 'minute', 'hours', { time });
    out.push(c);
  }
  return out;
};

const DATELINE_GAP = /^\s*(?:[/|,–—-]\s*|в\s+|at\s+)?$/u;

/** Joins a date and the time right after it: "13 августа 2025 / 10:15". */
function joinDatelines(ctx: RuleContext, sorted: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i]!;
    const next = sorted[i + 1];
    if (c.precision === 'day' && !c.value.includes('/') && next?.time && !next.time.dateGiven &&
        next.start - c.end <= 4 && DATELINE_GAP.test(ctx.text.slice(c.end, next.start))) {
      const [y, mo, d] = c.value.split('-').map(Number) as [number, number, number];
      const time = { ...next.time, date: { year: y, month: mo, day: d }, dateGiven: true };
      out.push(withTime(ctx, { ...c, priority: 1 }, time, next.end, 'dateline'));
      i++;
      continue;
    }
    out.push(c);
  }
  return out;
}

/** Gives a lone time the day of a date before it (this or the previous sentence), or else of the publication. */
function anchorTimes(ctx: RuleContext, sorted: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of sorted) {
    out.push(c.time && !c.time.dateGiven ? anchorTime(ctx, c, c.time, out) : c);
  }
  return out;
}

/** A single day given by the text itself: a day, or a time whose day is known. */
function dayGiven(c: Candidate): Ymd | undefined {
  const single = c.precision === 'day' && !c.value.includes('/') && !c.value.startsWith('[');
  if (!single && !(c.time?.dateGiven)) return undefined;
  const [y, mo, d] = c.value.slice(0, 10).split('-').map(Number) as [number, number, number];
  return { year: y, month: mo, day: d };
}

function anchorTime(ctx: RuleContext, c: Candidate, time: TimeParts, before: readonly Candidate[]): Candidate {
  const sentence = sentenceIndexAt(ctx.sentences, c.start);
  for (let j = before.length - 1; j >= 0; j--) {
    const p = before[j]!;
    // The same sentence or the one before: "Удар нанесли 10 августа. Сирены звучали с 03:10".
    if (sentence - sentenceIndexAt(ctx.sentences, p.start) > 1) break;
    const day = dayGiven(p);
    if (day) return withTime(ctx, c, { ...time, date: day, dateGiven: true }, c.end, c.rule);
  }
  const ref = ctx.ref;
  const later = time.hour * 60 + time.minute > ref.hour * 60 + ref.minute;
  const tense = tenseAt(ctx, c.start, c.end);
  let date: Ymd;
  if (tense === 'past' && later) date = addDays(ref, -1);
  else if (tense === 'future' && !later) date = addDays(ref, 1);
  else return c;
  return withTime(ctx, c, { ...time, date: { year: date.year, month: date.month, day: date.day } }, c.end, `${c.rule}+by-tense`);
}

/** Runs the time passes over candidates sorted by position. */
export function refineTimes(ctx: RuleContext, sorted: Candidate[]): Candidate[] {
  return anchorTimes(ctx, joinDatelines(ctx, addZones(ctx, sorted)));
}
