import { describe, expect, it } from 'vitest';
import { holidayDay, holidayRules } from './holidayRules';
import { PUBLISHED, run } from './testContext';

// Published Wednesday 13 August 2025.
describe('holidayRules', () => {
  it('dates fixed and movable English holidays by tense', () => {
    expect(run(holidayRules, 'The store will reopen before Christmas.', 'en')).toEqual(['Christmas=2025-12-25']);
    expect(run(holidayRules, 'Sales fell after Thanksgiving last year, she said; they fell at Easter.', 'en'))
      .toEqual(['Thanksgiving=2024-11-28', 'Easter=2025-04-20']);
  });

  it('dates the US Election Day, the Tuesday after the first Monday of November', () => {
    expect(run(holidayRules, 'The campaign runs until Election Day.', 'en')).toEqual(['Election Day=2025-11-04']);
    expect(holidayDay('US', 'Election Day', 2024)).toEqual({ year: 2024, month: 11, day: 5 });
  });

  it('dates Russian holidays in any case, Christmas by the Orthodox calendar', () => {
    expect(run(holidayRules, 'Парад прошёл в День Победы.', 'ru')).toEqual(['День Победы=2025-05-09']);
    expect(run(holidayRules, 'Магазины закроются на Рождество.', 'ru')).toEqual(['Рождество=2026-01-07']);
    expect(run(holidayRules, 'Встречу назначат после Нового года.', 'ru')).toEqual(['Нового года=2026-01-01']);
  });

  it('resolves every named holiday from the slimmed data, Easter by both computuses', () => {
    const day = (country: 'US' | 'RU', name: string, year: number) => {
      const d = holidayDay(country, name, year);
      return d && `${d.year}-${d.month}-${d.day}`;
    };
    expect(day('US', 'Christmas Day', 2024)).toBe('2024-12-25');
    expect(day('US', 'Easter Sunday', 2024)).toBe('2024-3-31');
    expect(day('US', 'Orthodox Easter', 2024)).toBe('2024-5-5');
    expect(day('US', 'Thanksgiving Day', 2024)).toBe('2024-11-28');
    expect(day('RU', 'Новый год', 2024)).toBe('2024-1-1');
    expect(day('RU', 'День Победы', 2024)).toBe('2024-5-9');
    expect(day('RU', 'Рождество Христово', 2024)).toBe('2024-1-7');
    expect(day('RU', 'Пасха', 2024)).toBe('2024-5-5');
    expect(day('RU', 'Католическая Пасха', 2024)).toBe('2024-3-31');
  });

  it('reads Easter as Orthodox in Russian unless called Catholic, Western in English unless called Orthodox', () => {
    const spring2024 = { ...PUBLISHED, year: 2024, month: 6, day: 1 };
    expect(run(holidayRules, 'На Пасху в храмах было людно.', 'ru', spring2024)).toEqual(['Пасху=2024-05-05']);
    expect(run(holidayRules, 'Католическая Пасха пришлась на 31 марта.', 'ru', spring2024)).toEqual(['Католическая Пасха=2024-03-31']);
    expect(run(holidayRules, 'Churches were full at Easter and again at Orthodox Easter.', 'en', spring2024))
      .toEqual(['Easter=2024-03-31', 'Orthodox Easter=2024-05-05']);
  });

  it('leaves "в новом году" (next year), which is no holiday', () => {
    expect(run(holidayRules, 'В новом году цены вырастут.', 'ru')).toEqual([]);
  });
});
