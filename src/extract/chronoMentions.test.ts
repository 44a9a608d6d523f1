import { describe, expect, it } from 'vitest';
import { chronoMentions } from './chronoMentions';
import { ctxOf } from './testContext';

const of = (text: string, lang: 'ru' | 'en', resolve = true) =>
  chronoMentions(ctxOf(text, lang), { resolve }).map((m) => `${m.text}=${m.value} ${m.rule}`);

describe('chronoMentions: weekdays by tense and cue', () => {
  it('reads Russian weekdays', () => {
    expect(of('Во вторник пресс-служба Кремля сообщила о разговоре.', 'ru')).toEqual(['Во вторник=2025-08-12 weekday-by-tense']);
    expect(of('В минувшую пятницу Путин встретился с Трампом.', 'ru')).toEqual(['В минувшую пятницу=2025-08-08 weekday-by-cue']);
    expect(of('В прошлую среду прошли переговоры.', 'ru')).toEqual(['В прошлую среду=2025-08-06 weekday-by-cue']);
    expect(of('В предстоящую пятницу состоится саммит.', 'ru')).toEqual(['В предстоящую пятницу=2025-08-15 weekday-by-cue']);
    // The verb of the clause ("продолжатся"), not the reporting verb, sets the tense.
    expect(of('В понедельник переговоры продолжатся, заявил он.', 'ru')).toEqual(['В понедельник=2025-08-18 weekday-by-tense']);
    expect(of('Переговоры пройдут в понедельник.', 'ru')).toEqual(['в понедельник=2025-08-18 weekday-by-tense']);
  });

  it('reads English weekdays', () => {
    expect(of('On Tuesday, the Kremlin said the call took place.', 'en')).toEqual(['On Tuesday=2025-08-12 weekday-by-tense']);
    expect(of('The vote is scheduled for Friday.', 'en')).toEqual(['Friday=2025-08-15 weekday-by-tense']);
    expect(of('Ministers met last Wednesday.', 'en')).toEqual(['last Wednesday=2025-08-06 weekday-by-cue']);
    expect(of('The upcoming Monday meeting was cancelled.', 'en')).toEqual(['upcoming Monday=2025-08-18 weekday-by-cue']);
  });
});

describe('chronoMentions: years by tense', () => {
  it('puts a past-tense day without a year before the publication', () => {
    expect(of('Завод закрыли 15 декабря.', 'ru')).toEqual(['15 декабря=2024-12-15 chrono+year-by-tense']);
    expect(of('Завод откроется 15 января.', 'ru')).toEqual(['15 января=2026-01-15 chrono+year-by-tense']);
    expect(of('The plant was closed on December 15.', 'en')).toEqual(['on December 15=2024-12-15 chrono+year-by-tense']);
    expect(of('The summit will be held on December 15.', 'en')).toEqual(['on December 15=2025-12-15 chrono+year-by-tense']);
  });

  it('uses a weekday written with the day to choose the year', () => {
    expect(of('в пятницу, 15 августа', 'ru')).toEqual(['в пятницу, 15 августа=2025-08-15 chrono+year-by-tense']);
    expect(of('Они встретились в четверг, 15 августа.', 'ru')).toEqual(['в четверг, 15 августа=2024-08-15 chrono+year-by-tense']);
  });

  it('keeps explicit dates and relative words', () => {
    expect(of('10 сентября 2024 г. и вчера', 'ru')).toEqual(['10 сентября 2024 г=2024-09-10 chrono', 'вчера=2025-08-12 chrono']);
    expect(of('yesterday and 2 days ago', 'en')).toEqual(['yesterday=2025-08-12 chrono', '2 days ago=2025-08-11 chrono']);
  });

  it('drops words that only look like dates', () => {
    expect(of('He may march to the sun with 10 men.', 'en')).toEqual([]);
    expect(of('в 10 регионах сейчас', 'ru')).toEqual([]);
    // Counted from the story, not from the publication.
    expect(of('A day earlier, on Friday, the EU approved sanctions.', 'en')).toEqual(['on Friday=2025-08-08 weekday-by-tense']);
  });
});

