/**
 * Builds the slice of date-holidays' data that the extractor reads: the countries it names
 * holidays of, at country level only (no states, regions or time zones), with the holiday names those
 * countries refer to. Bundling date-holidays whole puts every country's rules and every
 * calendar (Chinese, Hebrew, equinoxes with moment-timezone's zone table) into the extract
 * chunks: ~1.5 MB each instead of ~0.1 MB.
 *   npx tsx scripts/holidays/pickHolidays.ts     rewrites src/extract/holidayData.json
 * pickHolidays.test.ts fails when the committed file no longer matches the installed package.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The countries whose holidays holidayRules names (see NAMES there). */
export const HOLIDAY_COUNTRIES = ['RU', 'US'] as const;

export const HOLIDAY_DATA_FILE = fileURLToPath(new URL('../../src/extract/holidayData.json', import.meta.url));

type Json = Record<string, unknown>;
export interface HolidayData {
  version: string;
  license: string;
  holidays: Record<string, Json>;
  names: Record<string, unknown>;
}

/** The `_name` keys a country's rules refer to, looked up in the shared `names` table. */
function nameRefs(days: Record<string, unknown>): Set<string> {
  const refs = new Set<string>();
  for (const rule of Object.values(days)) {
    const ref = (rule as { _name?: unknown } | null)?._name;
    if (typeof ref === 'string') refs.add(ref);
  }
  return refs;
}

export function pickHolidays(full: HolidayData, countries: readonly string[]): HolidayData {
  const holidays: Record<string, Json> = {};
  // The parser names substituted days ("(substitute day)") from this entry whatever the country.
  const refs = new Set<string>(['substitutes']);
  for (const cc of countries) {
    const country = full.holidays[cc];
    if (!country) throw new Error(`date-holidays has no country ${cc}`);
    // Only the calendar day is read: without `zones` the parser never asks moment-timezone
    // for a zone, so the bundle can leave its zone table out (holidayCalendarsPlugin.ts).
    const { states: _states, regions: _regions, zones: _zones, ...own } = country;
    holidays[cc] = own;
    for (const ref of nameRefs((own.days ?? {}) as Record<string, unknown>)) refs.add(ref);
  }
  const names = Object.fromEntries(Object.entries(full.names).filter(([k]) => refs.has(k)));
  return { version: full.version, license: full.license, holidays, names };
}

/**
 * The calendars date-holidays-parser can leave out for this data, as the package's own
 * `holidays2json --min` decides (its `dive`): the names of its `#ifndef` switches.
 */
export function unusedCalendars(data: HolidayData): Set<string> {
  const unused = new Set(['nobengali', 'nochinese', 'noequinox', 'nohebrew', 'noislamic', 'nojalaali', 'nojulian']);
  const uses: [RegExp, string][] = [
    [/\b(Muharram|Safar|Rabi al-awwal|Rabi al-thani|Jumada al-awwal|Jumada al-thani|Rajab|Shaban|Ramadan|Shawwal|Dhu al-Qidah|Dhu al-Hijjah)\b/u, 'noislamic'],
    [/\bjulian\b/u, 'nojulian'],
    [/\b(chinese|vietnamese|korean)\b/u, 'nochinese'],
    [/\bbengali-revised\b/u, 'nobengali'],
    [/\b(equinox|solstice)\b/u, 'noequinox'],
    [/\b(Nisan|Iyyar|Sivan|Tamuz|Av|Elul|Tishrei|Cheshvan|Kislev|Tevet|Shvat|Adar)\b/u, 'nohebrew'],
    [/\b(Farvardin|Ordibehesht|Khordad|Tir|Mordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand)\b/u, 'nojalaali'],
  ];
  for (const country of Object.values(data.holidays)) {
    for (const rule of Object.keys((country.days ?? {}) as Json)) {
      const hit = uses.find(([re]) => re.test(rule));
      if (hit) unused.delete(hit[1]);
    }
  }
  return unused;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { data } = (await import('date-holidays/data')) as { data: HolidayData };
  writeFileSync(HOLIDAY_DATA_FILE, `${JSON.stringify(pickHolidays(data, HOLIDAY_COUNTRIES), null, 2)}\n`);
  process.stdout.write(`wrote ${HOLIDAY_DATA_FILE}\n`);
}
