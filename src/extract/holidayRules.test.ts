import { describe, expect, it } from 'vitest';
import { holidayRules } from './holidayRules';
import { run } from './testContext';

// Published Wednesday 13 August 2025.
describe('holidayRules', () => {
  it('dates fixed and movable English holidays by tense', () => {
    expect(run(holidayRules, 'The store will reopen before Christmas.', 'en')).toEqual(['Christmas=2025-12-25']);
    expect(run(holidayRules, 'Sales fell after Thanksgiving last year, she said; they fell at Easter.', 'en'))
      .toEqual(['Thanksgiving=2024-11-28', 'Easter=2025-04-20']);
  });

  it('dates Russian holidays in any case, Christmas by the Orthodox calendar', () => {
    expect(run(holidayRules, 'Парад прошёл в День Победы.', 'ru')).toEqual(['День Победы=2025-05-09']);
    expect(run(holidayRules, 'Магазины закроются на Рождество.', 'ru')).toEqual(['Рождество=2026-01-07']);
    expect(run(holidayRules, 'Встречу назначат после Нового года.', 'ru')).toEqual(['Нового года=2026-01-01']);
  });

  it('leaves "в новом году" (next year), which is no holiday', () => {
    expect(run(holidayRules, 'В новом году цены вырастут.', 'ru')).toEqual([]);
  });
});
