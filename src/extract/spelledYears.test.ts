import { describe, expect, it } from 'vitest';
import { spelledYears } from './spelledYears';
import { found, run } from './testContext';

describe('spelledYears', () => {
  it('reads English years in words', () => {
    expect(run(spelledYears, 'Atlanta, nineteen ninety-six: a bomb. In nineteen oh five, in nineteen hundred; twenty twelve.', 'en')).toEqual([
      'nineteen ninety-six=1996', 'nineteen oh five=1905', 'nineteen hundred=1900', 'twenty twelve=2012',
    ]);
    expect(run(spelledYears, 'By the year two thousand, and in two thousand and one, it changed.', 'en')).toEqual([
      'the year two thousand=2000', 'two thousand and one=2001',
    ]);
  });

  it('takes the month written before the year', () => {
    expect(run(spelledYears, 'January nineteen ninety-seven. Atlanta again.', 'en')).toEqual(['January nineteen ninety-seven=1997-01']);
    expect(run(spelledYears, 'Это было в мае тысяча девятьсот сорок пятого года.', 'ru')).toEqual(['мае тысяча девятьсот сорок пятого года=1945-05']);
  });

  it('reads Russian years in words, the last word an ordinal', () => {
    expect(run(spelledYears, 'В тысяча девятьсот девяносто шестом году, в две тысячи двадцатом году и в двухтысячном году.', 'ru')).toEqual([
      'тысяча девятьсот девяносто шестом году=1996', 'две тысячи двадцатом году=2020', 'двухтысячном году=2000',
    ]);
    expect(run(spelledYears, 'В две тысячи девятнадцатом году.', 'ru')).toEqual(['две тысячи девятнадцатом году=2019']);
  });

  it('leaves counts alone', () => {
    expect(run(spelledYears, 'Two thousand troops came to two thousand homes in two thousand and five countries.', 'en')).toEqual([]);
    expect(run(spelledYears, 'Пришли две тысячи человек.', 'ru')).toEqual([]);
    expect(run(spelledYears, 'Some twelve hundred came, in nineteen hundred homes.', 'en')).toEqual([]);
  });

  it('draws the span without the preposition', () => {
    expect(found('The city fell in nineteen seventy-nine.', 'en')).toEqual(['nineteen seventy-nine=1979']);
    expect(found('Город пал в тысяча девятьсот семьдесят девятом году.', 'ru')).toEqual(['тысяча девятьсот семьдесят девятом году=1979']);
  });
});
