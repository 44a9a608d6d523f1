import type { CalendarDate, Precision, QualifiedDate, When } from '../when';
import { DAY_MS, MINUTE_MS, daysInMonth, rangeOfDate, utc } from '../when';
import type { Random } from './random';
import { OFFSETS } from './vocabulary';

/**
 * Where generated events sit in time: two eras separated by a long empty gap (so the
 * timeline's folding of empty stretches has something to fold), dense clusters of
 * varying width inside them, and a thin background of scattered events.
 */

export interface Era {
  readonly start: number;
  readonly end: number;
}

/** Year-aligned, so that even a year-precision date never reaches into the gap. */
export const ERAS: readonly Era[] = [
  { start: utc(1968, 0, 1), end: utc(1987, 0, 1) },
  { start: utc(1995, 0, 1), end: utc(2026, 0, 1) },
];

/** Nothing is generated here: 1987–1994. */
export const EMPTY_GAP: Era = { start: ERAS[0]!.end, end: ERAS[1]!.start };

/** Keeps minute-precision dates with an offset from crossing an era edge. */
const MARGIN = 2 * DAY_MS;
const YEAR_MS = 365.25 * DAY_MS;

export interface Cluster {
  readonly center: number;
  readonly sigma: number;
  readonly era: number;
  readonly weight: number;
}

/** The era t lies well inside (clear of its edges), or -1. */
export function eraOf(t: number): number {
  return ERAS.findIndex((e) => t >= e.start + MARGIN && t < e.end - MARGIN);
}

/** The era t lies in or is closest to. */
function nearestEra(t: number): number {
  let best = 0;
  let bestDistance = Infinity;
  ERAS.forEach((e, i) => {
    const distance = t < e.start ? e.start - t : t >= e.end ? t - e.end : 0;
    if (distance < bestDistance) [best, bestDistance] = [i, distance];
  });
  return best;
}

export function makeClusters(rng: Random, count: number): Cluster[] {
  const lengths = ERAS.map((e) => e.end - e.start);
  return Array.from({ length: count }, () => {
    const era = rng.weighted(lengths);
    const e = ERAS[era]!;
    // Widths from a few days (a crisis) to a couple of years (a long negotiation).
    const sigma = Math.exp(rng.between(Math.log(3 * DAY_MS), Math.log(2 * YEAR_MS)));
    return { center: rng.between(e.start + MARGIN, e.end - MARGIN), sigma, era, weight: rng.between(0.3, 1) };
  });
}

function clampToEra(t: number, era: number): number {
  const e = ERAS[era]!;
  return Math.min(Math.max(t, e.start + MARGIN), e.end - MARGIN - 1);
}

export function sampleInCluster(rng: Random, c: Cluster): number {
  const e = ERAS[c.era]!;
  for (let attempt = 0; attempt < 8; attempt++) {
    const t = c.center + c.sigma * rng.normal();
    if (t >= e.start + MARGIN && t < e.end - MARGIN) return Math.floor(t);
  }
  return Math.floor(clampToEra(c.center, c.era));
}

export function sampleBackground(rng: Random): number {
  const era = rng.weighted(ERAS.map((e) => e.end - e.start));
  const e = ERAS[era]!;
  return Math.floor(rng.between(e.start + MARGIN, e.end - MARGIN));
}

/** The calendar date of instant t at a precision; minute precision is written in local time at the offset. */
export function calendarAt(t: number, precision: Precision, offsetMinutes = 0): CalendarDate {
  const d = new Date(precision === 'minute' ? t + offsetMinutes * MINUTE_MS : t);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  switch (precision) {
    case 'year':
      return { year, precision };
    case 'month':
      return { year, month, precision };
    case 'day':
      return { year, month, day: d.getUTCDate(), precision };
    case 'minute':
      return { year, month, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), offsetMinutes, precision };
  }
}

const POINT_PRECISIONS: readonly Precision[] = ['year', 'month', 'day', 'minute'];
const POINT_PRECISION_WEIGHTS = [0.07, 0.15, 0.48, 0.3];
const SPAN_PRECISIONS: readonly Precision[] = ['year', 'month', 'day'];
const SPAN_PRECISION_WEIGHTS = [0.1, 0.3, 0.6];

