import { describe, expect, it } from 'vitest';
import { found, run } from './testContext';
import { yearRules } from './yearRules';

describe('yearRules (ru)', () => {
  it('reads bare years, ranges, "since" and "by"', () => {
    expect(run(yearRules, 'Это случилось в 1945 году.', 'ru')).toEqual(['в 1945 году=1945']);
    expect(run(yearRules, 'в 2025-м году', 'ru')).toEqual(['в 2025-м году=2025']);
    expect(run(yearRules, 'Санкции действуют с 2022 года.', 'ru')).toEqual(['с 2022 года=2022/..']);
    expect(run(yearRules, 'Проект завершат до 2030 года.', 'ru')).toEqual(['до 2030 года=[..2030]']);
    expect(run(yearRules, 'Война 1950–1953 гг. унесла миллионы жизней.', 'ru')).toEqual(['1950–1953 гг.=1950/1953']);
    expect(run(yearRules, 'в 2024-2025 годах', 'ru')).toEqual(['в 2024-2025 годах=2024/2025']);
    expect(run(yearRules, 'с 2014 по 2022 год', 'ru')).toEqual(['с 2014 по 2022 год=2014/2022']);
  });

  it('reads decades', () => {
    expect(run(yearRules, 'в 1990-х годах', 'ru')).toEqual(['в 1990-х годах=1990/1999']);
    expect(run(yearRules, 'ещё в 90-х', 'ru')).toEqual(['в 90-х=1990/1999']);
    expect(run(yearRules, 'в 2020-е годы', 'ru')).toEqual(['в 2020-е годы=2020/2029']);
    expect(run(yearRules, 'в начале 1990-х годов', 'ru')).toEqual(['в начале 1990-х годов=1990/1993']);
    expect(run(yearRules, 'в конце 80-х', 'ru')).toEqual(['в конце 80-х=1987/1989']);
  });

  it('leaves numbers that are not years', () => {
    expect(run(yearRules, 'Погибли 1945 человек, а 3000 ранены.', 'ru')).toEqual([]);
  });

  it('gives way to a full date in the engine, and is not read as a duration', () => {
    expect(found('Договор подписан 19 июня 2024 года.', 'ru')).toEqual(['19 июня 2024 года=2024-06-19']);
    expect(found('в течение 2024 года', 'ru')).toEqual(['2024 года=2024']);
  });
});

describe('yearRules (en)', () => {
  it('reads years after a preposition, ranges, "since" and "by"', () => {
    expect(run(yearRules, 'Prices rose in 2022 and fell.', 'en')).toEqual(['in 2022=2022']);
    expect(run(yearRules, 'The sanctions have applied since 2022.', 'en')).toEqual(['since 2022=2022/..']);
    expect(run(yearRules, 'It will be finished by 2030.', 'en')).toEqual(['by 2030=[..2030]']);
    expect(run(yearRules, 'The Korean War (1950–1953) killed millions.', 'en')).toEqual(['1950–1953=1950/1953']);
    expect(run(yearRules, 'between 2014 and 2022', 'en')).toEqual(['between 2014 and 2022=2014/2022']);
    expect(run(yearRules, 'after the 2024 election', 'en')).toEqual(['2024=2024']);
  });

  it('reads decades', () => {
    expect(run(yearRules, 'in the 1990s', 'en')).toEqual(['in the 1990s=1990/1999']);
    expect(run(yearRules, "back in the '80s", 'en')).toEqual(["in the '80s=1980/1989"]);
    expect(run(yearRules, 'in the late 1990s', 'en')).toEqual(['in the late 1990s=1997/1999']);
    expect(run(yearRules, 'the mid-1970s', 'en')).toEqual(['the mid-1970s=1974/1976']);
  });

  it('leaves counts and amounts', () => {
    expect(run(yearRules, 'About 2000 people and 1500 troops.', 'en')).toEqual([]);
  });

  it('reads years used as modifiers in both languages', () => {
    expect(run(yearRules, 'in his unsuccessful 1996 campaign', 'en')).toEqual(['1996=1996']);
    expect(run(yearRules, "a 1971 convention and the company's 1988 recapitalization", 'en')).toEqual(['1971=1971', '1988=1988']);
    expect(run(yearRules, 'Profit for fiscal 1989 rose.', 'en')).toEqual(['fiscal 1989=1989']);
    expect(run(yearRules, 'её визит 2019 года и доклад 2015 г.', 'ru')).toEqual(['2019 года=2019', '2015 г.=2015']);
  });

  it('leaves round counts after a determiner', () => {
    expect(run(yearRules, 'the 2000 troops and its 1500 jobs', 'en')).toEqual([]);
  });
});

describe('yearRules: English year phrases chrono-node leaves out', () => {
  it('reads "the current (fiscal) year" as the year of publication', () => {
    expect(run(yearRules, 'Sales should grow in the current fiscal year and the current year.', 'en')).toEqual([
      'the current fiscal year=2025', 'the current year=2025',
    ]);
  });

  it('reads "year-end" as the last day of the year the tense points to', () => {
    expect(run(yearRules, 'The deal is expected to close by year end.', 'en')).toEqual(['year end=2025-12-31']);
    expect(run(yearRules, 'The index is up 5% since year-end.', 'en')).toEqual(['year-end=2024-12-31']);
    expect(run(yearRules, "At year's end, debt was lower.", 'en')).toEqual(["year's end=2024-12-31"]);
  });
});

describe('yearRules: years in a list', () => {
  it('gives each year of a list its own mention, and keeps "between … and" a range', () => {
    expect(found('Shootings in 1994 and 1997; in 1992, 1994 or 1997 too.', 'en')).toEqual(['1994=1994', '1997=1997', '1992=1992', '1994=1994', '1997=1997']);
    expect(found('Between 1994 and 1997 it grew; from 1991 to 1997 it fell.', 'en')).toEqual(['1994 and 1997=1994/1997', '1991 to 1997=1991/1997']);
    expect(found('Это было в 1994 и 1997 годах, а также в 2001, 2005 и 2010 годах.', 'ru')).toEqual([
      '1994=1994', '1997 годах=1997', '2001=2001', '2005=2005', '2010 годах=2010',
    ]);
  });
});

describe('yearRules: English years after "dating to" and before a name', () => {
  it('reads them, and still leaves round counts of things alone', () => {
    expect(found('Shootings dating to 1994 went on; it dates back to 1912.', 'en')).toEqual(['1994=1994', '1912=1912']);
    expect(found('By the opening of the 2000 Olympics; the 2000 troops left.', 'en')).toEqual(['2000=2000']);
    expect(found('Bonds due 1993 and warrants were sold.', 'en')).toEqual(['1993=1993']);
  });
});

describe('yearRules: decades in words', () => {
  it('reads "the nineties", "the early eighties", "девяностые годы", "в начале восьмидесятых"', () => {
    expect(run(yearRules, 'Numbers dropped through the nineties; in the early eighties they grew.', 'en')).toEqual([
      'the nineties=1990/1999', 'in the early eighties=1980/1983',
    ]);
    expect(run(yearRules, 'В девяностые годы было трудно, а в начале восьмидесятых легче.', 'ru')).toEqual([
      'В девяностые годы=1990/1999', 'в начале восьмидесятых=1980/1983',
    ]);
  });
});
