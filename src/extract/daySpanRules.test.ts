import { describe, expect, it } from 'vitest';
import { daySpanRules } from './daySpanRules';
import { found, run } from './testContext';

describe('daySpanRules: nights', () => {
  it('reads Russian nights as the two days they join', () => {
    expect(run(daySpanRules, 'В ночь на 13 августа был обстрел.', 'ru')).toEqual(['В ночь на 13 августа=2025-08-12/2025-08-13']);
    expect(run(daySpanRules, 'в ночь с 31 июля на 1 августа', 'ru')).toEqual(['в ночь с 31 июля на 1 августа=2025-07-31/2025-08-01']);
    expect(run(daySpanRules, 'в ночь на 1 января 2024 года', 'ru')).toEqual(['в ночь на 1 января 2024 года=2023-12-31/2024-01-01']);
    expect(run(daySpanRules, 'В ночь на вторник беспилотники атаковали город.', 'ru')).toEqual([
      'В ночь на вторник=2025-08-11/2025-08-12',
    ]);
  });

  it('reads English nights', () => {
    expect(run(daySpanRules, 'on the night of August 12', 'en')).toEqual(['on the night of August 12=2025-08-12/2025-08-13']);
  });
});

describe('daySpanRules: ordinal days', () => {
  it('reads "12-го августа"', () => {
    expect(found('Встреча прошла 12-го августа.', 'ru')).toEqual(['12-го августа=2025-08-12']);
    expect(found('Встреча пройдет 20-го августа 2026 года.', 'ru')).toEqual(['20-го августа 2026 года=2026-08-20']);
  });
});

describe('daySpanRules: pairs and ranges of days', () => {
  it('reads "12 и 13 августа" as one span, and days apart as two dates', () => {
    expect(run(daySpanRules, 'Учения прошли 12 и 13 августа.', 'ru')).toEqual(['12 и 13 августа=2025-08-12/2025-08-13']);
    expect(found('Учения прошли 5 и 12 августа.', 'ru')).toEqual(['5=2025-08-05', '12 августа=2025-08-12']);
  });

  it('reads English pairs and ranges', () => {
    expect(run(daySpanRules, 'on Aug. 12 and 13', 'en')).toEqual(['Aug. 12 and 13=2025-08-12/2025-08-13']);
    expect(run(daySpanRules, 'between August 6 and 15', 'en')).toEqual(['between August 6 and 15=2025-08-06/2025-08-15']);
    expect(found('The fair runs August 6 to 15.', 'en')).toEqual(['August 6 to 15=2025-08-06/2025-08-15']);
    expect(found('The fair ran August 16 to 20.', 'en')).toEqual(['August 16 to 20=2024-08-16/2024-08-20']);
  });

  it('uses the tense for the year', () => {
    expect(run(daySpanRules, 'Учения прошли 20 и 21 августа.', 'ru')).toEqual(['20 и 21 августа=2024-08-20/2024-08-21']);
    expect(run(daySpanRules, 'Учения пройдут 20 и 21 августа.', 'ru')).toEqual(['20 и 21 августа=2025-08-20/2025-08-21']);
  });
});