function qualified(rng: Random, date: CalendarDate, pApproximate: number, pUncertain: number): QualifiedDate {
  const approximate = rng.chance(pApproximate);
  const uncertain = rng.chance(pUncertain);
  return { date, approximate, uncertain };
}

function startsAfter(a: CalendarDate, b: CalendarDate): boolean {
  return rangeOfDate(a).start > rangeOfDate(b).start;
}

/** Two dates for t0 ≤ t1 at their own precisions, coarsened to one precision if rounding would reverse them. */
function orderedPair(t0: number, t1: number, p0: Precision, p1: Precision): [CalendarDate, CalendarDate] {
  const a = calendarAt(t0, p0);
  const b = calendarAt(t1, p1);
  if (!startsAfter(a, b)) return [a, b];
  return [a, calendarAt(t1, p0)];
}

/** A duration from a day to `maxYears`, log-uniform: most spans are short, a few are long. */
function duration(rng: Random, maxYears: number): number {
  return Math.exp(rng.between(Math.log(DAY_MS), Math.log(maxYears * YEAR_MS)));
}

export function pointAt(rng: Random, t: number, precision: Precision, pApproximate = 0, pUncertain = 0): When {
  const offset = precision === 'minute' ? rng.pick(OFFSETS) : 0;
  return { type: 'point', at: qualified(rng, calendarAt(t, precision, offset), pApproximate, pUncertain) };
}

/** The When of an occurrence at t: mostly points, some spans, some bounded dates. */
export function occurrenceWhen(rng: Random, t: number): When {
  const era = ERAS[nearestEra(t)]!;
  const latestEnd = era.end - MARGIN;
  const shape = rng.next();
  if (shape < 0.75) {
    const precision = POINT_PRECISIONS[rng.weighted(POINT_PRECISION_WEIGHTS)]!;
    return pointAt(rng, t, precision, 0.11, 0.03);
  }
  if (shape < 0.88) {
    const p0 = SPAN_PRECISIONS[rng.weighted(SPAN_PRECISION_WEIGHTS)]!;
    const p1 = SPAN_PRECISIONS[rng.weighted(SPAN_PRECISION_WEIGHTS)]!;
    const t1 = Math.min(t + duration(rng, 3), latestEnd);
    const [a, b] = orderedPair(t, t1, p0, p1);
    const ends = rng.next();
    if (ends < 0.85) return { type: 'span', start: qualified(rng, a, 0.08, 0), end: qualified(rng, b, 0.08, 0) };
    if (ends < 0.95) return { type: 'span', start: qualified(rng, a, 0.08, 0), end: 'open' };
    // An unknown start would be written "/B", which the stored format does not accept; "../B" is.
    return { type: 'span', start: 'open', end: qualified(rng, b, 0, 0) };
  }
  const precision: Precision = rng.chance(0.7) ? 'day' : 'month';
  const form = rng.next();
  if (form < 0.4) return { type: 'bounded', earliest: null, latest: calendarAt(t, precision) };
  if (form < 0.75) return { type: 'bounded', earliest: calendarAt(t, precision), latest: null };
  const [a, b] = orderedPair(t, Math.min(t + duration(rng, 1), latestEnd), precision, precision);
  return { type: 'bounded', earliest: a, latest: b };
}

/** A report comes out hours to a fortnight after what it reports, at minute or day precision. */
export function reportTime(rng: Random, target: number): number {
  const t = target + rng.between(0.1, 14) * DAY_MS;
  return clampToEra(t, nearestEra(target));
}

const ANNIVERSARY_YEARS = [1, 5, 10, 20, 25, 30, 40, 50];

/** The instant of an anniversary of t that falls inside an era, with how many years it marks; null if none does. */
export function anniversaryOf(rng: Random, t: number): { t: number; years: number } | null {
  const d = new Date(t);
  const month = d.getUTCMonth();
  for (const years of rng.shuffle(ANNIVERSARY_YEARS)) {
    const year = d.getUTCFullYear() + years;
    const day = Math.min(d.getUTCDate(), daysInMonth(year, month + 1));
    const at = utc(year, month, day, 12);
    if (eraOf(at) >= 0) return { t: at, years };
  }
  return null;
}
