import { describe, expect, it } from 'vitest';
import { anniversaryRules } from './anniversaries';
import { found, run } from './testContext';

describe('anniversaryRules', () => {
  it('dates a numbered anniversary of a known event', () => {
    expect(run(anniversaryRules, 'КНДР отмечает 80-летие освобождения Кореи.', 'ru')).toEqual(['80-летие освобождения Кореи=2025-08-15']);
    expect(run(anniversaryRules, 'в честь 80-й годовщины освобождения Кореи', 'ru')).toEqual(['80-й годовщины освобождения Кореи=2025-08-15']);
    expect(run(anniversaryRules, 'к 80-летию Победы', 'ru')).toEqual(['80-летию Победы=2025-05-09']);
    expect(run(anniversaryRules, "the 80th anniversary of Korea's liberation", 'en')).toEqual([
      "80th anniversary of Korea's liberation=2025-08-15",
    ]);
    expect(run(anniversaryRules, 'the 80th anniversary of the end of World War II', 'en')).toEqual([
      '80th anniversary of the end of World War II=2025-09-02',
    ]);
  });

  it('dates an unnumbered anniversary by its cue', () => {
    expect(run(anniversaryRules, 'с предстоящей годовщиной освобождения Корейского полуострова', 'ru')).toEqual([
      'предстоящей годовщиной освобождения Корейского полуострова=2025-08-15',
    ]);
    expect(run(anniversaryRules, 'the upcoming anniversary of the bombing of Hiroshima', 'en')).toEqual([
      'upcoming anniversary of the bombing of Hiroshima=2026-08-06',
    ]);
  });

  it('keeps the original event', () => {
    const [m] = found('КНДР отмечает 80-летие освобождения Кореи.', 'ru').map(String);
    expect(m).toBe('80-летие освобождения Кореи=2025-08-15');
  });

  it('leaves anniversaries of unknown, undated events', () => {
    expect(run(anniversaryRules, 'компания отметила 30-летие основания', 'ru')).toEqual([]);
  });

  it('dates an anniversary of an event dated in the same sentence', () => {
    expect(found('Компания отметила 30-летие со дня основания 12 мая 1995 года.', 'ru')).toEqual([
      '30-летие со дня основания=2025-05-12', '12 мая 1995 года=1995-05-12',
    ]);
    expect(found('The firm marked the 30th anniversary of its founding in 1995.', 'en')).toEqual([
      '30th anniversary of its founding=2025', '1995=1995',
    ]);
    // 1990 + 30 is not near 2025: another date, not the original.
    expect(run(anniversaryRules, 'На 30-летии фирмы вспоминали 12 мая 1990 года.', 'ru')).toEqual([]);
  });

  it('moves a day named after a coming anniversary to that anniversary', () => {
    expect(found('Путин поздравил коллегу с предстоящей годовщиной освобождения Кореи. Он подчеркнул, что 15 августа вспоминают героев.', 'ru')).toEqual([
      'предстоящей годовщиной освобождения Кореи=2025-08-15', '15 августа=2025-08-15',
    ]);
  });
});
