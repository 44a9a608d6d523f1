import { describe, expect, it } from 'vitest';
import { parseDateEntry } from './dateEntry';

describe('parseDateEntry', () => {
  it.each([
    ['15.08.2025', '2025-08-15'],
    ['5.8.2025', '2025-08-05'],
    ['08.2025', '2025-08'],
    ['15 августа 2025', '2025-08-15'],
    ['15 авг. 2025 г.', '2025-08-15'],
    ['1 мая 2025', '2025-05-01'],
    ['3 марта 2024 года', '2024-03-03'],
    ['март 2022', '2022-03'],
    ['1945', '1945'],
    ['ок. 1945', '1945~'],
  ])('reads the Russian "%s" as %s', (typed, edtf) => {
    expect(parseDateEntry(typed, 'ru-RU')).toBe(edtf);
  });

  it.each([
    ['15 Aug 2025', '2025-08-15'],
    ['15 August 2025', '2025-08-15'],
    ['Aug 15, 2025', '2025-08-15'],
    ['August 2025', '2025-08'],
    ['Sept 2025', '2025-09'],
    ['2025-08-15', '2025-08-15'],
    ['c. 1945', '1945~'],
  ])('reads the English "%s" as %s', (typed, edtf) => {
    expect(parseDateEntry(typed, 'en-GB')).toBe(edtf);
  });

  it('never reads a date in the other language’s order, nor an impossible one', () => {
    // 03.04.2025 is 3 April in Russian; English takes no dotted numeric date, so it is never guessed.
    expect(parseDateEntry('03.04.2025', 'ru-RU')).toBe('2025-04-03');
    expect(parseDateEntry('03.04.2025', 'en-GB')).toBeNull();
    expect(parseDateEntry('31.02.2025', 'ru-RU')).toBeNull();
    expect(parseDateEntry('15 Foo 2025', 'en-GB')).toBeNull();
    expect(parseDateEntry('15 Au 2025', 'en-GB')).toBeNull();
    expect(parseDateEntry('', 'ru-RU')).toBeNull();
  });
});
