/**
 * Builds UTC milliseconds from calendar fields for tests (after d3-scale's test/date.js).
 * Months are 1-based so fixtures read like dates; setUTCFullYear avoids Date.UTC's
 * mapping of years 0–99 to 1900–1999, which matters for ancient-history fixtures.
 */
export function utc(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A small deterministic PRNG (mulberry32) so that "random" fixtures are the same on every run. */
export { mulberry32 as seededRandom } from '../../../domain/generate/random';
