import { describe, expect, it } from 'vitest';
import { utc, DAY } from '../layout/utc.testHelper';
import { formatFoldDuration } from './drawFolds';

describe('formatFoldDuration', () => {
  it('says how much time a fold hides, in a unit that reads well', () => {
    expect(formatFoldDuration(utc(2024, 5, 19) - utc(1945, 9, 16), 'en-GB')).toBe('79 years');
    expect(formatFoldDuration(utc(2025, 7, 12) - utc(2024, 7, 20), 'en-GB')).toBe('12 months');
    expect(formatFoldDuration(21 * DAY, 'en-GB')).toBe('3 weeks');
    expect(formatFoldDuration(5 * DAY, 'en-GB')).toBe('5 days');
  });

  it('follows the UI language', () => {
    expect(formatFoldDuration(79 * 365.25 * DAY, 'ru-RU')).toBe('79 лет');
  });
});
