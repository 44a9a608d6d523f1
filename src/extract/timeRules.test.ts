import { describe, expect, it } from 'vitest';
import { found, run } from './testContext';
import { hourRules } from './timeRules';

describe('times with zones', () => {
  it('reads Cyrillic zones', () => {
    expect(found('Землетрясение произошло 15 августа в 21:54 мск.', 'ru')).toEqual(['15 августа в 21:54 мск=2024-08-15T21:54+03:00']);
    expect(found('Саммит начнется 15 августа в 21:54 по московскому времени.', 'ru')).toEqual([
      '15 августа в 21:54 по московскому времени=2025-08-15T21:54+03:00',
    ]);
    expect(found('Встреча началась 12 августа в 11:00 по местному времени.', 'ru')).toEqual([
      '12 августа в 11:00 по местному времени=2025-08-12T11:00',
    ]);
  });

  it('reads English zones, with summer time where the zone has it', () => {
    expect(found('The launch is set for Aug. 15 at 9:54 p.m. EDT.', 'en')).toEqual(['Aug. 15 at 9:54 p.m. EDT=2025-08-15T21:54-04:00']);
    expect(found('It happened on Aug. 12 at 14:30 GMT.', 'en')).toEqual(['Aug. 12 at 14:30 GMT=2025-08-12T14:30Z']);
    expect(found('Talks began on Aug. 12 at 10:00 Kyiv time.', 'en')).toEqual(['Aug. 12 at 10:00 Kyiv time=2025-08-12T10:00+03:00']);
  });

  it('puts a time without a zone on the publisher\'s clock', () => {
    expect(found('Встреча началась 12 августа в 11:00.', 'ru')).toEqual(['12 августа в 11:00=2025-08-12T11:00+03:00']);
  });

  it('reads hours written in words', () => {
    expect(found('Совещание начнется в 7 часов вечера по московскому времени.', 'ru')).toEqual([
      '7 часов вечера по московскому времени=2025-08-13T19:00+03:00',
    ]);
    // Published 10:15: "will leave at 4 in the morning" is tomorrow's; 9 in the evening is today's.
    expect(run(hourRules, 'He will leave at 4 in the morning; shops open at 10 o\'clock; they meet at 9 in the evening, at midday.', 'en')).toEqual([
      'at 4 in the morning=2025-08-13T04:00+03:00', 'at 10 o\'clock=2025-08-13T10:00+03:00', 'at 9 in the evening=2025-08-13T21:00+03:00', 'at midday=2025-08-13T12:00+03:00',
    ]);
    expect(found('He will leave at 4 in the morning.', 'en')).toEqual(['4 in the morning=2025-08-14T04:00+03:00']);
    expect(run(hourRules, 'They won at 4 in 10 games.', 'en')).toEqual([]);
  });

  it('gives a lone time the day of a date before it, or the day the tense points to', () => {
    expect(found('Удар нанесли 10 августа. Сирены звучали с 03:10 мск.', 'ru')).toEqual([
      '10 августа=2025-08-10', '03:10 мск=2025-08-10T03:10+03:00',
    ]);
    expect(found('В 21:54 мск произошло землетрясение.', 'ru')).toEqual(['21:54 мск=2025-08-12T21:54+03:00']);
    expect(found('Заседание начнется в 09:00 мск.', 'ru')).toEqual(['09:00 мск=2025-08-14T09:00+03:00']);
  });

  it('joins a dateline', () => {
    expect(found('13 августа 2025 / 10:15', 'ru')).toEqual(['13 августа 2025 / 10:15=2025-08-13T10:15+03:00']);
    expect(found('Aug. 13, 2025, 10:15', 'en')).toEqual(['Aug. 13, 2025, 10:15=2025-08-13T10:15+03:00']);
  });

  it('does not take counts for hours', () => {
    expect(found('Ракеты упали в 10 регионах.', 'ru')).toEqual([]);
  });
});

describe('times anchored in a chain', () => {
  it('passes a day on from one time to the next', () => {
    const text = 'Трамп вступил в должность в понедельник. Церемония прошла в 12:00 по местному времени (20:00 мск).';
    expect(found(text, 'ru', { year: 2025, month: 1, day: 21, hour: 9, minute: 10, offsetMinutes: 180 })).toEqual([
      'понедельник=2025-01-20', '12:00 по местному времени=2025-01-20T12:00', '20:00 мск=2025-01-20T20:00+03:00',
    ]);
  });
});

describe('hours without a colon', () => {
  it('reads "в 7 утра", "в 15 ч" and "в 5 часов вечера", and leaves a bare number', () => {
    expect(run(hourRules, 'Поезд уйдёт в 7 утра.', 'ru')).toEqual(['в 7 утра=2025-08-13T07:00+03:00']);
    expect(run(hourRules, 'Заседание начнётся в 15 ч.', 'ru')).toEqual(['в 15 ч.=2025-08-13T15:00+03:00']);
    expect(run(hourRules, 'Митинг назначен на 5 часов вечера, сбор в 5 вечера.', 'ru')).toEqual(['в 5 вечера=2025-08-13T17:00+03:00']);
    expect(run(hourRules, 'Дожди прошли в 10 регионах.', 'ru')).toEqual([]);
  });
});
