import { describe, expect, it } from 'vitest';
import { relativeRules } from './relativeRules';
import { found, run } from './testContext';

describe('relativeRules', () => {
  it('reads a month or a day with a relative year', () => {
    expect(run(relativeRules, 'в мае прошлого года', 'ru')).toEqual(['в мае прошлого года=2024-05']);
    expect(run(relativeRules, '12 мая прошлого года', 'ru')).toEqual(['12 мая прошлого года=2024-05-12']);
    expect(run(relativeRules, 'в декабре следующего года', 'ru')).toEqual(['в декабре следующего года=2026-12']);
    expect(run(relativeRules, 'June last year', 'en')).toEqual(['June last year=2024-06']);
    expect(run(relativeRules, 'in March of next year', 'en')).toEqual(['in March of next year=2026-03']);
  });

  it('reads Russian relative years and months', () => {
    expect(run(relativeRules, 'В текущем году запланировано 17 пусков.', 'ru')).toEqual(['В текущем году=2025']);
    expect(run(relativeRules, 'в позапрошлом году', 'ru')).toEqual(['в позапрошлом году=2023']);
    expect(run(relativeRules, 'в следующем месяце', 'ru')).toEqual(['в следующем месяце=2025-09']);
    expect(run(relativeRules, 'в прошлом месяце', 'ru', { year: 2025, month: 1, day: 5, hour: 9, minute: 0, offsetMinutes: 180 })).toEqual([
      'в прошлом месяце=2024-12',
    ]);
  });

  it('reads relative weeks as Monday to Sunday', () => {
    expect(run(relativeRules, 'на прошлой неделе', 'ru')).toEqual(['на прошлой неделе=2025-08-04/2025-08-10']);
    expect(run(relativeRules, 'на следующей неделе', 'ru')).toEqual(['на следующей неделе=2025-08-18/2025-08-24']);
    expect(run(relativeRules, 'last week', 'en')).toEqual(['last week=2025-08-04/2025-08-10']);
    expect(run(relativeRules, 'earlier this week', 'en')).toEqual(['earlier this week=2025-08-11/2025-08-17']);
    expect(run(relativeRules, 'last weekend', 'en')).toEqual(['last weekend=2025-08-09/2025-08-10']); // a weekend, not a week
  });

  it('reads weekends by cue or tense', () => {
    expect(run(relativeRules, 'В выходные прошли протесты.', 'ru')).toEqual(['В выходные=2025-08-09/2025-08-10']);
    expect(run(relativeRules, 'На выходных пройдет фестиваль.', 'ru')).toEqual(['На выходных=2025-08-16/2025-08-17']);
    expect(run(relativeRules, 'в минувшие выходные', 'ru')).toEqual(['в минувшие выходные=2025-08-09/2025-08-10']);
    expect(run(relativeRules, 'Protests took place over the weekend.', 'en')).toEqual(['over the weekend=2025-08-09/2025-08-10']);
    expect(run(relativeRules, 'next weekend', 'en')).toEqual(['next weekend=2025-08-16/2025-08-17']);
    expect(run(relativeRules, 'выходные дни', 'ru')).toEqual([]);
  });

  it('wins over chrono-node in the engine', () => {
    expect(found('В мае прошлого года стороны встретились.', 'ru')).toEqual(['мае прошлого года=2024-05']);
    expect(found('Last week, the ministry said.', 'en')).toEqual(['Last week=2025-08-04/2025-08-10']);
  });

  it('leaves "last August" to chrono-node with its cue', () => {
    expect(found('Last August, the company cut jobs.', 'en')).toEqual(['Last August=2024-08']);
    expect(found('Next March the plant will open.', 'en')).toEqual(['Next March=2026-03']);
  });
});
