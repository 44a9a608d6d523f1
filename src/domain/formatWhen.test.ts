import { describe, expect, it } from 'vitest';
import { describePrecision, formatWhen } from './formatWhen';
import { parseEdtf, type When } from './when';

function when(text: string): When {
  const r = parseEdtf(text);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

describe('formatWhen', () => {
  it.each([
    ['2025-08-15', '15 Aug 2025'],
    ['2025-08', 'Aug 2025'],
    ['1945', '1945'],
    ['[..2025-08-12]', 'before 12 Aug 2025'],
    ['[2024..]', 'after 2024'],
    ['[2024-06..2025-08]', 'between Jun 2024 and Aug 2025'],
    ['1945~', 'c. 1945'],
    ['1945?', '1945?'],
    ['2025-08-13T10:15+03:00', '13 Aug 2025, 10:15 UTC+3'],
    ['2025-08-13T07:15Z', '13 Aug 2025, 07:15 UTC'],
    ['2022/..', 'since 2022'],
    ['2025-08-06/2025-08-15', '6 Aug 2025 – 15 Aug 2025'],
  ])('writes %s as "%s"', (edtf, words) => {
    expect(formatWhen(when(edtf), 'en-GB')).toBe(words);
  });

  it.each([
    ['2025-08-15', '15 авг. 2025 г.'],
    ['2025-08', 'авг. 2025 г.'],
    ['1945', '1945'],
    ['2025-08-13T10:15+03:00', '13 авг. 2025 г., 10:15 UTC+3'],
    ['[..2025-08-12]', 'до 12 авг. 2025 г.'],
    ['[2024..]', 'после 2024'],
    ['[2024-06..2025-08]', 'между июнь 2024 г. и авг. 2025 г.'],
    ['1945~', 'ок. 1945'],
    ['1945%', 'ок. 1945?'],
    ['2022/..', 'с 2022'],
    ['../2025-08', 'до авг. 2025 г.'],
    ['2022-03/', 'март 2022 г. – неизвестно'],
    ['2025-08-06/2025-08-15', '6 авг. 2025 г. – 15 авг. 2025 г.'],
  ])('writes %s in Russian as "%s"', (edtf, words) => {
    expect(formatWhen(when(edtf), 'ru-RU')).toBe(words);
  });

  it('says how precise a date is in the interface language', () => {
    expect(describePrecision(when('2025-08'), 'en-GB')).toBe('known to the month');
    expect(describePrecision(when('1945~'), 'en-GB')).toBe('known to the year, approximate');
    expect(describePrecision(when('2025-08-13T10:15+03:00'), 'ru-RU')).toBe('с точностью до минуты');
    expect(describePrecision(when('2025-08-15?'), 'ru')).toBe('с точностью до дня, под вопросом');
    expect(describePrecision(when('[..2025-08-12]'), 'ru-RU')).toBe('дата не указана; известна граница');
  });

  it('never shows a day for a month-precision date, in any locale', () => {
    expect(formatWhen(when('2025-08'), 'ru-RU')).not.toMatch(/\b1\b/);
    expect(formatWhen(when('2025-08'), 'ru-RU')).toContain('2025');
  });

  it('does not move a date across midnight in the pinned far-east time zone', () => {
    // The test runner's zone is Pacific/Chatham (UTC+12:45/+13:45): local-time code would show 20 June.
    expect(formatWhen(when('2024-06-19'), 'en-GB')).toBe('19 Jun 2024');
    expect(formatWhen(when('2024-06-19'), 'ru-RU')).toBe('19 июн. 2024 г.');
  });
});
