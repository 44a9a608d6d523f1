import { readFileSync } from 'node:fs';
import { data } from 'date-holidays/data';
import { describe, expect, it } from 'vitest';
import { dropCalendars } from './holidayCalendarsPlugin';
import { HOLIDAY_COUNTRIES, HOLIDAY_DATA_FILE, pickHolidays, unusedCalendars, type HolidayData } from './pickHolidays';

const full = data as unknown as HolidayData;

describe('pickHolidays', () => {
  it('the committed holidayData.json is the installed date-holidays data for the picked countries', () => {
    const committed: unknown = JSON.parse(readFileSync(HOLIDAY_DATA_FILE, 'utf8'));
    // On failure: `npx tsx scripts/holidays/pickHolidays.ts` after upgrading date-holidays.
    expect(committed).toEqual(pickHolidays(full, HOLIDAY_COUNTRIES));
  });

  it('keeps country-level rules and the names they refer to, without states, regions or zones', () => {
    const picked = pickHolidays(full, ['RU']);
    expect(Object.keys(picked.holidays)).toEqual(['RU']);
    expect(picked.holidays.RU).not.toHaveProperty('states');
    expect(picked.holidays.RU).not.toHaveProperty('zones');
    expect(Object.keys(picked.holidays.RU!.days as object)).toContain('05-09');
    const refs = Object.values(picked.holidays.RU!.days as Record<string, { _name?: string }>).flatMap((d) => (d._name ? [d._name] : []));
    expect(Object.keys(picked.names).sort()).toEqual([...new Set([...refs, 'substitutes'])].sort());
    expect(() => pickHolidays(full, ['XX'])).toThrow(/no country XX/u);
  });

  it('leaves out the calendars the picked data never uses, keeping Julian for Orthodox Christmas', () => {
    const unused = unusedCalendars(pickHolidays(full, HOLIDAY_COUNTRIES));
    expect(unused.has('nojulian')).toBe(false);
    expect([...unused].sort()).toEqual(['nobengali', 'nochinese', 'noequinox', 'nohebrew', 'noislamic', 'nojalaali']);
    expect(unusedCalendars(pickHolidays(full, ['IL'])).has('nohebrew')).toBe(false);
  });
});

describe('dropCalendars', () => {
  const factory = readFileSync(new URL('../../node_modules/date-holidays-parser/src/CalEventFactory.js', import.meta.url), 'utf8');

  it('removes the switched-off calendars from the parser and keeps the rest', () => {
    const slim = dropCalendars(factory, new Set(['noequinox', 'nohebrew']));
    expect(slim).not.toMatch(/Equinox|Hebrew/u);
    expect(slim).toMatch(/import Julian from/u);
    expect(slim).toMatch(/case 'easter'/u);
    expect(slim).not.toMatch(/#ifndef|#endif/u);
  });

  it('changes nothing but the switch comments when no calendar is dropped', () => {
    const kept = dropCalendars(factory, new Set());
    expect(kept.replace(/\s+/gu, '')).toBe(factory.split('\n').filter((l) => !/#(?:ifndef|endif)/u.test(l)).join('\n').replace(/\s+/gu, ''));
  });
});
