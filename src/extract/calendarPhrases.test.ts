import { describe, expect, it } from 'vitest';
import { calendarPhrases } from './calendarPhrases';
import { extract } from './extract';
import { found, run } from './testContext';

// Published Wednesday 13 August 2025, 10:15 Moscow time.
describe('calendarPhrases', () => {
  it('reads two-digit range ends in both languages', () => {
    expect(run(calendarPhrases, 'In 1998–99 prices fell, and in the 2019/20 season too.', 'en')).toEqual(['1998–99=1998/1999', '2019/20=2019/2020']);
    expect(run(calendarPhrases, 'Сезон 2019/20 был трудным, как и 1998-99 годы.', 'ru')).toEqual(['2019/20=2019/2020', '1998-99=1998/1999']);
    // Not a range: a later year must follow, within a decade.
    expect(run(calendarPhrases, 'Rooms 2019/18 and 2019-45.', 'en')).toEqual([]);
  });

  it('dates a weekday of a named week', () => {
    expect(run(calendarPhrases, 'They meet on Thursday of the following week.', 'en')).toEqual(['on Thursday of the following week=2025-08-21']);
    expect(run(calendarPhrases, 'It happened on Monday of last week.', 'en')).toEqual(['on Monday of last week=2025-08-04']);
    expect(run(calendarPhrases, 'Встреча состоится в четверг на будущей неделе.', 'ru')).toEqual(['в четверг на будущей неделе=2025-08-21']);
    expect(run(calendarPhrases, 'Это было во вторник на прошлой неделе.', 'ru')).toEqual(['во вторник на прошлой неделе=2025-08-05']);
  });

  it('dates ordinal weekdays of a month', () => {
    expect(run(calendarPhrases, 'on the second Monday of March 2026', 'en')).toEqual(['on the second Monday of March 2026=2026-03-09']);
    expect(run(calendarPhrases, 'the last Friday of the month', 'en')).toEqual(['the last Friday of the month=2025-08-29']);
    expect(run(calendarPhrases, 'в последнюю пятницу месяца', 'ru')).toEqual(['в последнюю пятницу месяца=2025-08-29']);
    expect(run(calendarPhrases, 'во второй понедельник марта 2026 года', 'ru')).toEqual(['во второй понедельник марта 2026 года=2026-03-09']);
  });

  it('reads the last or next N units as an interval for the event and a duration for TimeML', () => {
    expect(run(calendarPhrases, 'Prices rose over the past five days.', 'en')).toEqual(['the past five days=2025-08-08/2025-08-13']);
    expect(run(calendarPhrases, 'За последние 3 месяца цены выросли.', 'ru')).toEqual(['За последние 3 месяца=2025-05-13/2025-08-13']);
    expect(run(calendarPhrases, 'В ближайшие две недели всё решится.', 'ru')).toEqual(['В ближайшие две недели=2025-08-13/2025-08-27']);
    const r = extract('Prices rose over the past five days.', { published: '2025-08-13T10:15+03:00', lang: 'en' });
    expect(r.mentions.map((m) => `${m.text}=${m.type}:${m.value}`)).toEqual(['the past five days=duration:P5D']);
    expect(r.events.map((e) => e.when)).toEqual(['2025-08-08/2025-08-13']);
  });

  it('reads open intervals as EDTF', () => {
    expect(found('Prices fell after 2018 and must be set no later than 2030.', 'en')).toEqual(['2018=2019/..', '2030=[..2030]']);
    expect(found('Цены падали после 2018 года; решение примут не позднее 2030 года.', 'ru')).toEqual(['2018 года=2019/..', '2030 года=[..2030]']);
  });

  it('reads recurrences on a weekday as TimeML sets, never events', () => {
    expect(found('He runs every Monday.', 'en')).toEqual(['every Monday=XXXX-WXX-1']);
    expect(found('Он бегает каждый понедельник и по средам.', 'ru')).toEqual(['каждый понедельник=XXXX-WXX-1', 'средам=XXXX-WXX-3']);
    expect(extract('He runs every Monday.', { published: '2025-08-13T10:15+03:00', lang: 'en' }).events).toEqual([]);
  });

  it('keeps a part of the day with its day', () => {
    expect(run(calendarPhrases, 'This morning he left; yesterday evening he arrived.', 'en')).toEqual(['This morning=2025-08-13', 'yesterday evening=2025-08-12']);
    expect(run(calendarPhrases, 'Вчера днём он уехал, а завтра вечером вернётся.', 'ru')).toEqual(['Вчера днём=2025-08-12', 'завтра вечером=2025-08-14']);
  });

  it('reads an English month after a cue word, and leaves the modal verb alone', () => {
    expect(run(calendarPhrases, 'The presidents signed it last May; they meet again next March. You may march.', 'en')).toEqual(['last May=2025-05', 'next March=2026-03']);
    expect(run(calendarPhrases, 'Last August it rained.', 'en')).toEqual(['Last August=2024-08']);
  });

  it('reads the beginning, middle and end of a week in both languages', () => {
    expect(run(calendarPhrases, 'At the end of this week talks resume; early next week they meet; by the end of next week it is done.', 'en')).toEqual([
      'At the end of this week=2025-08-15/2025-08-17', 'early next week=2025-08-18/2025-08-19', 'by the end of next week=[..2025-08-24]',
    ]);
    expect(run(calendarPhrases, 'В конце недели пройдут переговоры, а в начале прошлой недели было тихо.', 'ru')).toEqual([
      'В конце недели=2025-08-15/2025-08-17', 'в начале прошлой недели=2025-08-04/2025-08-05',
    ]);
  });

  it('reads "the week of March 6" as the week of that day', () => {
    expect(run(calendarPhrases, 'A hearing is set for the week of March 6, 2026.', 'en')).toEqual(['the week of March 6, 2026=2026-03-02/2026-03-08']);
    expect(run(calendarPhrases, 'The hearing may come the week of Sept. 1.', 'en')).toEqual(['the week of Sept. 1=2025-09-01/2025-09-07']);
  });

  it('reads Russian numeric and ordinal days without a year', () => {
    expect(run(calendarPhrases, 'Собрание назначено на 03.09.', 'ru')).toEqual(['03.09=2025-09-03']);
    expect(run(calendarPhrases, 'Выставка пройдёт 7–9.11.', 'ru')).toEqual(['7–9.11=2025-11-07/2025-11-09']);
    expect(run(calendarPhrases, 'Встреча прошла 3-е мая, а следующая будет 21-го сентября.', 'ru')).toEqual(['3-е мая=2025-05-03', '21-го сентября=2025-09-21']);
    // Amounts are no days.
    expect(run(calendarPhrases, 'Курс вырос на 1.05 руб., инфляция 3.05%, цена 12.10.2024.', 'ru')).toEqual([]);
  });
});
