import { describe, expect, it } from 'vitest';
import { found } from './testContext';

// Published Wednesday 13 August 2025, 10:15 Moscow time.
describe('dates counted from an earlier date of the story', () => {
  it('reads "that year", "the following year", "a year later" from the last year named', () => {
    expect(found('On May 22, 1995, he was promoted, and the following year he moved abroad.', 'en')).toEqual([
      'May 22, 1995=1995-05-22', 'the following year=1996',
    ]);
    expect(found('She fled in June 1998 and returned later that year; a year later she left again.', 'en')).toEqual([
      'June 1998=1998-06', 'later that year=1998', 'a year later=1999',
    ]);
    expect(found('Указ подписан 5 мая 2019 года, в том же году его дополнили, а годом позже отменили.', 'ru')).toEqual([
      '5 мая 2019 года=2019-05-05', 'том же году=2019', 'годом позже=2020',
    ]);
  });

  it('reads "that day", "the next day", "накануне" from the last day named', () => {
    expect(found('The shooting was on Oct. 23, 1998. Earlier that day, a fax was sent. The next day police came.', 'en')).toEqual([
      'Oct. 23, 1998=1998-10-23', 'Earlier that day=1998-10-23', 'The next day=1998-10-24',
    ]);
    expect(found('Выборы прошли 8 сентября 2024 года. В тот же день начался подсчёт, а на следующий день объявили итоги.', 'ru')).toEqual([
      '8 сентября 2024 года=2024-09-08', 'тот же день=2024-09-08', 'следующий день=2024-09-09',
    ]);
    expect(found('Саммит открылся 10 июня 2024 года. Накануне прошли консультации.', 'ru')).toEqual([
      '10 июня 2024 года=2024-06-10', 'Накануне=2024-06-09',
    ]);
  });

  it('reads "the following month" from the last month named', () => {
    expect(found('The offer came in March 1989. The following month, the company put itself up for sale.', 'en')).toEqual([
      'March 1989=1989-03', 'The following month=1989-04',
    ]);
  });

  it('without a date before it, leaves the phrase out, except "накануне", the day before publication', () => {
    expect(found('Later that year he left.', 'en')).toEqual([]);
    expect(found('Стороны провели переговоры накануне.', 'ru')).toEqual(['накануне=2025-08-12']);
    // "накануне выборов" is the eve of something named, not of a date.
    expect(found('Накануне выборов прошли митинги.', 'ru')).toEqual([]);
  });

  it('leaves the phrase to a date written beside it', () => {
    expect(found('A day earlier, on Friday, the EU approved sanctions.', 'en')).toEqual(['Friday=2025-08-08']);
    expect(found('Накануне, 8 мая, прошли переговоры.', 'ru')).toEqual(['8 мая=2025-05-08']);
  });
});
