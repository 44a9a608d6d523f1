import { describe, expect, it } from 'vitest';
import { cueBefore, dayForWeekday, yearForDay, yearForMonth } from './resolve';

const published = { year: 2025, month: 8, day: 13 }; // a Wednesday

describe('yearForDay', () => {
  it('puts a past-tense day before the publication', () => {
    expect(yearForDay(8, 15, published, 'past')).toBe(2024);
    expect(yearForDay(8, 10, published, 'past')).toBe(2025);
    expect(yearForDay(12, 1, published, 'past')).toBe(2024);
  });
  it('puts a future day after the publication', () => {
    expect(yearForDay(1, 10, published, 'future')).toBe(2026);
    expect(yearForDay(8, 15, published, 'future')).toBe(2025);
  });
  it('takes the nearest when the text says nothing', () => {
    expect(yearForDay(8, 15, published, 'none')).toBe(2025);
    expect(yearForDay(12, 28, { year: 2026, month: 1, day: 5 }, 'none')).toBe(2025);
  });
  it('finds a leap year for 29 February', () => {
    expect(yearForDay(2, 29, published, 'past')).toBe(2024);
    expect(yearForDay(2, 29, published, 'future')).toBe(2028);
  });
});

describe('yearForMonth', () => {
  it('follows the tense', () => {
    expect(yearForMonth(5, published, 'past')).toBe(2025);
    expect(yearForMonth(10, published, 'past')).toBe(2024);
    expect(yearForMonth(3, published, 'future')).toBe(2026);
    expect(yearForMonth(1, published, 'none')).toBe(2026);
    expect(yearForMonth(2, published, 'none')).toBe(2025); // six months either way: the past
    expect(yearForMonth(10, { year: 1999, month: 4, day: 19 }, 'none')).toBe(1998);
    expect(yearForMonth(8, published, 'past')).toBe(2025);
  });
});

describe('dayForWeekday', () => {
  it('resolves "во вторник" in a past sentence to the previous Tuesday', () => {
    expect(dayForWeekday(2, published, 'past', false)).toEqual({ year: 2025, month: 8, day: 12 });
  });
  it('counts the publication day itself only without a cue', () => {
    expect(dayForWeekday(3, published, 'past', false)).toEqual(published);
    expect(dayForWeekday(3, published, 'past', true)).toEqual({ year: 2025, month: 8, day: 6 });
    expect(dayForWeekday(3, published, 'future', true)).toEqual({ year: 2025, month: 8, day: 20 });
  });
  it('goes forward for the future, and stays in the week for "this"', () => {
    expect(dayForWeekday(5, published, 'future', false)).toEqual({ year: 2025, month: 8, day: 15 });
    expect(dayForWeekday(1, published, 'future', false)).toEqual({ year: 2025, month: 8, day: 18 });
    expect(dayForWeekday(1, published, 'this', true)).toEqual({ year: 2025, month: 8, day: 11 });
    expect(dayForWeekday(0, published, 'this', true)).toEqual({ year: 2025, month: 8, day: 17 });
  });
  it('takes the nearest without any hint', () => {
    expect(dayForWeekday(1, published, 'none', false)).toEqual({ year: 2025, month: 8, day: 11 });
    expect(dayForWeekday(5, published, 'none', false)).toEqual({ year: 2025, month: 8, day: 15 });
  });
});

describe('cueBefore', () => {
  it('reads the cue word and its length', () => {
    expect(cueBefore('в минувшую ')).toEqual({ direction: 'past', length: 9 });
    expect(cueBefore('в предстоящую ')).toEqual({ direction: 'future', length: 12 });
    expect(cueBefore('on the last ')?.direction).toBe('past');
    expect(cueBefore('this ')).toEqual({ direction: 'this', length: 5 });
    expect(cueBefore('в ')).toBeUndefined();
  });
});
