import { describe, expect, it } from 'vitest';
import {
  addDays, dayNumber, formatDay, formatMinute, fromDayNumber, fromMonthNumber, isValidYmd,
  lastDayOfMonth, mondayOf, monthNumber, weekdayOf,
} from './calendar';

describe('calendar', () => {
  it('counts days from 1970-01-01 and back', () => {
    expect(dayNumber({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(fromDayNumber(dayNumber({ year: 2024, month: 2, day: 29 }))).toEqual({ year: 2024, month: 2, day: 29 });
    expect(fromDayNumber(dayNumber({ year: 1945, month: 8, day: 15 }))).toEqual({ year: 1945, month: 8, day: 15 });
  });

  it('knows weekdays, Mondays and month ends', () => {
    expect(weekdayOf({ year: 2025, month: 8, day: 13 })).toBe(3); // a Wednesday
    expect(weekdayOf({ year: 2025, month: 8, day: 12 })).toBe(2);
    expect(mondayOf({ year: 2025, month: 8, day: 13 })).toEqual({ year: 2025, month: 8, day: 11 });
    expect(mondayOf({ year: 2025, month: 8, day: 17 })).toEqual({ year: 2025, month: 8, day: 11 });
    expect(lastDayOfMonth(2024, 2)).toBe(29);
    expect(lastDayOfMonth(2025, 2)).toBe(28);
    expect(addDays({ year: 2025, month: 1, day: 1 }, -1)).toEqual({ year: 2024, month: 12, day: 31 });
  });

  it('validates days and does month arithmetic', () => {
    expect(isValidYmd({ year: 2025, month: 2, day: 29 })).toBe(false);
    expect(isValidYmd({ year: 2025, month: 8, day: 31 })).toBe(true);
    expect(fromMonthNumber(monthNumber(2025, 1) - 1)).toEqual({ year: 2024, month: 12 });
  });

  it('formats EDTF pieces', () => {
    expect(formatDay({ year: 2025, month: 8, day: 5 })).toBe('2025-08-05');
    expect(formatMinute({ year: 2025, month: 8, day: 15 }, 21, 54, 180)).toBe('2025-08-15T21:54+03:00');
    expect(formatMinute({ year: 2025, month: 8, day: 15 }, 9, 5, -240)).toBe('2025-08-15T09:05-04:00');
    expect(formatMinute({ year: 2025, month: 8, day: 15 }, 9, 5, 0)).toBe('2025-08-15T09:05Z');
    expect(formatMinute({ year: 2025, month: 8, day: 15 }, 9, 5, undefined)).toBe('2025-08-15T09:05');
  });
});
