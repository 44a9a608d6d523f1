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

  it('leaves the phrases alone where no quarter is in view', () => {
    expect(found('A year earlier, the plant had closed.', 'en')).not.toContain('A year earlier=2024-04/2024-06');
    expect(found('Годом ранее завод закрылся.', 'ru').some((m) => m.includes('/'))).toBe(false);
    // Far from the quarter, "a year earlier" is counted from the story again.
    const far = 'Second-quarter profit fell. One. Two. Three. Four. A year earlier, it rose.';
    expect(found(far, 'en').some((m) => m.startsWith('A year earlier=2024-04/'))).toBe(false);
  });
});