describe('chronoMentions: dates inside a noun phrase', () => {
  it('takes the nearest day for a date that modifies a noun, whatever the verb', () => {
    // Published 13 August 2025: the Aug. 20 deadline is a week ahead, though "gave" is past.
    expect(of('He gave no reason for the Aug. 20 deadline.', 'en')).toEqual(['Aug. 20=2025-08-20 chrono+year-by-tense']);
    expect(of('They were searching since shortly after the Aug. 20 slaying.', 'en')).toEqual(['Aug. 20=2024-08-20 chrono+year-by-tense']);
    expect(of('He gave a speech on Aug. 20 to the board.', 'en')).toEqual(['on Aug. 20=2024-08-20 chrono+year-by-tense']);
  });

  it('puts a possessive weekday with no tense around it in the past', () => {
    // Published on a Wednesday: Thursday's price is last week's, not tomorrow's.
    expect(of('A premium over Thursday\'s closing price.', 'en')).toEqual(['Thursday=2025-08-07 weekday-by-tense']);
  });
});

describe('chronoMentions: stretches of time that chrono-node dates', () => {
  it('drops "after ten years of boom" and bare "the years"', () => {
    expect(of('After ten years of boom, they talk of layoffs; after 22 months, no proof.', 'en')).toEqual([]);
    expect(of('In the years that followed, and in past years, prices rose.', 'en')).toEqual([]);
    expect(of('He left after 5 p.m.', 'en')).toHaveLength(1);
  });
});

describe('chronoMentions: a part of the day before a date', () => {
  it('reads the date of "the night of Friday, Aug. 8" rather than losing it', () => {
    expect(of('He was shot on the night of Friday, Aug. 8, at home.', 'en')).toEqual(['Friday, Aug. 8=2025-08-08 chrono+year-by-tense']);
  });
});

describe('chronoMentions: weeks ago', () => {
  it('gives "six weeks ago" the week, not a day', () => {
    // Published Wednesday 13 August 2025: six weeks back is the week of 30 June.
    expect(of('He came six weeks ago.', 'en')).toEqual(['six weeks ago=2025-06-30/2025-07-06 weeks-ago']);
    expect(of('Он приехал две недели назад.', 'ru')).toEqual(['две недели назад=2025-07-28/2025-08-03 weeks-ago']);
  });
});

describe('chronoMentions: the baseline', () => {
  it('keeps chrono-node\'s own choices', () => {
    expect(of('Завод закрыли 15 декабря.', 'ru', false)).toEqual(['15 декабря=2025-12-15 chrono']);
    expect(of('В минувшую пятницу Путин встретился с Трампом.', 'ru', false)).toEqual(['пятницу=2025-08-15 chrono']);
  });
});

describe('chronoMentions: deadlines and schedules take the nearest day', () => {
  it('reads a day after a deadline word as the nearest one, whatever the tense of the report', () => {
    // Published 13 August 2025: a past report of a deadline three weeks on.
    expect(of('The offer had been set to expire Sept. 5.', 'en')).toEqual(['Sept. 5=2025-09-05 chrono+year-by-tense']);
    expect(of('The board declared a dividend payable Sept. 1.', 'en')).toEqual(['Sept. 1=2025-09-01 chrono+year-by-tense']);
    expect(of('Срок подачи заявок продлили до 1 сентября.', 'ru')).toEqual(['1 сентября=2025-09-01 chrono+year-by-tense']);
    // Without such a word the tense still decides.
    expect(of('The plant closed Sept. 5.', 'en')).toEqual(['Sept. 5=2024-09-05 chrono+year-by-tense']);
  });
});

describe('chronoMentions: English numbers that chrono reads as times or days', () => {
  it('leaves prices, fractions and three-letter names alone', () => {
    expect(of('Earnings were 1.35 a share, up from 1.12 a share.', 'en')).toEqual([]);
    expect(of('The stock rose 3/8 to 33 1/4; the index closed at 2.46.', 'en')).toEqual([]);
    expect(of('The Baltimore Sun reported it.', 'en')).toEqual([]);
  });

  it('still reads clock times, dates and abbreviations with a full stop', () => {
    expect(of('The market opened at 9.30 a.m.', 'en')).toEqual(['at 9.30 a.m.=2025-08-13T09:30+03:00 chrono-time']);
    expect(of('Filed 3/12/2024.', 'en')).toEqual(['3/12/2024=2024-03-12 chrono']);
    expect(of('Open Sun. and Mon.', 'en')[0]).toMatch(/^Sun\.=/u);
  });

  it('keeps them in the chrono-only baseline', () => {
    expect(of('Earnings were 1.35 a share.', 'en', false)).toHaveLength(1);
  });
});
