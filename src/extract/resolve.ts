/**
 * Completing a partial date against the publication day: the year of "15 August",
 * the day of "on Tuesday". The choice between past and future comes from the tense
 * and cue words around the phrase, not from whichever date is nearest; only when
 * nothing in the text says which is the nearest date taken.
 */
import { addDays, compareYmd, dayNumber, isValidYmd, monthNumber, weekdayOf, type Ymd } from './calendar';

/** "past": before the publication; "future": after it; "this": the current week or year. */
export type Direction = 'past' | 'future' | 'this' | 'none';

/** The year of a day given without one. */
export function yearForDay(month: number, day: number, ref: Ymd, direction: Direction): number {
  const same = { year: ref.year, month, day };
  // 29 February in a common year: look for the nearest leap year in the right direction.
  const valid = (y: number) => isValidYmd({ year: y, month, day });
  const cmp = compareYmd(same, ref);
  if (direction === 'past' && cmp > 0) return findYear(ref.year - 1, -1, valid);
  if (direction === 'future' && cmp < 0) return findYear(ref.year + 1, 1, valid);
  if (direction === 'none') {
    // Nearest of last year, this year and next year.
    const candidates = [ref.year - 1, ref.year, ref.year + 1].filter(valid);
    let best = candidates[0] ?? ref.year;
    for (const y of candidates) {
      const d = Math.abs(dayNumber({ year: y, month, day }) - dayNumber(ref));
      if (d < Math.abs(dayNumber({ year: best, month, day }) - dayNumber(ref))) best = y;
    }
    return best;
  }
  return valid(ref.year) ? ref.year : findYear(ref.year + (direction === 'past' ? -1 : 1), direction === 'past' ? -1 : 1, valid);
}

function findYear(from: number, step: number, valid: (y: number) => boolean): number {
  for (let y = from, i = 0; i < 8; y += step, i++) if (valid(y)) return y;
  return from;
}

/** The year of a month given without one ("в мае", "in June"). */
export function yearForMonth(month: number, ref: Ymd, direction: Direction): number {
  if (direction === 'past' && month > ref.month) return ref.year - 1;
  if (direction === 'future' && month < ref.month) return ref.year + 1;
  if (direction === 'none') {
    const here = monthNumber(ref.year, ref.month);
    // Six months either way: the past, as news mostly reports what has happened.
    const options = [ref.year - 1, ref.year, ref.year + 1];
    let best = ref.year - 1;
    for (const y of options) {
      if (Math.abs(monthNumber(y, month) - here) < Math.abs(monthNumber(best, month) - here)) best = y;
    }
    return best;
  }
  return ref.year;
}

/**
 * The day of a weekday ("во вторник", "last Friday"). A cue ("прошлую", "next") excludes
 * the publication day itself; a bare tense includes it: "во вторник сообщили" in a
 * Tuesday's article is that Tuesday.
 */
export function dayForWeekday(weekday: number, ref: Ymd, direction: Direction, cued: boolean): Ymd {
  const today = weekdayOf(ref);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  switch (direction) {
    case 'past':
      return addDays(ref, -(back === 0 && cued ? 7 : back));
    case 'future':
      return addDays(ref, ahead === 0 && cued ? 7 : ahead);
    case 'this': {
      // Within the ISO week (Monday to Sunday) of the publication.
      const mondayBased = (weekday + 6) % 7;
      const todayMondayBased = (today + 6) % 7;
      return addDays(ref, mondayBased - todayMondayBased);
    }
    case 'none':
      return back <= ahead ? addDays(ref, -back) : addDays(ref, ahead);
  }
}

const RU_PAST_CUE = /(прошл|минувш|прошедш)\p{L}*\s*$/iu;
const RU_FUTURE_CUE = /(следующ|будущ|предстоящ|ближайш|наступающ|грядущ)\p{L}*\s*$/iu;
const RU_THIS_CUE = /(?<![\p{L}])(эт(от|у|ой|ом)|нынешн\p{L}*|текущ\p{L}*|сегодняшн\p{L}*)\s*$/iu;
const EN_PAST_CUE = /\b(last|past|previous)\s*$/i;
const EN_FUTURE_CUE = /\b(next|upcoming|coming|following)\s*$/i;
const EN_THIS_CUE = /\bthis\s*$/i;

/** A cue word written just before a weekday or month ("в минувшую пятницу", "last August"), and how long it is. */
export function cueBefore(textBefore: string): { direction: Direction; length: number } | undefined {
  for (const [re, direction] of [
    [RU_PAST_CUE, 'past'], [RU_FUTURE_CUE, 'future'], [RU_THIS_CUE, 'this'],
    [EN_PAST_CUE, 'past'], [EN_FUTURE_CUE, 'future'], [EN_THIS_CUE, 'this'],
  ] as const) {
    const m = re.exec(textBefore);
    if (m) return { direction, length: m[0].length };
  }
  return undefined;
}
