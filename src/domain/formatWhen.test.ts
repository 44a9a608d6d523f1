import { describe, expect, it } from 'vitest';
import { formatWhen } from './formatWhen';
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
    expect(formatWhen(when(edtf))).toBe(words);
  });

  it('never shows a day for a month-precision date, in any locale', () => {
    expect(formatWhen(when('2025-08'), 'ru-RU')).not.toMatch(/\b1\b/);
    expect(formatWhen(when('2025-08'), 'ru-RU')).toContain('2025');
  });

  it('does not move a date across midnight in the pinned far-east time zone', () => {
    // The test runner's zone is Pacific/Chatham (UTC+12:45/+13:45): local-time code would show 20 June.
    expect(formatWhen(when('2024-06-19'))).toBe('19 Jun 2024');
  });
});
