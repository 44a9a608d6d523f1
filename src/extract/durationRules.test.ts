import { describe, expect, it } from 'vitest';
import { durationRules, durationValue } from './durationRules';
import { extract } from './extract';
import { ctxOf } from './testContext';

const published = '2025-08-13T10:15+03:00';
const run = (text: string, lang: 'ru' | 'en') => durationRules(ctxOf(text, lang)).map((c) => `${c.text}=${c.value}:${c.type}`);

describe('durationValue', () => {
  it('writes ISO 8601 durations, decades and centuries in years, vague counts with X', () => {
    expect(durationValue(3, 'Y')).toBe('P3Y');
    expect(durationValue(2, 'DE')).toBe('P20Y');
    expect(durationValue(5, 'TH')).toBe('PT5H');
    expect(durationValue('X', 'M')).toBe('PXM');
    expect(durationValue(1.5, 'Y')).toBe('P1Y6M');
  });
});

describe('durationRules', () => {
  it('finds English durations in digits and words', () => {
    expect(run('The strike lasted 12 days and the talks two weeks.', 'en')).toEqual(['12 days=P12D:duration', 'two weeks=P2W:duration']);
    expect(run('Prices rose over the past several months.', 'en')).toEqual(['the past several months=PXM:duration']);
  });

  it('finds Russian durations in every case', () => {
    expect(run('Забастовка длилась пять дней, переговоры — около двух недель.', 'ru')).toEqual(['пять дней=P5D:duration', 'двух недель=P2W:duration']);
    expect(run('Строительство заняло полтора года? Нет, 3 года.', 'ru')).toEqual(['полтора года=P1Y6M:duration', '3 года=P3Y:duration']);
  });

  it('leaves a count from another date to the dating rules', () => {
    expect(run('A year earlier the plant had closed.', 'en')).toEqual([]);
    expect(run('Три дня назад завод закрыли.', 'ru')).toEqual([]);
    // The measure of a noun is a duration in TimeML ("a 6-year term"); only an age is not.
    expect(run('She began a 6-year term.', 'en')).toEqual(['6-year=P6Y:duration']);
    expect(run('An 8-month-old baby was found.', 'en')).toEqual([]);
  });

  it('finds recurrences as sets', () => {
    expect(run('The board meets every week and reports annually.', 'en')).toEqual(['every week=P1W:set', 'annually=P1Y:set']);
    expect(run('Отчёт публикуют ежегодно, а собрания проходят каждую неделю.', 'ru')).toEqual(['каждую неделю=P1W:set', 'ежегодно=P1Y:set']);
  });

  it('finds vague references to the present, past and future', () => {
    expect(run('Prices are now high; recently they fell. In the future?', 'en')).toEqual(['now=PRESENT_REF:date', 'recently=PAST_REF:date', 'the future=FUTURE_REF:date']);
    expect(run('Сейчас цены высоки, недавно они упали, в будущем вырастут.', 'ru')).toEqual(['Сейчас=PRESENT_REF:date', 'недавно=PAST_REF:date', 'в будущем=FUTURE_REF:date']);
  });
});

describe('durations, sets and references in the engine', () => {
  it('are typed but never become candidate events', () => {
    const r = extract('The plant was closed for three years. Inspections now happen every month.', { published, lang: 'en' });
    expect(r.mentions.map((m) => `${m.text}:${m.type}`)).toEqual(['three years:duration', 'now:date', 'every month:set']);
    expect(r.events.filter((e) => e.kind !== 'report')).toEqual([]);
    expect(r.events.every((e) => !/^P|_REF$/u.test(e.when))).toBe(true);
  });

  it('reads a count before "after" or "before" an event as a duration, and bare units after "for"', () => {
    expect(run('It took twenty years after the first astronauts were chosen, and 90 days before the vote.', 'en')).toEqual(['twenty years=P20Y:duration', '90 days=P90D:duration']);
    expect(run('Через 20 лет после войны всё изменилось.', 'ru')).toEqual(['20 лет=P20Y:duration']);
    expect(run('For weeks they rallied; troops come within weeks, for the first time in years.', 'en')).toEqual(['weeks=PXW:duration', 'weeks=PXW:duration', 'years=PXY:duration']);
    expect(run('Они годами спорили и неделями ждали.', 'ru')).toEqual(['годами=PXY:duration', 'неделями=PXW:duration']);
    // Counted from another date: none of these is a stretch of time.
    expect(run('A year earlier it fell; three days ago it rose; he left a day before.', 'en')).toEqual([]);
  });

  it('leaves ages, fractions, rates and names alone', () => {
    expect(run('He is 52 years old; Iraq imports three-quarters of its food; four flights a week cost $500 million a year.', 'en')).toEqual([]);
    expect(run('He spoke on 60 Minutes.', 'en')).toEqual([]);
    expect(run('It took a week, and within a year it ended.', 'en')).toEqual(['a week=P1W:duration', 'a year=P1Y:duration']);
  });

  it('reads compound numbers, couples and halves', () => {
    expect(run('It took 2 1/2 years, 5 1/2 hours, a minute and a half, twenty-four hours and a couple of years.', 'en')).toEqual([
      '2 1/2 years=P2Y6M:duration', '5 1/2 hours=PT5H30M:duration', 'twenty-four hours=PT24H:duration', 'a couple of years=P2Y:duration', 'a minute and a half=PT1M30S:duration',
    ]);
    expect(run('Это длилось полтора года и два с половиной месяца.', 'ru')).toEqual(['полтора года=P1Y6M:duration', 'два с половиной месяца=P2M15D:duration']);
    expect(durationValue(1.5, 'D')).toBe('P1DT12H');
  });

  it('finds vague stretches and compound adjectives in both languages', () => {
    expect(run('Prices rose in recent years and will fall in the coming weeks.', 'en')).toEqual(['recent years=PXY:duration', 'the coming weeks=PXW:duration']);
    expect(run('Цены росли в последние годы и упадут в ближайшие недели.', 'ru')).toEqual(['последние годы=PXY:duration', 'ближайшие недели=PXW:duration']);
    expect(run('He signed a two-year contract after a 16-hour shift.', 'en')).toEqual(['two-year=P2Y:duration', '16-hour=PT16H:duration']);
    expect(run('Он подписал двухлетний контракт после трёхдневного визита.', 'ru')).toEqual(['двухлетний=P2Y:duration', 'трёхдневного=P3D:duration']);
    expect(run('Two years ago, and несколько лет назад.', 'en')).toEqual([]);
  });
});
