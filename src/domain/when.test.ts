import { describe, expect, it } from 'vitest';
import { extentOf, formatEdtf, parseEdtf, rangeOfDate, utc, type When } from './when';

function when(text: string): When {
  const r = parseEdtf(text);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

describe('parseEdtf', () => {
  it.each([
    ['2024-06-19', 'day'],
    ['2025-08', 'month'],
    ['1945', 'year'],
    ['2025-08-13T10:15+03:00', 'minute'],
  ])('reads %s at %s precision', (text, precision) => {
    const w = when(text);
    expect(w.type).toBe('point');
    if (w.type === 'point') expect(w.at.date.precision).toBe(precision);
  });

  it('keeps the offset of a date-time', () => {
    const w = when('2025-08-13T10:15+03:00');
    expect(w.type === 'point' && w.at.date.offsetMinutes).toBe(180);
  });

  it('reads qualifiers', () => {
    expect(when('1945~')).toMatchObject({ type: 'point', at: { approximate: true, uncertain: false } });
    expect(when('1945?')).toMatchObject({ type: 'point', at: { approximate: false, uncertain: true } });
    expect(when('1945-08%')).toMatchObject({ type: 'point', at: { approximate: true, uncertain: true } });
  });

  it('reads spans with open and unknown ends', () => {
    expect(when('2025-08-06/2025-08-15')).toMatchObject({ type: 'span' });
    expect(when('2022/..')).toMatchObject({ type: 'span', end: 'open' });
    expect(when('/2025')).toMatchObject({ type: 'span', start: 'unknown' });
  });

  it('reads bounds: before, after, between', () => {
    expect(when('[..2025-08-12]')).toMatchObject({ type: 'bounded', earliest: null, latest: { year: 2025, month: 8, day: 12 } });
    expect(when('[2024..]')).toMatchObject({ type: 'bounded', earliest: { year: 2024 }, latest: null });
    expect(when('[2024-06..2025-08-12]').type).toBe('bounded');
  });

  it.each([
    ['', 'empty'],
    ['2025-13', 'month 13'],
    ['2025-02-29', 'day 29'],
    ['2025-08-12T25:00', 'out of range'],
    ['12 August', 'not a date'],
    ['2025/2024', 'ends before it starts'],
    ['[..]', 'at least one end'],
    ['../..', 'at least one known end'],
    ['{2024,2025}', 'one-of sets'],
  ])('rejects %j with a reason (%s)', (text, fragment) => {
    const r = parseEdtf(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(fragment);
  });

  it('accepts 29 February in a leap year only', () => {
    expect(parseEdtf('2024-02-29').ok).toBe(true);
    expect(parseEdtf('1900-02-29').ok).toBe(false);
    expect(parseEdtf('2000-02-29').ok).toBe(true);
  });

  it.each(['2024-06-19', '2025-08', '1945~', '2025-08-13T10:15+03:00', '2025-08-13T07:15Z', '[..2025-08-12]', '[2024..]', '2022/..', '2025-08-06/2025-08-15', '-0044-03-15'])(
    'writes %s back unchanged',
    (text) => {
      expect(formatEdtf(when(text))).toBe(text);
    },
  );
});

describe('rangeOfDate', () => {
  it('covers a whole month for a month-precision date', () => {
    const w = when('2025-08');
    if (w.type !== 'point') throw new Error();
    expect(rangeOfDate(w.at.date)).toEqual({ start: Date.UTC(2025, 7, 1), end: Date.UTC(2025, 8, 1) });
  });

  it('places a Moscow date-time at its UTC instant', () => {
    const w = when('2025-08-13T10:15+03:00');
    if (w.type !== 'point') throw new Error();
    expect(new Date(rangeOfDate(w.at.date).start).toISOString()).toBe('2025-08-13T07:15:00.000Z');
  });

  it('handles years before 100 without the 1900s shift', () => {
    expect(new Date(utc(44, 2, 15)).getUTCFullYear()).toBe(44);
  });
});

describe('extentOf', () => {
  it('draws a day as a point covering the day', () => {
    const e = extentOf(when('2024-06-19'));
    expect(e).toMatchObject({ isPoint: true, precision: 'day', unknownBefore: false, unknownAfter: false, approximate: false });
    expect(e.end - e.start).toBe(86_400_000);
  });

  it('orders "before 12 Aug 2025" at its known bound and flags the unknown side', () => {
    const e = extentOf(when('[..2025-08-12]'));
    expect(e).toMatchObject({ unknownBefore: true, unknownAfter: false, isPoint: false, approximate: true });
    expect(e.reference).toBe(Date.UTC(2025, 7, 12));
    expect(e.end).toBe(Date.UTC(2025, 7, 13));
  });

  it('spans from the start of the first date to the end of the last', () => {
    const e = extentOf(when('2025-08-06/2025-08-15'));
    expect(e.start).toBe(Date.UTC(2025, 7, 6));
    expect(e.end).toBe(Date.UTC(2025, 7, 16));
    expect(e.isPoint).toBe(false);
  });

  it('flags an open end', () => {
    expect(extentOf(when('2022/..'))).toMatchObject({ unknownAfter: true, start: Date.UTC(2022, 0, 1) });
  });
});
