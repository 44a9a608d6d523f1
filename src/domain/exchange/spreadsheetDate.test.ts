import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseEdtf } from '../when';
import { coarsen, guessDayMonthOrder, parseDateCell } from './spreadsheetDate';

describe('parseDateCell', () => {
  it.each([
    ['2025-08-15', '2025-08-15', 'day'],
    ['2025-08', '2025-08', 'month'],
    ['2025', '2025', 'year'],
    ['1945~', '1945~', 'year'],
    ['[..2025-08-12]', '[..2025-08-12]', 'day'],
    ['2025-08-15T10:15:00Z', '2025-08-15T10:15:00Z', 'minute'],
    ['2025-08-15 10:15', '2025-08-15T10:15', 'minute'],
    ['15.08.2025', '2025-08-15', 'day'],
    ['5.8.2025', '2025-08-05', 'day'],
    ['Aug 15 2025', '2025-08-15', 'day'],
    ['Aug 15, 2025', '2025-08-15', 'day'],
    ['August 15th, 2025', '2025-08-15', 'day'],
    ['15 August 2025', '2025-08-15', 'day'],
    ['August 2025', '2025-08', 'month'],
    ['Sept 2025', '2025-09', 'month'],
    ['15 августа 2025', '2025-08-15', 'day'],
    ['19 июня 2024 г.', '2024-06-19', 'day'],
    ['9 мая 1945', '1945-05-09', 'day'],
    ['08/2025', '2025-08', 'month'],
  ])('reads %j as %s (%s)', (cell, edtf, precision) => {
    expect(parseDateCell(cell)).toEqual({ ok: true, edtf, precision });
  });

  it('reads slashed dates in the order chosen', () => {
    expect(parseDateCell('08/15/2025', 'month-first')).toEqual({ ok: true, edtf: '2025-08-15', precision: 'day' });
    expect(parseDateCell('15/08/2025', 'day-first')).toEqual({ ok: true, edtf: '2025-08-15', precision: 'day' });
    expect(parseDateCell('03/04/2025', 'day-first')).toMatchObject({ edtf: '2025-04-03' });
    expect(parseDateCell('03/04/2025', 'month-first')).toMatchObject({ edtf: '2025-03-04' });
  });

  it('says when the chosen order cannot be right', () => {
    const r = parseDateCell('08/15/2025', 'day-first');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/15 is not a month: the day\/month order is set to day first/);
  });

  it.each([
    ['', /empty/],
    ['31.02.2025', /2025-02 has no day 31/],
    ['15.08.25', /two-digit year/],
    ['yesterday', /not a date Sourceline reads/],
    ['Smarch 3 2025', /not a date/],
  ])('refuses %j with a reason', (cell, reason) => {
    const r = parseDateCell(cell);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(reason);
  });

  it('gives valid EDTF for every date written day.month.year, at day precision', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(2999, 11, 31)), noInvalidDate: true }), (d) => {
        const cell = `${d.getUTCDate()}.${d.getUTCMonth() + 1}.${d.getUTCFullYear()}`;
        const r = parseDateCell(cell);
        return r.ok && r.precision === 'day' && parseEdtf(r.edtf).ok && r.edtf === d.toISOString().slice(0, 10);
      }),
    );
  });

  it('never invents a day or a month: the precision is what was written', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const y = parseDateCell(String(year));
        const m = parseDateCell(`${month}/${year}`);
        return y.ok && y.precision === 'year' && y.edtf === String(year) && m.ok && m.precision === 'month' && !/-\d\d-/u.test(m.edtf);
      }),
    );
  });

  it('never throws, whatever the cell holds', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof parseDateCell(s).ok === 'boolean'));
  });
});

describe('guessDayMonthOrder', () => {
  it('settles the order from a number over 12', () => {
    expect(guessDayMonthOrder(['01/02/2025', '25/12/2025'])).toBe('day-first');
    expect(guessDayMonthOrder(['01/02/2025', '12/25/2025'])).toBe('month-first');
    expect(guessDayMonthOrder(['01/02/2025'])).toBeNull();
  });
});

describe('coarsen', () => {
  it('drops what is finer than the stated precision, keeping qualifiers', () => {
    expect(coarsen('2025-08-15', 'month')).toBe('2025-08');
    expect(coarsen('2025-08-15T10:15+03:00', 'day')).toBe('2025-08-15');
    expect(coarsen('2025-08-15~', 'year')).toBe('2025~');
    expect(coarsen('2025-08', 'day')).toBe('2025-08');
    expect(coarsen('2024/2025', 'month')).toBe('2024/2025');
  });
});
