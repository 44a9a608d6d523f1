/**
 * Axis ticks for one linear stretch of the timeline (a whole window, or one segment of a
 * folded scale), from millennia down to seconds.
 *
 * Like d3-scale's utcTicks, ticks come from d3-time's UTC calendar intervals, so they fall
 * on real boundaries (1 Jan, the 1st of the month, Mondays, midnight) rather than at even
 * millisecond spacing. Unlike utcTicks, the interval is chosen by pixel spacing (ticks at
 * least `minSpacingPx` apart) instead of by a tick count, because what must not collide
 * is the labels. Labels come from Intl.DateTimeFormat in UTC so they follow the reader's
 * language ("13 Aug", "13 авг.") but never the reader's clock.
 *
 * Besides the ticks there is a coarser context row (the month above day ticks, the day
 * above hour ticks) so a label like "13 Aug" or "10:00" is never read without its year.
 */
import {
  timeInterval,
  utcDay,
  utcHour,
  utcMinute,
  utcMonday,
  utcMonth,
  utcSecond,
  utcYear,
  type CountableTimeInterval,
  type TimeInterval,
} from 'd3';
import type { TimeWindow } from './timeWindow';

export type TickUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export interface Tick {
  /** UTC ms. */
  readonly time: number;
  readonly label: string;
  /** The tick starts a new period of the next coarser kind (a new day among hour ticks, a new century among decades). */
  readonly major: boolean;
}

/** A period of the context row: [time, end) with its label, so the renderer can pin the label to the left edge while the period scrolls past. */
export interface ContextLabel {
  readonly time: number;
  readonly end: number;
  readonly label: string;
}

export interface TickSet {
  readonly unit: TickUnit;
  /** How many units between ticks (e.g. unit 'year', step 10 for decades). */
  readonly step: number;
  readonly ticks: readonly Tick[];
  /** Empty when the ticks are years: there is nothing coarser worth a row. */
  readonly context: readonly ContextLabel[];
}

export interface TickOptions {
  /** Minimum distance between ticks. Default 80 px, room for "Wed 13" or "10:00". */
  readonly minSpacingPx?: number;
}

type LabelKind = 'second' | 'minute' | 'day' | 'month' | 'year' | 'contextDay' | 'contextMonth';

