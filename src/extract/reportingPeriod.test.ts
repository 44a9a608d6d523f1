import { describe, expect, it } from 'vitest';
import { found } from './testContext';

// Published Wednesday 13 August 2025: the last quarter that ended is the second.
describe('reporting period: a quarter named once, referred back to', () => {
  it('reads English quarters written as adjectives or with a year before them', () => {
    expect(found('Second-quarter profit fell 10%.', 'en')).toEqual(['Second-quarter=2025-04/2025-06']);
    expect(found('Sales in the 2024 third quarter rose.', 'en')).toEqual(['the 2024 third quarter=2024-07/2024-09']);
  });

  it('gives "the quarter" and "a year earlier" the quarter in view (English)', () => {
    expect(found('Second-quarter profit fell to $5 million from $7 million a year earlier. The quarter included a charge.', 'en'))
      .toEqual(['Second-quarter=2025-04/2025-06', 'a year earlier=2024-04/2024-06', 'The quarter=2025-04/2025-06']);
    expect(found('Net income in the second quarter rose, compared with the year-ago quarter.', 'en'))
      .toEqual(['the second quarter=2025-04/2025-06', 'the year-ago quarter=2024-04/2024-06']);
    expect(found('Revenue in the first quarter of 2024 rose from the corresponding period last year.', 'en'))
      .toEqual(['the first quarter of 2024=2024-01/2024-03', 'the corresponding period last year=2023-01/2023-03']);
  });

  it('gives "в отчётном квартале" and "годом ранее" the quarter in view (Russian)', () => {
    expect(found('Во втором квартале выручка выросла до 5 млрд рублей против 4 млрд годом ранее.', 'ru'))
      .toEqual(['втором квартале=2025-04/2025-06', 'годом ранее=2024-04/2024-06']);
    expect(found('В первом квартале 2024 года прибыль упала по сравнению с аналогичным периодом прошлого года. В отчётном квартале расходы выросли.', 'ru'))
      .toEqual(['первом квартале 2024 года=2024-01/2024-03', 'аналогичным периодом прошлого года=2023-01/2023-03', 'отчётном квартале=2024-01/2024-03']);
  });

  it('reads "the latest quarter" as one that has ended, "the current quarter" as the one under way', () => {
    // Published 13 August 2025: the third quarter is still under way.
    expect(found('A third-quarter charge is likely. Earnings fell in the latest quarter.', 'en'))
      .toEqual(['third-quarter=2025-07/2025-09', 'the latest quarter=2025-04/2025-06']);
    expect(found('Second-quarter sales rose; the company expects more in the current quarter.', 'en'))
      .toEqual(['Second-quarter=2025-04/2025-06', 'the current quarter=2025-07/2025-09']);
  });

  it('reads "the quarter ended June 30" as the quarter that day closes, and what follows from it', () => {
    expect(found('First-quarter sales fell. For the quarter ended June 30, profit rose from $2 million a year earlier.', 'en'))
      .toEqual(['First-quarter=2025-01/2025-03', 'the quarter=2025-04/2025-06', 'June 30=2025-06-30', 'a year earlier=2024-04/2024-06']);
  });

  it('gives "last year" set beside a quarter\'s figure the quarter a year back', () => {
    expect(found('Second-quarter profit was $5 million, compared with $3 million last year.', 'en'))
      .toEqual(['Second-quarter=2025-04/2025-06', 'last year=2024-04/2024-06']);
    // Not without a comparison.
    expect(found('Second-quarter profit was $5 million. Last year the plant closed.', 'en')).toContain('Last year=2024');
  });

  it('gives "a year earlier" after a stretch of months that stretch a year back, as a year', () => {
    expect(found('Second-quarter profit rose. For the first six months, profit was $9 million, up from $7 million a year earlier.', 'en'))
      .toContain('a year earlier=2024');
    expect(found('Во втором квартале выручка выросла. За шесть месяцев прибыль составила 9 млрд против 7 млрд годом ранее.', 'ru'))
      .toContain('годом ранее=2024');
  });

  it('leaves the phrases alone where no quarter is in view', () => {
    expect(found('A year earlier, the plant had closed.', 'en')).not.toContain('A year earlier=2024-04/2024-06');
    expect(found('Годом ранее завод закрылся.', 'ru').some((m) => m.includes('/'))).toBe(false);
    // Far from the quarter, "a year earlier" is counted from the story again.
    const far = 'Second-quarter profit fell. One. Two. Three. Four. A year earlier, it rose.';
    expect(found(far, 'en').some((m) => m.startsWith('A year earlier=2024-04/'))).toBe(false);
  });
});
