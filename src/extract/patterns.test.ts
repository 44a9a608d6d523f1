import { describe, expect, it } from 'vitest';
import { matchAll, monthOf, ordinalOf, relativeYearShift, RU_MONTH, WB, WE } from './patterns';

describe('patterns', () => {
  it('reads month names in every Russian case and in English', () => {
    expect(['январь', 'января', 'январе'].map(monthOf)).toEqual([1, 1, 1]);
    expect(['май', 'мая', 'мае', 'март', 'марта', 'марте'].map(monthOf)).toEqual([5, 5, 5, 3, 3, 3]);
    expect(['August', 'Aug.', 'Sept.', 'december'].map(monthOf)).toEqual([8, 8, 9, 12]);
    expect(monthOf('вторник')).toBeUndefined();
  });

  it('matches Russian month forms as whole words', () => {
    const re = new RegExp(`${WB}${RU_MONTH}${WE}`, 'giu');
    expect([...matchAll(re, 'в мае и 12 августа, но не майонез')].map((m) => m[0])).toEqual(['мае', 'августа']);
  });

  it('reads relative years and ordinals', () => {
    expect(relativeYearShift('прошлого года', 'ru')).toBe(-1);
    expect(relativeYearShift('позапрошлого года', 'ru')).toBe(-2);
    expect(relativeYearShift('текущего года', 'ru')).toBe(0);
    expect(relativeYearShift('last year', 'en')).toBe(-1);
    expect(relativeYearShift('next year', 'en')).toBe(1);
    expect(['третьем', 'III', '2-м', 'fourth', '1st'].map(ordinalOf)).toEqual([3, 3, 2, 4, 1]);
  });
});
