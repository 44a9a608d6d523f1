import { describe, expect, it } from 'vitest';
import { periodRules } from './periodRules';
import { found, run } from './testContext';

describe('periodRules: quarters and halves', () => {
  it('reads Russian quarters with an explicit, relative or implied year', () => {
    expect(run(periodRules, 'во втором квартале 2024 года', 'ru')).toEqual(['во втором квартале 2024 года=2024-04/2024-06']);
    expect(run(periodRules, 'в первом квартале прошлого года', 'ru')).toEqual(['в первом квартале прошлого года=2024-01/2024-03']);
    expect(run(periodRules, 'ВВП вырос в третьем квартале.', 'ru')).toEqual(['в третьем квартале=2025-07/2025-09']);
    expect(run(periodRules, 'Выручка упала в четвертом квартале.', 'ru')).toEqual(['в четвертом квартале=2024-10/2024-12']);
    expect(run(periodRules, 'в первом полугодии 2025 года', 'ru')).toEqual(['в первом полугодии 2025 года=2025-01/2025-06']);
  });

  it('reads English quarters', () => {
    expect(run(periodRules, 'in the third quarter of 2024', 'en')).toEqual(['in the third quarter of 2024=2024-07/2024-09']);
    expect(run(periodRules, 'Sales rose in Q2 2025.', 'en')).toEqual(['Q2 2025=2025-04/2025-06']);
    expect(run(periodRules, 'Profit fell in the fourth quarter.', 'en')).toEqual(['in the fourth quarter=2024-10/2024-12']);
  });
});

describe('periodRules: ranges of months', () => {
  it('reads English month ranges, a final year applying to both ends', () => {
    expect(run(periodRules, 'between January and June 2024', 'en')).toEqual(['between January and June 2024=2024-01/2024-06']);
    expect(run(periodRules, 'from November 2023 to February 2024', 'en')).toEqual(['from November 2023 to February 2024=2023-11/2024-02']);
    expect(run(periodRules, 'from November to February 2024', 'en')).toEqual(['from November to February 2024=2023-11/2024-02']);
  });
});

describe('periodRules: seasons', () => {
  it('reads Russian seasons', () => {
    expect(run(periodRules, 'летом 2024 года', 'ru')).toEqual(['летом 2024 года=2024-06/2024-08']);
    expect(run(periodRules, 'прошлой зимой', 'ru')).toEqual(['прошлой зимой=2024-12/2025-02']);
    expect(run(periodRules, 'Переговоры пройдут осенью.', 'ru')).toEqual(['осенью=2025-09/2025-11']);
    expect(run(periodRules, 'Весной завод остановился.', 'ru')).toEqual(['Весной=2025-03/2025-05']);
    expect(run(periodRules, 'зимой 2024 года', 'ru')).toEqual(['зимой 2024 года=2023-12/2024-02']);
  });

  it('reads English seasons, and not the verb "fall"', () => {
    expect(run(periodRules, 'last summer', 'en')).toEqual(['last summer=2024-06/2024-08']);
    expect(run(periodRules, 'in the spring of 2023', 'en')).toEqual(['in the spring of 2023=2023-03/2023-05']);
    expect(run(periodRules, 'The vote is expected this fall.', 'en')).toEqual(['this fall=2025-09/2025-11']);
    expect(run(periodRules, 'Prices fall when demand drops.', 'en')).toEqual([]);
  });

  it('reads an English season after into, over, of, and with early or late', () => {
    expect(run(periodRules, 'Demand lagged well into the summer, over the summer and since the early summer.', 'en')).toEqual([
      'into the summer=2025-06/2025-08', 'over the summer=2025-06/2025-08', 'since the early summer=2025-06/2025-08',
    ]);
    expect(run(periodRules, 'A summer camp opened.', 'en')).toEqual([]);
  });
});

describe('periodRules: early, mid, late', () => {
  it('reads parts of years and months in Russian', () => {
    expect(run(periodRules, 'в начале 2024 года', 'ru')).toEqual(['в начале 2024 года=2024-01/2024-04']);
    expect(run(periodRules, 'в конце прошлого года', 'ru')).toEqual(['в конце прошлого года=2024-09/2024-12']);
    expect(run(periodRules, 'Встреча прошла в начале августа.', 'ru')).toEqual(['в начале августа=2025-08-01/2025-08-10']);
    expect(run(periodRules, 'Саммит пройдет в конце сентября.', 'ru')).toEqual(['в конце сентября=2025-09-21/2025-09-30']);
    expect(run(periodRules, 'в середине июля 2023 года', 'ru')).toEqual(['в середине июля 2023 года=2023-07-11/2023-07-20']);
    expect(run(periodRules, 'до конца года', 'ru')).toEqual(['до конца года=[..2025-12]']);
    expect(run(periodRules, 'с начала года сбито 20 тысяч дронов', 'ru')).toEqual(['с начала года=2025-01/..']);
    // Planned ("намечена") and July is past in an August article: next year's July.
    expect(run(periodRules, 'Встреча намечена на конец июля.', 'ru')).toEqual(['на конец июля=2026-07-21/2026-07-31']);
    expect(run(periodRules, 'Пик придется на середину апреля.', 'ru')).toEqual(['на середину апреля=2026-04-11/2026-04-20']);
  });

  it('reads parts of years and months in English', () => {
    expect(run(periodRules, 'in early 2024', 'en')).toEqual(['in early 2024=2024-01/2024-04']);
    expect(run(periodRules, 'The talks began in mid-July.', 'en')).toEqual(['in mid-July=2025-07-11/2025-07-20']);
    expect(run(periodRules, 'at the end of last year', 'en')).toEqual(['at the end of last year=2024-09/2024-12']);
    expect(run(periodRules, 'by the end of the year', 'en')).toEqual(['by the end of the year=[..2025-12]']);
    expect(run(periodRules, 'Since the start of the year, prices rose.', 'en')).toEqual(['Since the start of the year=2025-01/..']);
  });

  it('wins over the bare month in the engine', () => {
    expect(found('Встреча прошла в начале августа.', 'ru')).toEqual(['начале августа=2025-08-01/2025-08-10']);
    expect(found('The talks began in mid-July.', 'en')).toEqual(['mid-July=2025-07-11/2025-07-20']);
  });
});