interface Rung {
  readonly unit: TickUnit;
  readonly step: number;
  /** Nominal length, used only to choose the rung (months count as 30 days, years as 365, like d3-scale). */
  readonly duration: number;
  readonly interval: TimeInterval;
  /** A tick is major when it falls in a different period of this interval than the tick before it. */
  readonly majorOf: TimeInterval;
  readonly label: LabelKind;
  readonly context: { readonly interval: CountableTimeInterval; readonly label: LabelKind } | null;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

const contextDay = { interval: utcDay, label: 'contextDay' } as const;
const contextMonth = { interval: utcMonth, label: 'contextMonth' } as const;
const contextYear = { interval: utcYear, label: 'year' } as const;

function every(interval: CountableTimeInterval, step: number): TimeInterval {
  // every() returns null only for a non-positive or non-finite step, which the ladder never uses.
  return step === 1 ? interval : (interval.every(step) ?? interval);
}

function rungs(
  unit: TickUnit,
  interval: CountableTimeInterval,
  duration: number,
  steps: readonly number[],
  majorOf: TimeInterval,
  label: LabelKind,
  context: Rung['context'],
): Rung[] {
  return steps.map((step) => ({ unit, step, duration: duration * step, interval: every(interval, step), majorOf, label, context }));
}

/**
 * Every `step` years, counted the way historians count. utcYear.every(50) uses
 * astronomical years (…, -50, 0, 50), which are 51 BC, 1 BC, AD 50: ticks labelled "51 BC"
 * are correct but useless. Here BC years count back from 1 BC (there is no year 0) and
 * ticks fall on multiples of the step on either side, with AD 1 standing in for the
 * missing zero: …, 100 BC, 50 BC, AD 1, AD 50, AD 100. From AD `step` on this is the same
 * as utcYear.every(step).
 */
export function historicalYears(step: number): TimeInterval {
  // Years every year need no care: astronomical and historical years are the same sequence.
  if (step <= 1) return utcYear;
  // Historical year: 1 BC = -1, AD 1 = 1. Tick k is historical year k × step, except k = 0, which is AD 1.
  const indexOf = (date: Date): number => {
    const year = date.getUTCFullYear();
    return Math.floor((year >= 1 ? year : year - 1) / step);
  };
  const setIndex = (date: Date, k: number): void => {
    const historical = k * step;
    date.setUTCFullYear(k === 0 ? 1 : historical >= 1 ? historical : historical + 1, 0, 1);
    date.setUTCHours(0, 0, 0, 0);
  };
  return timeInterval(
    (date) => setIndex(date, indexOf(date)),
    (date, offset) => setIndex(date, indexOf(date) + Math.trunc(offset)),
  );
}

function yearRungs(): Rung[] {
  const ladder: Rung[] = [];
  // 1, 2, 5 × 10^k years. Decades are major every century, centuries every millennium, and so on.
  for (let power = 1; power <= 100_000; power *= 10) {
    for (const multiple of [1, 2, 5]) {
      const step = multiple * power;
      ladder.push({
        unit: 'year',
        step,
        duration: step * YEAR,
        interval: historicalYears(step),
        majorOf: historicalYears(power * 10),
        label: 'year',
        context: null,
      });
    }
  }
  return ladder;
}

/** Finest first. Weeks start on Monday (ISO 8601), as in the en-GB and ru-RU calendars. */
const LADDER: readonly Rung[] = [
  // Steps divide the next unit evenly, so ticks restart at each minute, hour or day without an odd gap.
  ...rungs('second', utcSecond, SECOND, [1, 2, 5, 10, 15, 30], utcMinute, 'second', contextDay),
  ...rungs('minute', utcMinute, MINUTE, [1, 2, 5, 10, 15, 30], utcHour, 'minute', contextDay),
  ...rungs('hour', utcHour, HOUR, [1, 2, 3, 6, 12], utcDay, 'minute', contextDay),
  // No 2-day rung: utcDay.every(2) restarts on the 1st, putting the 31st and the 1st one day apart.
  ...rungs('day', utcDay, DAY, [1], utcMonth, 'day', contextMonth),
  ...rungs('week', utcMonday, WEEK, [1], utcMonth, 'day', contextMonth),
  ...rungs('month', utcMonth, MONTH, [1, 2, 3, 6], utcYear, 'month', contextYear),
  ...yearRungs(),
];

const FORMAT_OPTIONS: Record<LabelKind, Intl.DateTimeFormatOptions> = {
  second: { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' },
  minute: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  day: { day: 'numeric', month: 'short' },
  month: { month: 'short' },
  year: { year: 'numeric' },
  contextDay: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  contextMonth: { month: 'long', year: 'numeric' },
};

// Building an Intl.DateTimeFormat costs far more than formatting with one, and ticks are
// recomputed on every zoom frame, so formatters are made once per locale and kind.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, kind: LabelKind, era: boolean): Intl.DateTimeFormat {
  const key = `${locale}\u0000${kind}\u0000${era ? 'era' : ''}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...FORMAT_OPTIONS[kind], ...(era ? { era: 'short' } : {}), timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

/** Label kinds that print a year, and so may need an era. */
const WITH_YEAR: ReadonlySet<LabelKind> = new Set<LabelKind>(['year', 'contextMonth', 'contextDay']);

/**
 * Formats a UTC instant. Years up to 0 (1 BC in astronomical numbering) get an era,
 * because Intl prints year -43 as "44" without one. AD years stay bare ("2024") unless the
 * window reaches back into BC, where "20" next to "20 BC" would be ambiguous.
 */
function formatLabel(time: number, locale: string, kind: LabelKind, windowHasBC: boolean): string {
  const date = new Date(time);
  const era = WITH_YEAR.has(kind) && (windowHasBC || date.getUTCFullYear() <= 0);
  return formatter(locale, kind, era).format(date);
}

/** Picks the finest rung whose ticks are at least `minSpacingPx` apart at this zoom. */
function chooseRung(spanMs: number, widthPx: number, minSpacingPx: number): Rung {
  const pxPerMs = widthPx / spanMs;
  for (const rung of LADDER) if (rung.duration * pxPerMs >= minSpacingPx) return rung;
  return LADDER[LADDER.length - 1] as Rung;
}

/**
 * Ticks inside [window[0], window[1]] (both ends included) for an axis `widthPx` wide.
 * Throws a RangeError for an invalid locale tag, like Intl does: parse locales at the edge.
 */
export function computeTicks(window: TimeWindow, widthPx: number, locale: string, options: TickOptions = {}): TickSet {
  const minSpacingPx = options.minSpacingPx ?? 80;
  const [t0, t1] = window[0] <= window[1] ? window : [window[1], window[0]];
  const span = t1 - t0;
  if (!(span > 0) || !(widthPx > 0) || !Number.isFinite(span)) {
    const rung = LADDER[0] as Rung;
    return { unit: rung.unit, step: rung.step, ticks: [], context: [] };
  }
  const rung = chooseRung(span, widthPx, minSpacingPx);
  const windowHasBC = new Date(t0).getUTCFullYear() <= 0;

  // d3-scale's ticks() also passes stop + 1 so that a tick exactly at the end is kept.
  const dates = rung.interval.range(new Date(t0), new Date(t1 + 1));
  const ticks: Tick[] = [];
  const first = dates[0];
  if (first) {
    let previousPeriod = rung.majorOf.floor(rung.interval.offset(first, -1)).getTime();
    for (const date of dates) {
      const time = date.getTime();
      const period = rung.majorOf.floor(date).getTime();
      ticks.push({ time, label: formatLabel(time, locale, rung.label, windowHasBC), major: period !== previousPeriod });
      previousPeriod = period;
    }
  }

  const context: ContextLabel[] = [];
  if (rung.context) {
    const { interval, label } = rung.context;
    for (const start of interval.range(interval.floor(new Date(t0)), new Date(t1))) {
      const time = start.getTime();
      context.push({ time, end: interval.offset(start, 1).getTime(), label: formatLabel(time, locale, label, windowHasBC) });
    }
  }

  return { unit: rung.unit, step: rung.step, ticks, context };
}
