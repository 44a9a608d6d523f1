/**
 * Public holidays named in the text ("Christmas", "Thanksgiving", "Easter", "Новый год",
 * "День Победы", "Рождество"). Their dates — fixed or movable — come from date-holidays, a
 * maintained library, never from a table written here. Which calendar is meant follows the
 * language: Russian "Рождество" is the Orthodox one (7 January, as Russia's calendar has it),
 * English "Christmas" the Western one. The year is the one the tense points to, else the nearest.
 * holidayData.json is date-holidays' data for the countries named here only
 * (scripts/holidays/pickHolidays.ts): the whole package would add ~1.4 MB to the extract chunks.
 */
import Holidays from 'date-holidays-parser';
import holidayData from './holidayData.json';
import { compareYmd, dayNumber, formatDay, type Ymd } from './calendar';
import { candidate, tenseAt } from './context';
import type { Candidate, Lang, RuleContext } from './types';

interface HolidayName {
  readonly re: RegExp;
  readonly country: 'US' | 'RU';
  /** The holiday's name as date-holidays gives it. */
  readonly name: string;
}

const NAMES: Record<Lang, readonly HolidayName[]> = {
  en: [
    { re: /\bChristmas\s+Eve\b/gu, country: 'US', name: 'Christmas Eve' },
    { re: /\bChristmas(?:\s+Day)?\b(?!\s+Eve)/gu, country: 'US', name: 'Christmas Day' },
    { re: /\bThanksgiving(?:\s+Day)?\b/gu, country: 'US', name: 'Thanksgiving Day' },
    { re: /\b(?:Orthodox|Eastern)\s+Easter(?:\s+Sunday)?\b/gu, country: 'US', name: 'Orthodox Easter' },
    { re: /(?<!(?:Orthodox|Eastern)\s+)\bEaster(?:\s+Sunday)?\b/gu, country: 'US', name: 'Easter Sunday' },
    { re: /\bNew\s+Year['’]s\s+Day\b/gu, country: 'US', name: "New Year's Day" },
    { re: /\bIndependence\s+Day\b/gu, country: 'US', name: 'Independence Day' },
    { re: /\bMemorial\s+Day\b/gu, country: 'US', name: 'Memorial Day' },
    { re: /\bLabor\s+Day\b/gu, country: 'US', name: 'Labor Day' },
    { re: /\bElection\s+Day\b/gu, country: 'US', name: 'Election Day' },
  ],
  ru: [
    // Capitalised only: "в новом году" is "next year", not the holiday.
    { re: /(?<![\p{L}])Нов(?:ый|ого|ому|ым|ом)\s+год(?:а|у|ом)?(?![\p{L}])/gu, country: 'RU', name: 'Новый год' },
    { re: /(?<![\p{L}])(?:[Дд]ень|[Дд]ня|[Дд]н[её]м|[Дд]ню)\s+Победы(?![\p{L}])/gu, country: 'RU', name: 'День Победы' },
    { re: /(?<![\p{L}])Рождеств(?:о|а|у|ом|е)(?:\s+Христов(?:о|а|у|ым|ом))?(?![\p{L}])/gu, country: 'RU', name: 'Рождество Христово' },
    { re: /(?<![\p{L}])(?:[Кк]атолическ|[Зз]ападн)(?:ая|ой|ую)\s+Пасх(?:а|и|е|у|ой)(?![\p{L}])/gu, country: 'RU', name: 'Католическая Пасха' },
    { re: /(?<![\p{L}]|(?:[Кк]атолическ|[Зз]ападн)(?:ая|ой|ую)\s+)Пасх(?:а|и|е|у|ой)(?![\p{L}])/gu, country: 'RU', name: 'Пасха' },
    { re: /(?<![\p{L}])(?:[Дд]ень|[Дд]ня|[Дд]н[её]м|[Дд]ню)\s+России(?![\p{L}])/gu, country: 'RU', name: 'День России' },
    { re: /(?<![\p{L}])(?:[Дд]ень|[Дд]ня|[Дд]н[её]м|[Дд]ню)\s+народного\s+единства(?![\p{L}])/gu, country: 'RU', name: 'День народного единства' },
  ],
};

/**
 * Days that are no public holiday in the country's data but that the texts name, as rules in
 * date-holidays' own grammar ("orthodox": Easter by the Julian computus), dated by the library.
 */
const OBSERVED: Record<'US' | 'RU', Record<string, string>> = {
  US: { orthodox: 'Orthodox Easter', 'tuesday after 1st monday in November': 'Election Day' },
  RU: { orthodox: 'Пасха', easter: 'Католическая Пасха' },
};

const calendars = new Map<string, Holidays>();

function calendarOf(country: 'US' | 'RU'): Holidays {
  let hd = calendars.get(country);
  if (hd) return hd;
  hd = new Holidays(holidayData, country, { types: ['public', 'bank', 'optional', 'school', 'observance'] });
  const lang = country === 'RU' ? 'ru' : 'en';
  for (const [rule, name] of Object.entries(OBSERVED[country])) {
    if (!hd.setHoliday(rule, { name: { [lang]: name }, type: 'observance' })) throw new Error(`date-holidays rejects the rule ${rule}`);
  }
  calendars.set(country, hd);
  return hd;
}

/** The holiday's day in a year, from date-holidays. */
export function holidayDay(country: 'US' | 'RU', name: string, year: number): Ymd | undefined {
  const hd = calendarOf(country);
  const h = hd.getHolidays(year).find((x) => x.name === name);
  if (!h) return undefined;
  const [y, m, d] = h.date.slice(0, 10).split('-').map(Number);
  return { year: y!, month: m!, day: d! };
}

export function holidayRules(ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  for (const { re, country, name } of NAMES[ctx.lang]) {
    for (const m of ctx.text.matchAll(new RegExp(re))) {
      const start = m.index;
      const end = start + m[0].length;
      const tense = tenseAt(ctx, start, end);
      const days = [ctx.ref.year - 1, ctx.ref.year, ctx.ref.year + 1]
        .map((y) => holidayDay(country, name, y))
        .filter((d): d is Ymd => d !== undefined);
      const fits = days.filter((d) => (tense === 'past' ? compareYmd(d, ctx.ref) <= 0 : tense === 'future' ? compareYmd(d, ctx.ref) >= 0 : true));
      const near = (d: Ymd) => Math.abs(dayNumber(d) - dayNumber(ctx.ref));
      const day = fits.sort((a, b) => near(a) - near(b))[0];
      if (day) out.push(candidate(ctx, start, end, formatDay(day), 'day', 'holiday'));
    }
  }
  return out;
}
