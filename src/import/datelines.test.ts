import { describe, expect, it } from 'vitest';
import { findDatelines } from './datelines';

const one = (s: string) => {
  const found = findDatelines(s);
  expect(found, s).toHaveLength(1);
  const d = found[0]!;
  expect(s.slice(d.start, d.end), s).toBe(s.trim().replace(/^(Published|Updated|Опубликовано):?\s*/u, ''));
  return d;
};

describe('findDatelines', () => {
  it.each([
    ['13 августа 2025 / 10:15', [2025, 8, 13], [10, 15], null],
    ['13 августа 2025 г., 10:15 мск', [2025, 8, 13], [10, 15], 180],
    ['10:15, 13 августа 2025', [2025, 8, 13], [10, 15], null],
    ['13.08.2025 10:15 по московскому времени', [2025, 8, 13], [10, 15], 180],
    ['1 мая 2024', [2024, 5, 1], null, null],
    ['August 13, 2025 10:15 AM EDT', [2025, 8, 13], [10, 15], -240],
    ['Aug. 13, 2025, 9:05 p.m.', [2025, 8, 13], [21, 5], null],
    ['13 Aug 2025 10:15 GMT', [2025, 8, 13], [10, 15], 0],
    ['2025-08-13T10:15+03:00', [2025, 8, 13], [10, 15], 180],
    ['2025-08-13 10:15 UTC+3', [2025, 8, 13], [10, 15], 180],
    ['Published: 13 August 2025 10:15 (GMT-05:30)', [2025, 8, 13], [10, 15], -330],
  ] as const)('%s', (text, [y, m, d], time, offset) => {
    const found = one(text);
    expect(found.date).toEqual({ year: y, month: m, day: d });
    expect(found.time).toEqual(time ? { hour: time[0], minute: time[1] } : null);
    expect(found.offsetMinutes).toBe(offset);
  });

  it('keeps to its line and refuses impossible dates', () => {
    const [d] = findDatelines('Title\n13 August 2025\n10:15 next line');
    expect(d!.time).toBeNull();
    expect(findDatelines('31 июня 2025, 30.02.2024, 2025-13-01')).toEqual([]);
  });

  it('reads labels', () => {
    expect(findDatelines('Обновлено 14 августа 2025, 08:00')[0]!.label).toBe('updated');
    expect(findDatelines('Published 13 August 2025')[0]!.label).toBe('published');
  });
});
